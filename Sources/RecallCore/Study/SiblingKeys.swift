/// What makes two cards siblings, which are never shown on the same study day: the same note
/// (the deletions of one cloze text, the two directions of an Anki note) or the same fact (cards
/// made from one source sentence, in any deck, so that an article and a deck written on it do
/// not ask one fact twice).
public struct SiblingKeys: Sendable, Hashable {
    /// The deck and the note within it.
    public var note: String?
    /// A hash of the source sentence's words.
    public var fact: String?

    public init(note: String? = nil, fact: String? = nil) {
        self.note = note
        self.fact = fact
    }

    /// The keys of the card keyed `key` in the deck with `deckID`. Its note is `content.note`,
    /// else for a cloze card of a deck file the key without its `-cN`. The fact is the card's source sentence,
    /// else its explanation when it is a sentence of at least `minimumFactWords` words (a short
    /// note such as "see page 3" says nothing about the fact); imported cards have none, as
    /// their explanations are whatever extra fields the note had.
    public init(deckID: Int64, key: String, content: CardContent) {
        note = (content.note ?? Self.clozeNote(key: key, content: content)).map { "\(deckID):\($0)" }
        let sentence = content.source?.sentence ?? (content.origin == .imported ? nil : content.explanation)
        let words = sentence.map(CardKey.normalised) ?? ""
        // The words are joined by single spaces: count those rather than split the text.
        if !words.isEmpty, words.utf8.count(where: { $0 == UInt8(ascii: " ") }) + 1 >= Self.minimumFactWords {
            let hex = String(CardKey.fnv1a(words), radix: 16)
            fact = String(repeating: "0", count: 16 - hex.count) + hex
        }
    }

    public static let minimumFactWords = 6

    /// `x` of a deck file's cloze card `x-c2`.
    static func clozeNote(key: String, content: CardContent) -> String? {
        guard content.kind == .cloze, content.origin == nil, let dash = key.lastIndex(of: "-") else { return nil }
        let suffix = key[key.index(after: dash)...]
        guard suffix.first == "c", suffix.count > 1, suffix.dropFirst().allSatisfy(\.isASCII), Int(suffix.dropFirst()) != nil
        else { return nil }
        return String(key[..<dash])
    }

    public func isSibling(of other: SiblingKeys) -> Bool {
        (note != nil && note == other.note) || (fact != nil && fact == other.fact)
    }
}
