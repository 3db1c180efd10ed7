import Foundation
import Yams

/// Reading single values: text, lists, numbers, with a diagnostic for a value of the wrong shape.
extension DeckReader {
    /// A plain `~`, `null` or nothing at all.
    func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// "a list", "a mapping" or "text": what a value is, for messages.
    func describe(_ node: Node) -> String {
        switch node {
        case .scalar: "text"
        case .sequence: "a list"
        case .mapping: "a mapping"
        case .alias: "an alias"
        }
    }

    /// The name of a mapping key, or nil (after an error) when the key is not plain text.
    mutating func keyName(_ node: Node) -> String? {
        guard case .scalar(let scalar) = node else {
            error(at: node, "a key should be a plain word, not \(describe(node))")
            return nil
        }
        return scalar.string
    }

    /// The trimmed text of a value; "" for an empty or null one; nil (after an error) when the
    /// value is a list or a mapping.
    mutating func text(_ node: Node, key: String) -> String? {
        guard case .scalar(let scalar) = node else {
            var notes: [String] = []
            if key == "a", case .sequence = node {
                notes = ["give one answer in `a:` and list the other accepted answers under `accept:`"]
            } else if case .mapping = node {
                notes = ["put text that contains `: ` in quotes"]
            }
            error(at: node, "`\(key)` should be text, not \(describe(node))", notes: notes)
            return nil
        }
        return isNull(node) ? "" : scalar.string.trimmingWhitespace
    }

    /// The items of a list value, each trimmed, with their nodes. A single text counts as a
    /// one-item list; null as an empty one. Items that are not text are reported and left out.
    mutating func list(_ node: Node, key: String) -> [(text: String, node: Node)] {
        switch node {
        case .scalar:
            if isNull(node) { return [] }
            return text(node, key: key).map { [($0, node)] } ?? []
        case .sequence(let sequence):
            var items: [(String, Node)] = []
            for item in sequence {
                guard case .scalar = item else {
                    error(at: item, "each item of `\(key)` should be text, not \(describe(item))")
                    continue
                }
                guard let text = text(item, key: key) else { continue }
                if text.isEmpty {
                    error(at: item, "an item of `\(key)` is empty")
                } else {
                    items.append((text, item))
                }
            }
            // Yams does not keep a sequence's style; its first character tells.
            if let mark = sequence.mark, source.scalar(line: mark.line, column: mark.column) == "[" {
                reportSplitNumbers(items)
            }
            return items
        default:
            error(at: node, "`\(key)` should be a list such as `[one, two]`, not \(describe(node))")
            return []
        }
    }

    /// `[6,000 miles]` is a list of `6` and `000 miles`: catch a number split at its thousands
    /// comma by a flow list.
    private mutating func reportSplitNumbers(_ items: [(text: String, node: Node)]) {
        for (before, after) in zip(items, items.dropFirst()) {
            guard case .scalar(let first) = before.node, first.style == .plain,
                  case .scalar(let second) = after.node, second.style == .plain,
                  // A digit on each side of the comma, checked before the patterns are built.
                  before.text.utf8.last.map({ (48...57).contains($0) }) == true,
                  after.text.utf8.first.map({ (48...57).contains($0) }) == true,
                  before.text.wholeMatch(of: /[+-]?[$€£]?\d{1,3}/) != nil,
                  after.text.prefixMatch(of: /\d{3}(\D|$)/) != nil
            else { continue }
            let joined = before.text + "," + after.text
            error(at: before.node, "the comma in `\(joined)` splits it into two items",
                  notes: ["put it in quotes: `\"\(joined)\"`"])
        }
    }

    /// The value of a number as an author may write it: `40`, `-3.5`, `6,000`, `1e6`.
    static func number(_ text: String) -> Double? {
        guard !text.isEmpty, text.allSatisfy({ "0123456789+-.,eE".contains($0) }) else { return nil }
        var digits = text
        if text.contains(",") {
            guard text.wholeMatch(of: /[+-]?\d{1,3}(,\d{3})+(\.\d+)?/) != nil else { return nil }
            digits = text.replacingOccurrences(of: ",", with: "")
        }
        guard let value = Double(digits), value.isFinite else { return nil }
        return value
    }

    /// A whole number of at least 1 (a line or column), or nil after an error.
    mutating func positiveInteger(_ node: Node, key: String) -> Int? {
        guard let text = text(node, key: key) else { return nil }
        guard let value = Int(text), value >= 1 else {
            error(at: node, "`\(key)` should be a whole number of 1 or more, not `\(text)`")
            return nil
        }
        return value
    }
}
