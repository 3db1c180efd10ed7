/// Reads a card search written in Anki's syntax (the subset in docs/card-search.md) into a
/// `CardQuery`: words and "quoted phrases", `deck:`, `tag:`, `is:`, `prop:`, `rated:`,
/// `-` for not, implicit and, `or`, and parentheses. A query it cannot read is an error at
/// the column where the problem starts.
public struct CardQueryParser {
    private let characters: [Character]
    private var tokens: [Token] = []
    private var index = 0

    public static func parse(_ text: String) throws(CardQueryError) -> CardQuery {
        var parser = CardQueryParser(characters: Array(text))
        parser.tokens = try parser.tokenize()
        guard !parser.tokens.isEmpty else { return .all }
        let query = try parser.parseOr()
        if let token = parser.peek {
            // Only a `)` can stop the top level early.
            throw CardQueryError(column: token.column, message: "this `)` closes nothing")
        }
        return query
    }

    static let minusNeedsSearch = "`-` needs a search right after it, such as -is:suspended (\"-\" finds a hyphen)"

    private init(characters: [Character]) {
        self.characters = characters
    }

    // MARK: - Tokens

    struct Token {
        enum Kind: Equatable {
            case open, close, minus, or, and
            /// A bare word; `quoted` when any part of it was in quotes (then `or` is a word).
            case word(String, quoted: Bool)
        }
        var kind: Kind
        /// 1-based, in characters.
        var column: Int
    }

    private func tokenize() throws(CardQueryError) -> [Token] {
        var tokens: [Token] = []
        var position = 0
        while position < characters.count {
            let character = characters[position]
            let column = position + 1
            if character.isWhitespace {
                position += 1
            } else if character == "(" {
                tokens.append(Token(kind: .open, column: column))
                position += 1
            } else if character == ")" {
                tokens.append(Token(kind: .close, column: column))
                position += 1
            } else if character == "-" {
                guard startsTerm(at: position + 1) else {
                    throw CardQueryError(column: column, message: Self.minusNeedsSearch)
                }
                tokens.append(Token(kind: .minus, column: column))
                position += 1
            } else {
                var word = ""
                var quoted = false
                while position < characters.count {
                    let next = characters[position]
                    if next.isWhitespace || next == "(" || next == ")" { break }
                    if next == "\"" {
                        quoted = true
                        let opening = position + 1
                        position += 1
                        var closed = false
                        while position < characters.count {
                            let inner = characters[position]
                            position += 1
                            if inner == "\\", position < characters.count, characters[position] == "\"" {
                                word.append("\"")
                                position += 1
                            } else if inner == "\"" {
                                closed = true
                                break
                            } else {
                                word.append(inner)
                            }
                        }
                        guard closed else {
                            throw CardQueryError(column: opening, message: "this quote is never closed")
                        }
                    } else {
                        word.append(next)
                        position += 1
                    }
                }
                let lowered = word.lowercased()
                let kind: Token.Kind = !quoted && lowered == "or" ? .or : !quoted && lowered == "and" ? .and
                    : .word(word, quoted: quoted)
                tokens.append(Token(kind: kind, column: column))
            }
        }
        return tokens
    }

    /// Whether a term or `(` starts at `position` (so a `-` before it means not).
    private func startsTerm(at position: Int) -> Bool {
        position < characters.count && !characters[position].isWhitespace && characters[position] != ")"
    }

    // MARK: - Grammar

    private var peek: Token? { index < tokens.count ? tokens[index] : nil }

    private mutating func advance() -> Token {
        defer { index += 1 }
        return tokens[index]
    }

    /// or := and ('or' and)*
    private mutating func parseOr() throws(CardQueryError) -> CardQuery {
        var parts = [try parseAnd()]
        while let token = peek, token.kind == .or {
            _ = advance()
            guard let next = peek, next.kind != .close, next.kind != .or, next.kind != .and else {
                throw CardQueryError(column: token.column, message: "`or` needs a search on each side, such as is:new or is:learn")
            }
            parts.append(try parseAnd())
        }
        return parts.count == 1 ? parts[0] : .or(parts)
    }

    /// and := unary ('and'? unary)*
    private mutating func parseAnd() throws(CardQueryError) -> CardQuery {
        var parts: [CardQuery] = []
        while let token = peek {
            switch token.kind {
            case .close, .or:
                if parts.isEmpty {
                    let what = token.kind == .or ? "`or` needs a search on each side, such as is:new or is:learn"
                        : "`()` holds no search; put one inside or leave the parentheses out"
                    throw CardQueryError(column: token.column, message: what)
                }
                return parts.count == 1 ? parts[0] : .and(parts)
            case .and:
                _ = advance()
                guard !parts.isEmpty, let next = peek, next.kind != .close, next.kind != .or, next.kind != .and else {
                    throw CardQueryError(column: token.column, message: "`and` needs a search on each side, such as deck:French and is:due")
                }
            default:
                parts.append(try parseUnary())
            }
        }
        guard !parts.isEmpty else {
            // Reached only after `(` at the end of the query.
            throw CardQueryError(column: characters.count + 1, message: "the query ends where a search should follow")
        }
        return parts.count == 1 ? parts[0] : .and(parts)
    }

    /// unary := '-' unary | '(' or ')' | term
    private mutating func parseUnary() throws(CardQueryError) -> CardQuery {
        let token = advance()
        switch token.kind {
        case .minus:
            guard let next = peek, next.kind != .or, next.kind != .and else {
                throw CardQueryError(column: token.column, message: Self.minusNeedsSearch)
            }
            return .not(try parseUnary())
        case .open:
            guard let next = peek else {
                throw CardQueryError(column: token.column, message: "this `(` is never closed")
            }
            if next.kind == .close {
                throw CardQueryError(column: token.column, message: "`()` holds no search; put one inside or leave the parentheses out")
            }
            let inner = try parseOr()
            guard let close = peek, close.kind == .close else {
                throw CardQueryError(column: token.column, message: "this `(` is never closed")
            }
            _ = close
            _ = advance()
            return inner
        case let .word(word, quoted):
            return try CardQueryTerm.read(word, quoted: quoted, column: token.column)
        case .close, .or, .and:
            // parseAnd never hands these over.
            throw CardQueryError(column: token.column, message: "a search is missing here")
        }
    }
}

/// A query that cannot be read, with the 1-based column where the problem starts.
public struct CardQueryError: Error, Equatable, Sendable, CustomStringConvertible {
    public var column: Int
    public var message: String

    public init(column: Int, message: String) {
        self.column = column
        self.message = message
    }

    /// "at column 5: `prop:` needs a comparison such as prop:ivl>=10"
    public var description: String { "at column \(column): \(message)" }
}
