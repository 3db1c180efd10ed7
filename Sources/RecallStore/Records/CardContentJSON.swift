import Foundation
import RecallCore

/// A card's content as the `card.content` column's JSON, written by hand: Foundation's
/// `JSONEncoder` was most of the time of storing a new deck. The text is byte for byte what
/// `JSONEncoder` with sorted keys writes for `CardContent` (absent optionals left out, `/`
/// escaped, a whole double without `.0`), which GRDB's Codable decoding reads back.
struct CardContentJSON {
    private var bytes: [UInt8] = []
    private var first = true

    /// Throws, as `JSONEncoder` does, for a tolerance that is not a finite number.
    static func encode(_ content: CardContent) throws -> String {
        var json = CardContentJSON()
        json.bytes.reserveCapacity(128 + content.prompt.utf8.count + content.answer.utf8.count
            + (content.explanation?.utf8.count ?? 0))
        json.bytes.append(UInt8(ascii: "{"))
        // In sorted order of the keys.
        json.strings("accepted", content.accepted)
        json.string("answer", content.answer)
        json.string("category", content.category?.rawValue)
        json.strings("choices", content.choices)
        json.string("clozePrompt", content.clozePrompt)
        json.string("explanation", content.explanation)
        json.string("hint", content.hint)
        json.string("kind", content.kind.rawValue)
        json.string("mode", content.mode?.rawValue)
        json.string("note", content.note)
        json.string("origin", content.origin?.rawValue)
        json.string("prompt", content.prompt)
        if let source = content.source {
            json.key("source")
            json.first = true
            json.bytes.append(UInt8(ascii: "{"))
            json.number("column", String(source.column))
            json.string("file", source.file)
            json.number("line", String(source.line))
            json.string("sentence", source.sentence)
            json.bytes.append(UInt8(ascii: "}"))
            json.first = false
        }
        json.strings("tags", content.tags)
        if let tolerance = content.tolerance {
            guard tolerance.isFinite else {
                throw EncodingError.invalidValue(tolerance, EncodingError.Context(
                    codingPath: [], debugDescription: "the tolerance \(tolerance) is not a finite number"))
            }
            var number = tolerance.description
            if number.hasSuffix(".0") { number.removeLast(2) }
            json.number("tolerance", number)
        }
        json.bytes.append(UInt8(ascii: "}"))
        return String(decoding: json.bytes, as: UTF8.self)
    }

    private mutating func key(_ name: StaticString) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        first = false
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
    }

    private mutating func number(_ name: StaticString, _ text: String) {
        key(name)
        bytes.append(contentsOf: text.utf8)
    }

    private mutating func string(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        key(name)
        quoted(value)
    }

    private mutating func strings(_ name: StaticString, _ values: [String]) {
        key(name)
        bytes.append(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            quoted(value)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// `text` as a JSON string, escaped as `JSONEncoder` escapes it.
    private mutating func quoted(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            let named: UInt8? = switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): byte
            case 0x0A: UInt8(ascii: "n")
            case 0x0D: UInt8(ascii: "r")
            case 0x09: UInt8(ascii: "t")
            case 0x08: UInt8(ascii: "b")
            case 0x0C: UInt8(ascii: "f")
            default: nil
            }
            if let named {
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(named)
            } else if byte < 0x20 {
                bytes.append(contentsOf: "\\u00".utf8)
                bytes.append(Self.hexDigits[Int(byte >> 4)])
                bytes.append(Self.hexDigits[Int(byte & 0xF)])
            } else {
                bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
