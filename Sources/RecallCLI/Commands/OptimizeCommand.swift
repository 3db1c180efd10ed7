import ArgumentParser
import Foundation
import RecallCore
import RecallStore

struct OptimizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "optimize",
        abstract: "Fit FSRS's parameters to your review history, as Anki's Optimize does.",
        discussion: """
        Fits on most cards and compares the current and the new parameters on the cards held \
        out (log loss and RMSE over bins, lower is better); the new ones are applied only if \
        they predict better, and every card's memory state is recomputed with them. \
        --from-csv fits a review log from elsewhere (columns card_id,day,rating and optionally \
        split) without touching the collection.
        """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Fit only this deck's history (the result applies to the deck's preset).", valueName: "name"))
    var deck: String?

    @Option(help: ArgumentHelp("Fit this preset on its decks' history (default: every preset in use, each on its decks).", valueName: "name"))
    var preset: String?

    @Flag(help: "Show the fit without applying it.")
    var dryRun = false

    @Flag(help: "Go back to the parameters the preset used before its last fit applied.")
    var revert = false

    @Flag(help: "Simulate a year of study at desired retention 0.70…0.97 and show the workload of each.")
    var retention = false

    @Option(name: .customLong("from-csv"), help: ArgumentHelp("Fit a review log given as CSV instead of the collection.", valueName: "file"))
    var csv: String?

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func validate() throws {
        if [revert, retention, csv != nil].filter({ $0 }).count > 1 {
            throw ValidationError("--revert, --retention and --from-csv cannot be combined")
        }
        if json, csv == nil { throw ValidationError("--json goes with --from-csv") }
        // --revert always applies: with --dry-run a person would expect nothing to change.
        if dryRun, revert { throw ValidationError("--dry-run and --revert cannot be combined: --revert always applies") }
        if deck != nil, preset != nil { throw ValidationError("--deck and --preset cannot be combined: a deck's fit applies to its preset") }
    }

    func run() throws {
        try Console.run {
            if let csv { return try fitFile(csv) }
            let database = try global.openDatabase()
            let settings = try Settings.load(from: database)
            let now = try global.makeClock().now()
            let scopes = try OptimizeScope.scopes(deck: deck, preset: preset, settings: settings, database: database)
            if revert {
                guard scopes.count == 1 else { throw ValidationError("several presets are in use; say which to revert with --preset") }
                return try revertFit(scopes[0], database, settings: settings, now: now)
            }
            let all = try database.reportInput(now: now, calendar: settings.calendar())
            // With several presets, one with too little history is said and the others fitted.
            var tooLittle = 0
            for scope in scopes {
                if scopes.count > 1 { print("\n# Preset “\(TerminalText.sanitize(scope.preset.name, keepNewlines: false))”") }
                let input = scope.restrict(all)
                let histories = CardHistory.histories(from: input.reviews, calendar: input.calendar)
                if retention {
                    guard !histories.isEmpty || input.cards.contains(where: { $0.state.phase == .new }) else {
                        print("There is nothing to simulate: no card has been studied and none is new.")
                        continue
                    }
                    // The collection's desired retention only when this preset is the only one
                    // and uses it; else the preset's own.
                    let forPreset = scopes.count > 1 || !scope.coversEveryDeck || scope.preset.desiredRetention != nil
                    print(simulateRetention(input, histories: histories, preset: scope.preset, settings: settings, forPreset: forPreset))
                    continue
                }
                do {
                    try fit(scope, histories: histories, database: database, calendar: input.calendar, now: now)
                } catch let error as OptimizerError where scopes.count > 1 {
                    Console.note("preset “\(TerminalText.sanitize(scope.preset.name, keepNewlines: false))”: \(error.localizedDescription)")
                    tooLittle += 1
                }
            }
            if tooLittle > 0, tooLittle == scopes.count { throw ExitCode.failure }
        }
    }

    private func fit(_ scope: OptimizeScope, histories: [CardHistory], database: AppDatabase, calendar: StudyCalendar, now: Date) throws {
        let run = try OptimizationRun(histories: histories, current: scope.preset.parameters)
        print(OptimizeText.summary(run, scope: scope.label))
        guard run.isImprovement else {
            return print("The current parameters predict recall as well or better, so they stay.")
        }
        if dryRun { return print("The new parameters predict recall better; --dry-run, so nothing was applied.") }
        let fitted = FittedParameters(
            preset: scope.preset.name, parameters: run.fit.parameters, fittedAt: now, reviewCount: run.reviewCount,
            logLoss: run.new.logLoss, rmseBins: run.new.rmseBins, previousLogLoss: run.current.logLoss,
            previousRmseBins: run.current.rmseBins)
        let cards = try database.cardIDs(inPreset: scope.preset.name)
        let all = try database.cardHistories(calendar: calendar).filter { cards.contains($0.cardID) }
        try database.apply(fitted, memoryStates: FSRS(parameters: fitted.parameters).memoryStates(after: all))
        let name = TerminalText.sanitize(fitted.preset, keepNewlines: false)
        print("The new parameters predict recall better and now schedule \(scope.scheduled) "
            + "(preset “\(name)”); memory states were recomputed. "
            + "`recall optimize --revert\(scope.coversEveryDeck ? "" : " --preset " + OptimizeText.shellWord(name))` goes back.")
    }

    private func fitFile(_ path: String) throws {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw LibraryError.unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        let log = try ReviewLogCSV.parse(text, file: path)
        let fit = try ParameterOptimizer().fit(log.histories(in: .train))
        let test = log.histories(in: .test)
        let evaluations = [("defaults", FSRSParameters.default), ("fitted", fit.parameters)].compactMap { name, parameters in
            ModelEvaluation(parameters: parameters, histories: test).map { (name, $0) }
        }
        if json {
            print(try OptimizeText.json(fit: fit, evaluations: evaluations, onTestSplit: log.hasSplit))
        } else {
            print(OptimizeText.fileSummary(fit: fit, evaluations: evaluations, onTestSplit: log.hasSplit))
        }
    }

    private func simulateRetention(
        _ input: ReportInput, histories: [CardHistory], preset: Preset, settings: Settings, forPreset: Bool
    ) -> String {
        let model = FSRS(parameters: preset.parameters)
        let studied = histories.compactMap { history in
            model.memoryState(after: history).map { ($0, history.answers.last!.day) }
        }
        var simulator = RetentionSimulator(
            parameters: preset.parameters, studied: studied,
            newCards: input.cards.count { $0.state.phase == .new && !$0.suspended },
            newPerDay: settings.newPerDay, reviewsPerDay: settings.reviewsPerDay,
            today: input.calendar.dayNumber(of: input.now))
        simulator.learnHabits(from: input.reviews)
        return OptimizeText.retention(
            simulator.outcomes(), days: simulator.days,
            preset: forPreset ? TerminalText.sanitize(preset.name, keepNewlines: false) : nil)
    }

    private func revertFit(_ scope: OptimizeScope, _ database: AppDatabase, settings: Settings, now: Date) throws {
        let cards = try database.cardIDs(inPreset: scope.preset.name)
        let histories = try database.cardHistories(calendar: settings.calendar()).filter { cards.contains($0.cardID) }
        let current = try database.revertParameters(preset: scope.preset.name, at: now) { previous in
            FSRS(parameters: previous?.parameters ?? .default).memoryStates(after: histories)
        }
        let which = scope.coversEveryDeck ? "" : " of preset “\(TerminalText.sanitize(scope.preset.name, keepNewlines: false))”"
        if let current {
            print("Back to the parameters\(which) fitted on \(OptimizeText.date(current.fittedAt)) "
                + "(\(current.reviewCount) reviews); memory states were recomputed.")
        } else {
            print("Back to FSRS's default parameters\(which); memory states were recomputed.")
        }
    }
}
