import Foundation

/// The kind of file `recall import` was given, judged from its first bytes rather than its
/// name: a renamed `.apkg` is still a zip, a `.csv` that is really a package is caught.
public enum InterchangeFormat: String, Sendable, Equatable, CaseIterable {
    /// A zip archive: an Anki package (`.apkg`, `.colpkg`).
    case ankiPackage = "apkg"
    /// UTF-8 text: CSV/TSV or Anki's "Notes in Plain Text".
    case delimitedText = "text"
    /// A bare SQLite database (an unzipped `collection.anki2`).
    case sqlite
    /// Anything else (binary data, another encoding).
    case unknown

    /// Detects the format from the file's first bytes (at least the first 4 KiB help text
    /// detection; fewer are fine).
    public static func detect(prefix bytes: some Collection<UInt8>) -> InterchangeFormat {
        let head = Array(bytes.prefix(4096))
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            return .ankiPackage
        }
        if head.starts(with: Array("SQLite format 3\0".utf8)) { return .sqlite }
        if head.contains(0) { return .unknown }
        // The prefix may end inside a multi-byte character: ignore up to three trailing
        // non-ASCII bytes.
        var end = head.endIndex
        while end > max(head.endIndex - 3, 0), head[end - 1] >= 0x80 {
            if String(validating: head[..<end], as: UTF8.self) != nil { break }
            end -= 1
        }
        if String(validating: head[..<end], as: UTF8.self) != nil { return .delimitedText }
        return .unknown
    }
}
