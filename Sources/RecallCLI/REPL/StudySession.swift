import Foundation
import RecallCore
import RecallStore

/// How a session ended, for the summary and for tests.
public struct SessionSummary: Sendable, Equatable {
    public var reviewed = 0
    public var right = 0
    public var again = 0
    public var seconds: TimeInterval = 0
}

/// A daily study session: asks due cards one by one, checks typed answers leniently, proposes a
/// rating the person can override, and commits each answer before showing the next card.
public final class StudySession {
    public struct Context {
        public var database: AppDatabase
        public var settings: Settings
        public var deckIDs: [Int64]?
        public var deckTitle: String
        public var clock: Clock
        public var timeZone: TimeZone
        public var seed: UInt64
        /// `recall study --reveal`: every card is asked by reveal-and-grade.
        public var revealAll: Bool
        /// How "9/4" is read (the locale's order), asked for only when a typed date is
        /// ambiguous (reading the locale's date format costs memory); nil asks the person.
        public var dateOrder: () -> DateOrder?

        public init(
            database: AppDatabase, settings: Settings, deckIDs: [Int64]?, deckTitle: String,
            clock: Clock, timeZone: TimeZone = .current, seed: UInt64, revealAll: Bool = false,
            dateOrder: @escaping () -> DateOrder? = { nil }
        ) {
            self.dateOrder = dateOrder
            self.revealAll = revealAll
            self.database = database
            self.settings = settings
            self.deckIDs = deckIDs
            self.deckTitle = deckTitle
            self.clock = clock
            self.timeZone = timeZone
            self.seed = seed
        }
    }

    /// A correct answer typed after this long is proposed as Hard.
    public static let slowAnswerSeconds: TimeInterval = 20

    let context: Context
    var reader: any LineReader
    let output: any TextOutput
    let style: Style
    /// One scheduler per preset, so each card schedules with its deck's preset.
    let schedulers: [String: Scheduler]
    var checker: AnswerChecker
    var sessionID: Int64?
    var skipped: Set<Int64> = []
    var summary = SessionSummary()
    /// What `:undo` can take back, latest last.
    var undoable: [Undoable] = []

    enum Undoable {
        /// An answer, and the siblings recording it buried.
        case answer(right: Bool, again: Bool, buriedSiblings: [Int64])
        /// A `:bury` or `:suspend`: a change in the collection's card-change log, so `:undo`
        /// and `recall card undo` take it back the same way.
        case cardChange(id: Int64, edit: CardEdit)
    }

    /// The terminal's width now (it may change during a session); nil writes lines unwrapped.
    let columns: () -> Int?

    public init(
        context: Context, reader: any LineReader, output: any TextOutput, style: Style,
        columns: @escaping () -> Int? = { nil }
    ) {
        self.context = context
        self.reader = reader
        self.output = output
        self.style = style
        self.columns = columns
        checker = AnswerChecker()
        schedulers = context.settings.presets.mapValues { preset in
            Scheduler(configuration: context.settings.schedulerConfiguration(preset: preset, timeZone: context.timeZone))
        }
    }

    /// The scheduler of the card's deck's preset.
    func scheduler(of card: StoredCard) -> Scheduler {
        let preset = context.settings.preset(ofDeck: card.deckName)
        return schedulers[preset.name]
            ?? Scheduler(configuration: context.settings.schedulerConfiguration(preset: preset, timeZone: context.timeZone))
    }

    var calendar: StudyCalendar { context.settings.calendar(timeZone: context.timeZone) }

    func scope(at now: Date) -> StudyScope {
        StudyScope(
            deckIDs: context.deckIDs, now: now, calendar: calendar, limits: context.settings.limits,
            burySiblings: context.settings.burySiblings)
    }

    /// Writes a line, wrapped at word boundaries to the terminal's width.
    func say(_ text: String = "") { output.write(TerminalText.wrap(text, width: columns()) + "\n") }

    /// Runs until nothing is left for today, :quit or Ctrl-D; then prints the summary. Once
    /// the session has started, a store call that fails (a locked collection, a full disk)
    /// is said as a sentence and the session goes on where it can, or ends with the summary.
    @discardableResult
    public func run() throws -> SessionSummary {
        let started = context.clock.now()
        reader.setCompletions(Self.completions)
        printHeader(at: started)
        let session = try context.database.startSession(at: started)
        sessionID = session
        defer { try? context.database.endSession(session, at: context.clock.now()) }

        loop: while true {
            let now = context.clock.now()
            let next = attempt("The next card could not be fetched, so the session ends here") {
                try context.database.nextCard(scope(at: now), excluding: skipped)
            }
            guard let next else { break }
            guard let card = next else {
                say(style.green("Nothing more to study right now."))
                break
            }
            switch try ask(card) {
            case .next: continue
            case .quit: break loop
            }
        }
        summary.seconds = context.clock.now().timeIntervalSince(started)
        printSummary()
        return summary
    }

    /// Runs a store call; when it fails, says so after `failure` (what was not done) and
    /// returns nil, so the session can go on.
    func attempt<T>(_ failure: String, _ body: () throws -> T) -> T? {
        do {
            return try body()
        } catch {
            say(style.red("\(failure): \(safe(error.localizedDescription))."))
            return nil
        }
    }

    /// What Tab completes at the study prompt: commands and ratings.
    static let completions = ReplCommand.completions + Rating.allCases.map(\.name)

    enum Flow { case next, quit }

    // MARK: - One card

    func ask(_ card: StoredCard) throws -> Flow {
        let presentation = Presentation(card: card, seed: context.seed, mode: mode(for: card))
        show(card, presentation)
        var hintsShown = 0
        var hintUsed = false
        var shownAt = context.clock.now()
        while true {
            switch reader.readLine(prompt: "› ") {
            case .endOfInput: return .quit
            case .interrupt: continue
            case let .line(line):
                if let parsed = ReplCommand.parse(line) {
                    switch parsed {
                    case let .failure(error): say(style.yellow(error.description))
                    case let .success(command):
                        if command == .hint {
                            hintsShown += 1
                            hintUsed = true
                            say(presentation.hints.hint(hintsShown).map { style.cyan("Hint: " + safe($0)) }
                                ?? style.dim("No more hints; an empty line shows the answer."))
                            continue
                        }
                        switch try run(command, on: card, presentation: presentation) {
                        case .stay:
                            if command == .source { hintUsed = true }
                            // Time spent writing a card is not time spent recalling this one.
                            if command == .add { shownAt = context.clock.now() }
                        case .next: return .next
                        case .quit: return .quit
                        }
                    }
                    continue
                }
                let seconds = context.clock.now().timeIntervalSince(shownAt)
                if presentation.mode == .reveal {
                    return try showAnswer(card, presentation: presentation, seconds: seconds)
                }
                return try check(card, presentation: presentation, typed: line, hintUsed: hintUsed, seconds: seconds)
            }
        }
    }

    /// The card's header line (what is left, its phase, deck and category), its prompt and choices.
    private func show(_ card: StoredCard, _ presentation: Presentation) {
        let counts = attempt("What is left could not be counted") {
            try context.database.queueCounts(scope(at: context.clock.now()))
        }
        say()
        say(style.dim((counts.map { "[\($0.new + $0.learning + $0.review) left] " } ?? "") + "\(card.state.phase.rawValue) · "
            + safe(card.deckName) + (card.content.category.map { " · \($0.rawValue)" } ?? "")))
        say(style.bold(safe(presentation.prompt)))
        for (index, choice) in presentation.choices.enumerated() {
            say("  \(index + 1). \(safe(choice))")
        }
        if presentation.mode == .reveal {
            say(style.dim("Think of the answer, then press Enter to see it."))
        }
    }

    enum CommandOutcome { case stay, next, quit }

    private func run(_ command: ReplCommand, on card: StoredCard, presentation: Presentation) throws -> CommandOutcome {
        switch command {
        case .help:
            for item in ReplCommand.allCases {
                say("  :\(item.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) \(item.summary)")
            }
            say("  Type your answer and press Enter; an empty line shows the answer."
                + " A card asked by reveal: think of the answer, press Enter, then grade yourself 1–4.")
        case .hint:
            break  // counted and shown by `ask`
        case .source:
            if let text = attempt("The source could not be shown", { try sourceText(card, presentation: presentation, answered: false) }) {
                say(style.dim(text))
            }
        case .skip:
            skipped.insert(card.id)
            return .next
        case .bury:
            guard let changeID = attempt("The card was not buried", { try change(card, .bury) }) else { return .stay }
            say(style.dim("Buried until tomorrow." + Self.undoNote(changeID)))
            return .next
        case .suspend:
            guard let changeID = attempt("The card was not suspended", { try change(card, .suspend) }) else { return .stay }
            say(style.dim("Suspended. `recall card unsuspend \(card.id)` brings it back." + Self.undoNote(changeID)))
            return .next
        case .undo:
            return undo() ? .next : .stay
        case .stats:
            if let counts = attempt("What is left could not be counted", { try context.database.queueCounts(scope(at: context.clock.now())) }) {
                say("Left today: \(counts.review) due · \(counts.new) new · \(counts.learning) learning")
            }
            say("This session: \(summary.reviewed) answered, \(summary.right) right")
        case .add:
            _ = attempt("The card was not added") { try addCard(near: card) }
            show(card, presentation)
        case .quit:
            return .quit
        }
        return .stay
    }

    /// Applies `edit` to `card` as `recall card` does, recorded in the card-change log; the
    /// change's number, nil when the card was already so.
    private func change(_ card: StoredCard, _ edit: CardEdit) throws -> Int64? {
        let report = try context.database.apply(edit, to: [card.id], now: context.clock.now(), calendar: calendar)
        guard let id = report.changeID else { return nil }
        undoable.append(.cardChange(id: id, edit: edit))
        return id
    }

    /// How to take back a change made in the session: " `:undo` or `recall card undo N` takes it back."
    static func undoNote(_ changeID: Int64?) -> String {
        changeID.map { " `:undo` or `recall card undo \($0)` takes it back." } ?? ""
    }

    /// Takes back the latest answer, bury or suspend of this session, in the collection too;
    /// false when there was nothing to undo or the collection could not be changed (then it
    /// stays undoable).
    private func undo() -> Bool {
        guard let session = sessionID, let last = undoable.last else {
            say(style.yellow("Nothing to undo in this session."))
            return false
        }
        // Why a change is no longer the session's to take back: undone or changed meanwhile,
        // by `recall card` (then it leaves the session's undo list, so older answers can be undone).
        var settled: (sentence: String, undone: Bool)?
        let undone: Void? = attempt("Nothing was undone") {
            switch last {
            case let .answer(_, _, buried):
                try undoAnswer(session: session)
                for id in buried { try context.database.unbury(cardID: id) }
            case let .cardChange(id, edit):
                do {
                    try context.database.undoCardChange(id, now: context.clock.now())
                } catch StoreError.changeAlreadyUndone {
                    settled = ("Change \(id) (\(edit.name)) had already been undone, by `recall card undo`.", true)
                } catch let error as StoreError {
                    guard case .changedSinceChange = error else { throw error }
                    let sentence = error.localizedDescription
                    settled = (sentence.prefix(1).uppercased() + sentence.dropFirst() + ".", false)
                }
            }
        }
        guard undone != nil else { return false }
        undoable.removeLast()
        if let settled {
            say(style.yellow(settled.sentence))
            return settled.undone
        }
        switch last {
        case let .answer(right, again, _):
            summary.reviewed -= 1
            if right { summary.right -= 1 }
            if again { summary.again -= 1 }
        case .cardChange(_, .bury): say(style.yellow("Undone: the buried card is back today."))
        case .cardChange(_, .suspend): say(style.yellow("Undone: the card is no longer suspended."))
        case let .cardChange(id, edit): say(style.yellow("Undone: change \(id) (\(edit.name))."))
        }
        return true
    }

    private func undoAnswer(session: Int64) throws {
        let card = try context.database.undoLastReview(sessionID: session)
        skipped.remove(card.id)
        say(style.yellow("Undone: “\(safe(card.content.prompt))” is back as it was."))
    }

    func safe(_ text: String) -> String { TerminalText.sanitize(text) }

    // MARK: - Header and summary

    private func printHeader(at now: Date) {
        say(style.bold("recall") + " — " + safe(context.deckTitle))
        guard let counts = attempt("What is due could not be counted", { try context.database.queueCounts(scope(at: now)) }),
              let streak = attempt("The streak could not be counted", { try context.database.streak(now: now, calendar: calendar) })
        else { return }
        say("\(style.bold(String(counts.review))) due · \(style.bold(String(counts.new))) new · "
            + "\(style.bold(String(counts.learning))) learning · streak \(ReportFormat.plural(streak, "day"))"
            + style.dim("   :help for commands, Ctrl-D to stop"))
    }

    /// The summary; what cannot be read from the collection any more is left out.
    private func printSummary() {
        let now = context.clock.now()
        say()
        say(style.bold("Session summary"))
        let accuracy = summary.reviewed == 0 ? 0 : Int((Double(summary.right) / Double(summary.reviewed) * 100).rounded())
        say("  Cards reviewed: \(summary.reviewed)   Right: \(summary.right) (\(accuracy)%)   Again: \(summary.again)")
        say("  Session length: \(ReportFormat.duration(milliseconds: Int(summary.seconds * 1000)))")
        guard let left = attempt("What is left could not be counted", { try context.database.queueCounts(scope(at: now)) })
        else { return }
        if !left.isEmpty {
            say("  Still due today: \(ReportFormat.plural(left.review, "review")), \(left.new) new, \(left.learning) learning")
        }
        if let due = try? context.database.nextLearningDue(scope(at: now)), due > now {
            say("  Next learning card in \(IntervalFormat.short(seconds: due.timeIntervalSince(now)))")
        }
        let tomorrow = calendar.start(ofDay: calendar.dayNumber(of: now) + 1)
        guard let next = try? context.database.queueCounts(scope(at: tomorrow)) else { return }
        say("  Tomorrow: \(ReportFormat.plural(next.review, "review")) due, \(ReportFormat.plural(next.new, "new card"))")
    }
}
