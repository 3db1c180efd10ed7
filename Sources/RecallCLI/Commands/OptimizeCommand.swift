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

    @Option(help: ArgumentHelp("Fit only this deck's history (the result applies to the preset every deck uses).", valueName: "name"))
    var deck: String?

    @Flag(help: "Show the fit without applying it.")
    var dryRun = false

    @Flag(help: "Go back to the parameters in use before the last fit applied.")
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
    }

    func run() throws {
        try Console.run {
            if let csv { return try fitFile(csv) }
            let database = try global.openDatabase()
            let settings = try Settings.load(from: database)
            let now = try global.makeClock().now()
            if revert { return try revertFit(database, settings: settings, now: now) }
            let deck = try deck.map { try DeckLookup.path($0, in: database) }
            let input = try database.reportInput(now: now, calendar: settings.calendar(), deck: deck)
            let histories = CardHistory.histories(from: input.selectedReviews, calendar: input.calendar)
            if retention {
                guard !histories.isEmpty || input.selectedCards.contains(where: { $0.state.phase == .new }) else {
                    return print("There is nothing to simulate: no card has been studied and none is new.")
                }
                return print(simulateRetention(input, histories: histories, settings: settings))
            }
            let run = try OptimizationRun(histories: histories, current: settings.parameters)
            print(OptimizeText.summary(run, scope: deck.map { "deck “\(TerminalText.sanitize($0, keepNewlines: false))”" } ?? "all decks"))
            guard run.isImprovement else {
                return print("The current parameters predict recall as well or better, so they stay.")
            }
            if dryRun { return print("The new parameters predict recall better; --dry-run, so nothing was applied.") }
            let fitted = FittedParameters(
                parameters: run.fit.parameters, fittedAt: now, reviewCount: run.reviewCount, logLoss: run.new.logLoss,
                rmseBins: run.new.rmseBins, previousLogLoss: run.current.logLoss, previousRmseBins: run.current.rmseBins)
            let all = try database.cardHistories(calendar: input.calendar)
            try database.apply(fitted, memoryStates: FSRS(parameters: fitted.parameters).memoryStates(after: all))
            print("The new parameters predict recall better and now schedule every deck (preset “\(fitted.preset)”); "
                + "memory states were recomputed. `recall optimize --revert` goes back.")
        }
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

    private func simulateRetention(_ input: ReportInput, histories: [CardHistory], settings: Settings) -> String {
        let model = FSRS(parameters: settings.parameters)
        let studied = histories.compactMap { history in
            model.memoryState(after: history).map { ($0, history.answers.last!.day) }
        }
        var simulator = RetentionSimulator(
            parameters: settings.parameters, studied: studied,
            newCards: input.selectedCards.count { $0.state.phase == .new && !$0.suspended },
            newPerDay: settings.newPerDay, reviewsPerDay: settings.reviewsPerDay,
            today: input.calendar.dayNumber(of: input.now))
        simulator.learnHabits(from: input.selectedReviews)
        return OptimizeText.retention(simulator.outcomes(), days: simulator.days)
    }

    private func revertFit(_ database: AppDatabase, settings: Settings, now: Date) throws {
        let histories = try database.cardHistories(calendar: settings.calendar())
        let current = try database.revertParameters(at: now) { previous in
            FSRS(parameters: previous?.parameters ?? .default).memoryStates(after: histories)
        }
        if let current {
            print("Back to the parameters fitted on \(OptimizeText.date(current.fittedAt)) "
                + "(\(current.reviewCount) reviews); memory states were recomputed.")
        } else {
            print("Back to FSRS's default parameters; memory states were recomputed.")
        }
    }
}
