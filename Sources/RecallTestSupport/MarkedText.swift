import RecallCore

/// Text with keycap markers (`1️⃣` … `9️⃣`, `0️⃣`, `🔟`) standing where a test expects something
/// to be reported, as swift-format's tests do: the markers are taken out and each one's place is
/// kept, so a test asserts locations without counting lines and columns by hand.
///
/// Columns count Unicode scalars from 1, as libyaml (and so every deck diagnostic) does.
public struct MarkedText: Sendable {
    /// The text without its markers.
    public let text: String
    /// Each marker's 1-based line and column in `text`.
    public let markers: [String: (line: Int, column: Int)]

    public init(_ marked: String) {
        var text = ""
        var markers: [String: (line: Int, column: Int)] = [:]
        var line = 1, column = 1
        for character in marked {
            if Self.isMarker(character) {
                precondition(markers[String(character)] == nil, "marker \(character) is used twice")
                markers[String(character)] = (line, column)
                continue
            }
            text.append(character)
            if character == "\n" || character == "\r\n" {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
        }
        self.text = text
        self.markers = markers
    }

    /// The place of `marker` in `file`; stops the test run when the marker is not in the text.
    public func location(_ marker: String, file: String) -> SourceLocation {
        guard let place = markers[marker] else { preconditionFailure("marker \(marker) is not in the text") }
        return SourceLocation(file: file, line: place.line, column: place.column)
    }

    /// A keycap emoji: a digit, U+FE0F, U+20E3; or the keycap ten.
    static func isMarker(_ character: Character) -> Bool {
        if character == "🔟" { return true }
        let scalars = Array(character.unicodeScalars)
        return scalars.count == 3 && ("0"..."9").contains(scalars[0]) && scalars[1] == "\u{FE0F}"
            && scalars[2] == "\u{20E3}"
    }
}
