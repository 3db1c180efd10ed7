/// Anki's cloze syntax, `{{c1::text}}` or `{{c1::text::hint}}`, nested deletions included.
/// Card *n* of a cloze note (Anki's `ord` n − 1) hides every deletion numbered *n* and shows
/// the others as their text. Works on the raw field (HTML included); callers convert the
/// rendered HTML to plain text afterwards.
public struct ClozeText: Sendable, Equatable {
    indirect enum Node: Sendable, Equatable {
        case text(String)
        case deletion(number: Int, content: [Node], hint: String?)
    }

    let nodes: [Node]

    public init(_ source: String) {
        var parser = Parser(Array(source))
        nodes = parser.parseTopLevel()
    }

    /// The distinct deletion numbers, ascending. `c0` counts as `c1`, as in Anki.
    public var numbers: [Int] {
        var found = Set<Int>()
        func visit(_ nodes: [Node]) {
            for case let .deletion(number, content, _) in nodes {
                found.insert(number)
                visit(content)
            }
        }
        visit(nodes)
        return found.sorted()
    }

    /// The text with deletion `number` hidden as `[...]`, or `[hint]` when it has a hint.
    public func prompt(hiding number: Int) -> String {
        render(nodes, hiding: number)
    }

    /// The hidden texts of deletion `number`, in order (a number may occur more than once).
    public func answers(for number: Int) -> [String] {
        var result: [String] = []
        func visit(_ nodes: [Node]) {
            for case let .deletion(candidate, content, _) in nodes {
                if candidate == number {
                    result.append(render(content, hiding: nil))
                } else {
                    visit(content)
                }
            }
        }
        visit(nodes)
        return result
    }

    /// The distinct hints of deletion `number`, in order.
    public func hints(for number: Int) -> [String] {
        var result: [String] = []
        func visit(_ nodes: [Node]) {
            for case let .deletion(candidate, content, hint) in nodes {
                if candidate == number, let hint, !hint.isEmpty, !result.contains(hint) {
                    result.append(hint)
                }
                visit(content)
            }
        }
        visit(nodes)
        return result
    }

    /// The whole text with every deletion shown.
    public var revealed: String { render(nodes, hiding: nil) }

    private func render(_ nodes: [Node], hiding number: Int?) -> String {
        var text = ""
        for node in nodes {
            switch node {
            case .text(let literal):
                text += literal
            case .deletion(let candidate, let content, let hint):
                if candidate == number {
                    text += "[" + (hint.flatMap { $0.isEmpty ? nil : $0 } ?? "...") + "]"
                } else {
                    text += render(content, hiding: number)
                }
            }
        }
        return text
    }

    private struct Parser {
        let characters: [Character]
        var index = 0

        init(_ characters: [Character]) { self.characters = characters }

        mutating func parseTopLevel() -> [Node] {
            parseNodes(insideDeletion: false).nodes
        }

        /// Reads text and deletions up to the end, or up to the `}}` that closes the deletion
        /// being read. An opening without its closing `}}` is kept as literal text.
        mutating func parseNodes(insideDeletion: Bool) -> (nodes: [Node], hint: String?, closed: Bool) {
            var nodes: [Node] = []
            var literal = ""
            func flushLiteral() {
                if !literal.isEmpty { nodes.append(.text(literal)) }
                literal = ""
            }
            while index < characters.count {
                if let (number, bodyStart) = opening(at: index) {
                    let rewind = index
                    index = bodyStart
                    let inner = parseNodes(insideDeletion: true)
                    if inner.closed {
                        flushLiteral()
                        nodes.append(.deletion(number: number, content: inner.nodes, hint: inner.hint))
                    } else {
                        index = rewind + 1
                        literal.append(characters[rewind])
                    }
                    continue
                }
                if insideDeletion, starts(with: "}}", at: index) {
                    index += 2
                    flushLiteral()
                    return (nodes, nil, true)
                }
                if insideDeletion, starts(with: "::", at: index) {
                    guard let close = find("}}", from: index + 2) else { return (nodes, nil, false) }
                    let hint = String(characters[(index + 2)..<close])
                    index = close + 2
                    flushLiteral()
                    return (nodes, hint, true)
                }
                literal.append(characters[index])
                index += 1
            }
            flushLiteral()
            return (nodes, nil, !insideDeletion)
        }

        /// `{{c12::` at `position`: the number and the index after `::`.
        func opening(at position: Int) -> (Int, Int)? {
            guard starts(with: "{{", at: position), position + 2 < characters.count,
                  characters[position + 2] == "c" || characters[position + 2] == "C"
            else { return nil }
            var cursor = position + 3
            var digits = ""
            while cursor < characters.count, let digit = characters[cursor].wholeNumberValue,
                  characters[cursor].isASCII {
                digits.append(String(digit))
                cursor += 1
            }
            guard !digits.isEmpty, digits.count < 6, starts(with: "::", at: cursor),
                  let number = Int(digits)
            else { return nil }
            return (max(number, 1), cursor + 2)
        }

        func starts(with pattern: String, at position: Int) -> Bool {
            var cursor = position
            for character in pattern {
                guard cursor < characters.count, characters[cursor] == character else { return false }
                cursor += 1
            }
            return true
        }

        func find(_ pattern: String, from start: Int) -> Int? {
            var position = start
            while position < characters.count {
                if starts(with: pattern, at: position) { return position }
                position += 1
            }
            return nil
        }
    }
}
