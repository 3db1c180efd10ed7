import Foundation
import RecallCore

/// A card's content as its `content` column holds it: the JSON `JSONEncoder` writes with sorted
/// keys, written by hand because a `JSONEncoder` call per card was the slowest part of storing
/// 200,000 imported cards. It is read back with `CardContent`'s Codable conformance; the tests
/// hold the two writers to the same bytes for every field, and fail when `CardContent` gains a
/// field this one does not write.
enum ContentJSON {
    /// The JSON of `content`. Throws, as `JSONEncoder` does, for a tolerance that is not a
    /// finite number.
    static func encode(_ content: CardContent) throws -> String {
        var json = Writer()
        json.bytes.reserveCapacity(256 + content.prompt.utf8.count + content.answer.utf8.count)
        json.open()
        json.key("accepted")
        json.strings(content.accepted)
        json.key("answer")
        json.string(content.answer)
        if let category = content.category { json.key("category"); json.string(category.rawValue) }
        json.key("choices")
        json.strings(content.choices)
        if let clozePrompt = content.clozePrompt { json.key("clozePrompt"); json.string(clozePrompt) }
        if let explanation = content.explanation { json.key("explanation"); json.string(explanation) }
        if let hint = content.hint { json.key("hint"); json.string(hint) }
        json.key("kind")
        json.string(content.kind.rawValue)
        if let mode = content.mode { json.key("mode"); json.string(mode.rawValue) }
        if let note = content.note { json.key("note"); json.string(note) }
        if let origin = content.origin { json.key("origin"); json.string(origin.rawValue) }
        json.key("prompt")
        json.string(content.prompt)
        if let source = content.source {
            json.key("source")
            json.open()
            json.key("column")
            json.literal(String(source.column))
            if let file = source.file { json.key("file"); json.string(file) }
            json.key("line")
            json.literal(String(source.line))
            json.key("sentence")
            json.string(source.sentence)
            json.close()
        }
        json.key("tags")
        json.strings(content.tags)
        if let tolerance = content.tolerance {
            guard tolerance.isFinite else {
                throw EncodingError.invalidValue(tolerance, EncodingError.Context(
                    codingPath: [], debugDescription: "Unable to encode \(tolerance) directly in JSON."))
            }
            json.key("tolerance")
            json.literal(Self.number(tolerance))
        }
        json.close()
        return String(decoding: json.bytes, as: UTF8.self)
    }

    /// A number as `JSONEncoder` writes it: whole numbers without a fraction.
    private static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return value.description
    }

    private struct Writer {
        var bytes: [UInt8] = []
        /// Whether the object being written has no member yet.
        private var first = true

        mutating func open() {
            bytes.append(UInt8(ascii: "{"))
            first = true
        }

        mutating func close() {
            bytes.append(UInt8(ascii: "}"))
            first = false
        }

        mutating func key(_ name: StaticString) {
            if !first { bytes.append(UInt8(ascii: ",")) }
            first = false
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
            bytes.append(contentsOf: "\":".utf8)
        }

        mutating func literal(_ text: String) {
            bytes.append(contentsOf: text.utf8)
        }

        mutating func strings(_ values: [String]) {
            bytes.append(UInt8(ascii: "["))
            for (index, value) in values.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                string(value)
            }
            bytes.append(UInt8(ascii: "]"))
        }

        mutating func string(_ value: String) {
            bytes.append(UInt8(ascii: "\""))
            for byte in value.utf8 {
                switch byte {
                case UInt8(ascii: "\""): bytes.append(contentsOf: #"\""#.utf8)
                case UInt8(ascii: "\\"): bytes.append(contentsOf: #"\\"#.utf8)
                case UInt8(ascii: "/"): bytes.append(contentsOf: #"\/"#.utf8)
                case 0x0A: bytes.append(contentsOf: #"\n"#.utf8)
                case 0x0D: bytes.append(contentsOf: #"\r"#.utf8)
                case 0x09: bytes.append(contentsOf: #"\t"#.utf8)
                case 0x08: bytes.append(contentsOf: #"\b"#.utf8)
                case 0x0C: bytes.append(contentsOf: #"\f"#.utf8)
                case 0..<0x20:
                    bytes.append(contentsOf: #"\u00"#.utf8)
                    bytes.append(Self.hex[Int(byte >> 4)])
                    bytes.append(Self.hex[Int(byte & 0xF)])
                default: bytes.append(byte)
                }
            }
            bytes.append(UInt8(ascii: "\""))
        }

        private static let hex = Array("0123456789abcdef".utf8)
    }
}
