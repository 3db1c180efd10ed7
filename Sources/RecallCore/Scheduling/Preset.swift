import Foundation

/// A named set of FSRS options that decks share, as Anki's deck-options presets are: the
/// weights the decks schedule with (the latest fit `recall optimize` applied to the preset,
/// else FSRS's defaults) and the desired retention. Every deck starts in `Preset.defaultName`,
/// as every deck of a new Anki collection starts in "Default".
public struct Preset: Sendable, Equatable {
    public var name: String
    public var parameters: FSRSParameters
    /// When `parameters` were fitted; nil for FSRS's defaults.
    public var fittedAt: Date?
    /// The preset's own desired retention; nil to use the collection's (`recall config`).
    public var desiredRetention: Double?

    public static let defaultName = "Default"

    public init(
        name: String, parameters: FSRSParameters = .default, fittedAt: Date? = nil, desiredRetention: Double? = nil
    ) {
        self.name = name
        self.parameters = parameters
        self.fittedAt = fittedAt
        self.desiredRetention = desiredRetention
    }

    /// A preset name as people type it: trimmed, one line, not empty, at most 100 characters.
    public static func validName(_ text: String) -> String? {
        let name = text.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name.count <= 100, !name.contains(where: { $0.isNewline || $0.asciiValue.map { $0 < 32 } == true })
        else { return nil }
        return name
    }
}
