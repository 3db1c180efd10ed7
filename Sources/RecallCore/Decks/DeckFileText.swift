import Foundation

/// The text of a deck file or an article. A file that is not UTF-8 becomes a diagnostic at its
/// first byte that is not, so the file is skipped like one with a YAML error instead of
/// stopping everything else.
public enum DeckFileText {
    public static func decode(_ data: Data, file: String) -> Result<String, DeckDiagnostic> {
        if let text = String(validating: data, as: UTF8.self) { return .success(text) }
        var decoder = Unicode.UTF8()
        var bytes = data.makeIterator()
        var line = 1, column = 1, offset = 0
        while true {
            switch decoder.decode(&bytes) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput:
                // Not reached: the whole text was valid after all.
                return .success(String(decoding: data, as: UTF8.self))
            case .error:
                let byte = String(data[data.startIndex + offset], radix: 16, uppercase: true)
                return .failure(DeckDiagnostic(
                    .error, at: SourceLocation(file: file, line: line, column: column),
                    "the file is not UTF-8 text: byte 0x\(byte.count == 1 ? "0" + byte : byte) here is not part of a UTF-8 character",
                    notes: ["save it as UTF-8 (it may be Latin-1 or UTF-16); it was skipped"]))
            }
        }
    }
}
