extension AnswerChecker {
    /// Multiple choice: the right choice's text (leniently), its number ("2") or its letter
    /// ("b", "B)", "(b)") is right; any other choice is wrong, and `matched` names it.
    ///
    /// Texts win over numbers and letters: with choices "1", "2", "3" a typed "2" is the choice
    /// "2". A lenient match that fits another choice as well ("Aliyev" with both "Ilham Aliyev"
    /// and "Heydar Aliyev" offered) is wrong, and a near miss counts only when no other choice
    /// is as near.
    func checkChoice(_ input: AnswerText, content: CardContent) -> AnswerCheck {
        let answers = content.allAnswers.map(AnswerText.init)
        let choices = content.choices.map(AnswerText.init)
        func isAnswer(_ choice: AnswerText) -> Bool {
            answers.contains { choice.raw == $0.raw || compare(choice, with: $0, tolerance: nil).verdict == .correct }
        }
        let others = choices.filter { !isAnswer($0) }
        func fits(_ choice: AnswerText) -> AnswerCheck.Verdict { compare(input, with: choice, tolerance: nil).verdict }
        let checks = answers.map { compare(input, with: $0, tolerance: nil) }
        let other = others.first { fits($0) == .correct }
        if let right = checks.first(where: { $0.verdict == .correct }) {
            let exact = answers.contains { $0.folded.isEmpty ? $0.raw == input.raw : $0.folded == input.folded }
            guard !exact, let other else { return right }
            return AnswerCheck(verdict: .incorrect, matched: other.original, note: "that fits more than one choice")
        }
        if let other {
            return AnswerCheck(verdict: .incorrect, matched: other.original, note: "that is another choice")
        }
        if let index = Self.choiceIndex(input.raw, count: choices.count) {
            let picked = choices[index]
            return AnswerCheck(verdict: isAnswer(picked) ? .correct : .incorrect, matched: picked.original)
        }
        if let near = checks.first(where: { $0.verdict == .nearMiss }), !others.contains(where: { fits($0) == .nearMiss }) {
            return near
        }
        return AnswerCheck(verdict: .incorrect)
    }

    /// "2", "2)", "(2)", "b", "B)", "(b)", "b." → the index of that choice, if there is one.
    static func choiceIndex(_ typed: String, count: Int) -> Int? {
        let core = typed.trimmingCharacters(in: "()[].:) ")
        guard !core.isEmpty, core.count <= 3 else { return nil }
        if let number = Int(core), number >= 1, number <= count { return number - 1 }
        guard core.count == 1, let letter = core.lowercased().unicodeScalars.first,
              ("a"..."z").contains(letter)
        else { return nil }
        let index = Int(letter.value - Unicode.Scalar("a").value)
        return index < count ? index : nil
    }
}

private extension String {
    func trimmingCharacters(in set: String) -> String {
        String(drop(while: set.contains).reversed().drop(while: set.contains).reversed())
    }
}
