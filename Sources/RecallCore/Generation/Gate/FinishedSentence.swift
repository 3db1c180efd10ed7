/// A cloze is a whole sentence: it ends as a sentence ends, not with the colon or dash that
/// leads into a list the card leaves out ("… envisions China as a world leader in science:").
struct FinishedSentence: GateCheck {
    let name = "unfinished-sentence"

    func applies(to form: GateCandidate.Form) -> Bool { form == .cloze }

    func passes(_ candidate: GateCandidate) -> Bool {
        let closers: Set<Character> = ["\u{201D}", "\u{2019}", "\"", "'", ")"]
        guard let last = candidate.text.reversed().first(where: { !closers.contains($0) && !$0.isWhitespace }) else { return false }
        return [".", "!", "?"].contains(last)
    }
}
