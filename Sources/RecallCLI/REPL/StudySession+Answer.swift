import Foundation
import RecallCore
import RecallStore

extension StudySession {
    /// How `card` is asked: by reveal in a `--reveal` session; else as its deck's `mode:` says,
    /// imported cards as `recall config`'s `imported-mode` says, the rest `auto`.
    func mode(for card: StoredCard) -> StudyMode {
        if context.revealAll { return .reveal }
        let chosen = card.content.mode ?? (card.content.origin == .imported ? context.settings.importedMode : .auto)
        return chosen.resolved(for: card.content)
    }

    /// A typed answer: checked, the verdict and the explanation shown, a rating proposed.
    func check(
        _ card: StoredCard, presentation: Presentation, typed: String, hintUsed: Bool, seconds: TimeInterval
    ) throws -> Flow {
        var check = checker.check(typed, against: presentation.content)
        if !check.isRight, checker.dateOrder == nil, let date = DateReading(typed), date.isAmbiguous {
            guard let order = context.dateOrder() ?? askDateOrder(date) else { return .quit }
            checker.dateOrder = order
            check = checker.check(typed, against: presentation.content)
        }
        switch check.verdict {
        case .correct: say(style.green("✓ Correct.") + " " + safe(card.content.answer))
        case .nearMiss:
            say(style.yellow("≈ Near miss — counted as right.") + " " + safe(card.content.answer)
                + (check.note.map { style.dim(" (\(safe($0)))") } ?? ""))
        case .incorrect:
            say(style.red("✗ Not quite.") + " The answer is " + style.bold(safe(card.content.answer))
                + (check.note.map { style.dim(" (\(safe($0)))") } ?? ""))
        case .empty: say("The answer is " + style.bold(safe(card.content.answer)))
        }
        sayExplanation(of: card)
        let proposed: Rating
        if !check.isRight {
            proposed = .again
        } else if hintUsed || seconds > Self.slowAnswerSeconds {
            proposed = .hard
        } else {
            proposed = .good
        }
        return try rate(card, presentation: presentation, proposed: proposed, right: check.isRight,
                        typed: typed, seconds: seconds)
    }

    /// Reveal-and-grade: the answer (each line of it indented) and the explanation; the person
    /// grades themselves, Enter for Good as in Anki.
    func showAnswer(_ card: StoredCard, presentation: Presentation, seconds: TimeInterval) throws -> Flow {
        let lines = card.content.answer.split(whereSeparator: \.isNewline).map(String.init)
        if lines.count > 1 {
            say("The answer is:")
            for line in lines { say("  " + style.bold(safe(line))) }
        } else {
            say("The answer is " + style.bold(safe(card.content.answer)))
        }
        sayExplanation(of: card)
        return try rate(card, presentation: presentation, proposed: .good, right: nil, typed: "", seconds: seconds)
    }

    private func sayExplanation(of card: StoredCard) {
        if let explanation = card.content.explanation ?? card.content.source?.sentence {
            say(style.dim("  " + safe(explanation)))
        }
    }

    /// Asks for the rating (Enter takes `proposed`) and records the answer. `right` is the
    /// checker's verdict; nil for a graded card, which counts as right unless rated Again.
    private func rate(
        _ card: StoredCard, presentation: Presentation, proposed: Rating, right: Bool?, typed: String,
        seconds: TimeInterval
    ) throws -> Flow {
        let now = context.clock.now()
        let fuzz = FuzzSeed(cardKey: String(card.id), reviewCount: card.state.reps)
        let scheduler = scheduler(of: card)
        let previews = scheduler.preview(card.state, at: now, fuzz: fuzz)
        let options = Rating.allCases.map { rating in
            let text = "\(rating.rawValue) \(rating.name) \(IntervalFormat.short(for: previews[rating]))"
            return rating == proposed ? style.bold("[\(text)]") : text
        }
        while true {
            say(options.joined(separator: "  ") + style.dim("   Enter = \(proposed.name)"))
            // Stopping here (Ctrl-D or :quit) keeps the answer just given, with the proposed rating.
            let input = reader.readLine(prompt: "rate › ")
            switch input == .endOfInput ? .line(":quit") : input {
            case .endOfInput: return .quit
            case .interrupt: continue
            case let .line(line):
                let word = line.trimmingCharacters(in: .whitespaces)
                if word == ":undo" {
                    say(style.dim("Answer again:"))
                    return try ask(card)
                }
                let quitting = word == ":quit" || word == ":q"
                if word.hasPrefix(":"), !quitting, case .success(.source)? = ReplCommand.parse(word) {
                    if let text = attempt("The source could not be shown", { try sourceText(card, presentation: presentation, answered: true) }) {
                        say(style.dim(text))
                    }
                    continue
                }
                guard let rating = word.isEmpty || quitting ? proposed : Rating(input: word) else {
                    say(style.yellow("Type 1–4 or again/hard/good/easy, or press Enter for \(proposed.name)."))
                    continue
                }
                var log = scheduler.review(card.state, rating: rating, at: now, fuzz: fuzz)
                log.typedAnswer = typed.isEmpty ? nil : typed
                log.responseMilliseconds = Int((seconds * 1000).rounded())
                let stored: StoredReview
                do {
                    stored = try context.database.record(log, cardID: card.id, sessionID: sessionID, scope: scope(at: now))
                } catch StoreError.cardChangedElsewhere(let key) {
                    say(style.red(StoreError.cardChangedElsewhere(key: key).localizedDescription))
                    return .next
                } catch {
                    say(style.red("Your answer was not saved: \(safe(error.localizedDescription))."
                        + (quitting ? "" : " Rate it again to retry, or :quit.")))
                    if quitting { return .quit }
                    continue
                }
                let isRight = right ?? (rating != .again)
                summary.reviewed += 1
                if isRight { summary.right += 1 }
                if rating == .again { summary.again += 1 }
                undoable.append(.answer(right: isRight, again: rating == .again, buriedSiblings: stored.buriedSiblings))
                let siblings = stored.buriedSiblings.isEmpty ? ""
                    : " " + ReportFormat.plural(stored.buriedSiblings.count, "sibling") + " buried until tomorrow."
                if quitting {
                    say(style.dim("Rated \(rating.name), as proposed, before stopping; next in \(IntervalFormat.short(for: log))." + siblings))
                    return .quit
                }
                say(style.dim("Next in \(IntervalFormat.short(for: log))." + siblings))
                return .next
            }
        }
    }
}
