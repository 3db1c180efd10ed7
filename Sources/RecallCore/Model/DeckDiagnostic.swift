/// One problem found in a deck or article, printed like a compiler message:
/// `decks/capitals.yaml:12:3: error: card has no answer`, then `note:` lines.
public struct DeckDiagnostic: Error, Sendable, Equatable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable { case error, warning }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    public var notes: [String]

    public init(_ severity: Severity, at location: SourceLocation, _ message: String, notes: [String] = []) {
        self.severity = severity
        self.location = location
        self.message = message
        self.notes = notes
    }

    public var description: String {
        ([ "\(location): \(severity.rawValue): \(message)" ] + notes.map { "  note: \($0)" })
            .joined(separator: "\n")
    }
}
