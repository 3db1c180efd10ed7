import Foundation

/// A sentence with the answer hidden, for showing a card's source before it is answered.
public enum AnswerMask {
    public static let blank = "_____"

    /// `text` with each whole-word occurrence of any of `answers` (or, for an answer that
    /// starts with a number, of that number) replaced by a blank, ignoring case and accents;
    /// nil when no answer can be found in it, so a caller never shows the answer by accident.
    public static func masking(_ answers: [String], in text: String) -> String? {
        var candidates = answers.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        candidates += answers.compactMap(leadingNumber)
        candidates.sort { $0.count > $1.count }
        var result = text
        var found = false
        for candidate in candidates {
            var searchStart = result.startIndex
            while let range = result.range(of: candidate, options: [.caseInsensitive, .diacriticInsensitive],
                                           range: searchStart..<result.endIndex)
            {
                guard isWordBoundary(before: range.lowerBound, in: result), isWordBoundary(after: range.upperBound, in: result) else {
                    searchStart = range.upperBound
                    continue
                }
                result.replaceSubrange(range, with: blank)
                found = true
                searchStart = result.index(range.lowerBound, offsetBy: blank.count)
            }
        }
        return found ? result : nil
    }

    /// "1.75" in "$1.75 billion" or "1.75 billion dollars"; nil when the answer does not
    /// start with a number (after a currency sign) or the number is a single digit.
    private static func leadingNumber(_ answer: String) -> String? {
        guard let match = answer.firstMatch(of: /^\W?(\d[\d,]*(?:\.\d+)?)/) else { return nil }
        let number = String(match.1)
        return number.count > 1 ? number : nil
    }

    private static func isWordBoundary(before index: String.Index, in text: String) -> Bool {
        index == text.startIndex || !isWordCharacter(text[text.index(before: index)])
    }

    private static func isWordBoundary(after index: String.Index, in text: String) -> Bool {
        index == text.endIndex || !isWordCharacter(text[index])
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }
}
