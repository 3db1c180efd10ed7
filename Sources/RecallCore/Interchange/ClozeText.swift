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
        let parser = Parser(Array(source))
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
    public func answers(for number: Int) -> [String] { deletionsByNumber()[number]?.answers ?? [] }

    /// The distinct hints of deletion `number`, in order.
    public func hints(for number: Int) -> [String] { deletionsByNumber()[number]?.hints ?? [] }

    /// What `answers(for:)` and `hints(for:)` give, for every number at once: one walk over
    /// the text instead of one per card.
    public func deletionsByNumber() -> [Int: (answers: [String], hints: [String])] {
        var result: [Int: (answers: [String], hints: [String])] = [:]
        func visit(_ nodes: [Node], inside: Set<Int>) {
            for case let .deletion(number, content, hint) in nodes {
                var entry = result[number] ?? ([], [])
                // A deletion inside another of the same number is part of that one's answer.
                if !inside.contains(number) { entry.answers.append(render(content, hiding: nil)) }
                if let hint, !hint.isEmpty, !entry.hints.contains(hint) { entry.hints.append(hint) }
                result[number] = entry
                visit(content, inside: inside.union([number]))
            }
        }
        visit(nodes, inside: [])
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
                    text += hint.flatMap { $0.isEmpty ? nil : "[\($0)]" } ?? Cloze.placeholder
                } else {
                    text += render(content, hiding: number)
                }
            }
        }
        return text
    }

    /// One pass over the text with a stack of open deletions, so hostile input (thousands of
    /// unclosed or nested openings) costs linear time and bounded depth.
    private struct Parser {
        /// An open deletion (or, at the bottom of the stack, the whole text).
        struct Frame {
            var number = 0
            var opening = ""
            var nodes: [Node] = []
            var literal = ""
            /// Set once the deletion's `::` is read; text up to `}}` is the hint.
            var hint: String?

            mutating func flush() {
                if !literal.isEmpty { nodes.append(.text(literal)) }
                literal = ""
            }
        }

        /// Deletions nest at most this deep; deeper openings are text.
        static let maximumDepth = 16

        let characters: [Character]

        init(_ characters: [Character]) { self.characters = characters }

        func parseTopLevel() -> [Node] {
            var frames = [Frame()]
            var index = 0
            while index < characters.count {
                let inDeletion = frames.count > 1
                if inDeletion, frames[frames.count - 1].hint != nil {
                    if starts(with: "}}", at: index) {
                        close(&frames)
                        index += 2
                    } else {
                        frames[frames.count - 1].hint!.append(characters[index])
                        index += 1
                    }
                } else if frames.count <= Self.maximumDepth, let (number, bodyStart) = opening(at: index) {
                    frames[frames.count - 1].flush()
                    frames.append(Frame(number: number, opening: String(characters[index..<bodyStart])))
                    index = bodyStart
                } else if inDeletion, starts(with: "}}", at: index) {
                    close(&frames)
                    index += 2
                } else if inDeletion, starts(with: "::", at: index) {
                    frames[frames.count - 1].flush()
                    frames[frames.count - 1].hint = ""
                    index += 2
                } else {
                    frames[frames.count - 1].literal.append(characters[index])
                    index += 1
                }
            }
            // Openings never closed are text after all.
            while frames.count > 1 {
                var open = frames.removeLast()
                open.flush()
                frames[frames.count - 1].flush()
                frames[frames.count - 1].nodes += [.text(open.opening)] + open.nodes
                    + (open.hint.map { [.text("::" + $0)] } ?? [])
            }
            frames[0].flush()
            return frames[0].nodes
        }

        private func close(_ frames: inout [Frame]) {
            var closed = frames.removeLast()
            closed.flush()
            frames[frames.count - 1].flush()
            frames[frames.count - 1].nodes.append(.deletion(number: closed.number, content: closed.nodes, hint: closed.hint))
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
    }
}
