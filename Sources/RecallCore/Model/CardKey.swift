/// Stable keys for cards whose author gave none: a short hash of the normalised text, so the
/// same card always gets the same key on every machine and run (Swift's `Hasher` is seeded per
/// process and would not do).
public enum CardKey {
    /// 64-bit FNV-1a over the UTF-8 bytes.
    public static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// Lower-cased words of `text` joined by single spaces: punctuation, case and spacing
    /// edits do not change the key.
    public static func normalised(_ text: String) -> String {
        if let ascii = asciiNormalised(text) { return ascii }
        return text.lowercased()
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .joined(separator: " ")
    }

    /// `normalised` of an ASCII text, read byte by byte: ASCII's letters are `A`–`Z` and
    /// `a`–`z` and its numbers `0`–`9`, so the result is the same without looking up Unicode
    /// properties character by character (most cards' text is ASCII). Nil for other text.
    static func asciiNormalised(_ text: String) -> String? {
        var words: [UInt8] = []
        words.reserveCapacity(text.utf8.count)
        var between = false
        for byte in text.utf8 {
            let kept: UInt8
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): kept = byte
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): kept = byte + 32
            case 0x80...: return nil
            default:
                between = true
                continue
            }
            if between, !words.isEmpty { words.append(UInt8(ascii: " ")) }
            between = false
            words.append(kept)
        }
        return String(decoding: words, as: UTF8.self)
    }

    /// A key such as `k3f9a0c12` derived from the given parts.
    public static func derived(from parts: String...) -> String {
        let hash = fnv1a(parts.map(normalised).joined(separator: "\u{1f}"))
        let hex = String(hash, radix: 16)
        return "k" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// A readable id for a card being written into a deck file, from the first words of its
    /// prompt (`what-is-the-capital-of-peru`), that is none of `taken` and no base of one
    /// (`x` of a cloze card's `x-c1`). Written as the card's `id:`, it keeps the card's history
    /// when the prompt is reworded later, which a key derived from the prompt would not.
    public static func readable(from prompt: String, avoiding taken: Set<String>) -> String {
        var base = ""
        for word in normalised(prompt).split(separator: " ") {
            let kept = word.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
            guard !kept.isEmpty else { continue }
            let next = base.isEmpty ? String(kept) : base + "-" + String(kept)
            if next.count > 40 { break }
            base = next
        }
        if base.isEmpty { base = "card" }
        let isTaken = { (id: String) in taken.contains { $0 == id || $0.hasPrefix(id + "-c") } }
        var candidate = base
        var number = 2
        while isTaken(candidate) {
            candidate = "\(base)-\(number)"
            number += 1
        }
        return candidate
    }
}
