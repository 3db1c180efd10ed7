import Foundation
import RecallCore

/// Times the progress report on a synthetic collection of 100,000 cards and 1,000,000 reviews
/// over two years: the `ReportModel` and each renderer, median of 7 runs. With
/// `RECALL_REPORT_SAMPLE=DIR` in the environment it also writes the report it timed
/// (report.html, report.txt) to DIR, for a look in a browser.
public func runReportBenchmark() {
    let start = ContinuousClock.now
    let input = SyntheticReportInput.make(cards: 100_000, reviews: 1_000_000, seed: 2026)
    print("report: synthetic collection of \(input.cards.count) cards, \(input.reviews.count) reviews"
        + " built in \(milliseconds(ContinuousClock.now - start))")

    var model: ReportModel?
    var html = ""
    let modelTime = median(runs: 7) { model = ReportModel(input: input) }
    let htmlTime = median(runs: 7) { html = HTMLReportRenderer().render(model!) }
    let textTime = median(runs: 7) { _ = TextReportRenderer(colour: false).render(model!) }
    let jsonTime = median(runs: 7) { _ = try? JSONReportRenderer().render(model!) }
    let endToEnd = median(runs: 7) { html = HTMLReportRenderer().render(ReportModel(input: input)) }
    var reviewsOnly = input, cardsOnly = input
    reviewsOnly.cards = []
    cardsOnly.reviews = []
    let reviewPart = median(runs: 7) { _ = ReportModel(input: reviewsOnly) }
    let cardPart = median(runs: 7) { _ = ReportModel(input: cardsOnly) }
    print("report: model \(milliseconds(modelTime)), html \(milliseconds(htmlTime)) (\(html.utf8.count / 1024) KiB),"
        + " text \(milliseconds(textTime)), json \(milliseconds(jsonTime))")
    print("report: of the model, the review log \(milliseconds(reviewPart)), the cards \(milliseconds(cardPart))")
    print("report: model + html \(milliseconds(endToEnd)) median of 7 (target ≤ 200 ms without reading SQLite)")

    if let directory = ProcessInfo.processInfo.environment["RECALL_REPORT_SAMPLE"], let model {
        let folder = URL(fileURLWithPath: directory, isDirectory: true)
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? html.write(to: folder.appendingPathComponent("report.html"), atomically: true, encoding: .utf8)
        try? TextReportRenderer(colour: false).render(model)
            .write(to: folder.appendingPathComponent("report.txt"), atomically: true, encoding: .utf8)
        print("report: sample written to \(folder.path)")
    }
}

private func median(runs: Int, _ body: () -> Void) -> Duration {
    let clock = ContinuousClock()
    let times = (0..<runs).map { _ in clock.measure(body) }.sorted()
    return times[runs / 2]
}

private func milliseconds(_ duration: Duration) -> String {
    let (seconds, attoseconds) = duration.components
    let value = Double(seconds) * 1000 + Double(attoseconds) / 1e15
    return String(format: "%.1f ms", value)
}

/// A seeded collection that looks like a year or two of real study: a few decks, most cards
/// in review, intervals and lapses spread out, more reviews on recent days.
enum SyntheticReportInput {
    static func make(cards cardCount: Int, reviews reviewCount: Int, seed: UInt64) -> ReportInput {
        var random = SplitMix64(seed: seed)
        let calendar = StudyCalendar(timeZone: TimeZone(identifier: "Europe/Berlin")!, rolloverHour: 4)
        let now = Date(timeIntervalSince1970: 1_795_000_000)
        let decks = ["Capitals", "Baku's Tightrope", "Chemistry", "Spanish verbs", "History dates",
                     "Anatomy", "Physics constants", "Poetry quotes"]
        let phases: [CardPhase] = [.new, .learning, .review, .review, .review, .review, .review, .relearning]
        var cards: [ReportCard] = []
        cards.reserveCapacity(cardCount)
        for index in 0..<cardCount {
            let phase = phases[Int(random.next() % UInt64(phases.count))]
            let stability = phase == .new ? nil : exp(random.unit() * 6.5 - 1)
            let lapses = phase == .new ? 0 : Int(pow(random.unit(), 6) * 14)
            let dueOffset = (random.unit() * 70 - 8) * 86_400
            var state = CardState(
                phase: phase, step: phase == .review ? nil : 0,
                memory: stability.map { MemoryState(stability: $0, difficulty: 1 + random.unit() * 9) },
                due: now.addingTimeInterval(dueOffset), lastReview: phase == .new ? nil : now,
                scheduledDays: phase == .review ? Int(stability ?? 1) + 1 : nil,
                reps: lapses + Int(random.next() % 20), lapses: lapses)
            if phase == .new { state.reps = 0 }
            cards.append(ReportCard(
                id: Int64(index + 1), key: "k\(index)", deck: decks[index * decks.count / cardCount],
                prompt: "Synthetic question number \(index + 1) about \(decks[index % decks.count])?",
                category: index % 3 == 0 ? nil : FactCategory.allCases[index % FactCategory.allCases.count],
                state: state, suspended: random.next() % 50 == 0))
        }

        // Two years of reviews, more on recent days, fewer at weekends, some days off.
        let dayCount = 730
        var weights = (0..<dayCount).map { day -> Double in
            let weekend = day % 7 >= 5 ? 0.4 : 1.0
            let off = random.next() % 11 == 0 && day < dayCount - 3 ? 0.0 : 1.0
            return (0.4 + Double(day) / Double(dayCount)) * weekend * off * (0.6 + random.unit() * 0.8)
        }
        let scale = Double(reviewCount) / weights.reduce(0, +)
        weights = weights.map { ($0 * scale).rounded(.down) }
        weights[dayCount - 1] += Double(reviewCount) - weights.reduce(0, +)
        let today = calendar.dayNumber(of: now)
        var times: [Double] = []
        times.reserveCapacity(reviewCount)
        for (day, count) in weights.enumerated() {
            let base = calendar.start(ofDay: today - dayCount + 1 + day).timeIntervalSince1970
            let length = day == dayCount - 1 ? now.timeIntervalSince1970 - base : 86_000
            times += (0..<Int(count)).map { _ in base + random.unit() * length }.sorted()
        }
        let ratings: [Rating] = [.again, .hard, .good, .good, .good, .good, .good, .good, .easy, .good]
        var reviews: [ReportReview] = []
        reviews.reserveCapacity(reviewCount)
        for time in times {
            let draw = random.next() % 16
            let phase: CardPhase = draw == 0 ? .new : draw < 3 ? .learning : .review
            reviews.append(ReportReview(
                cardID: Int64(random.next() % UInt64(cardCount)) + 1,
                reviewedAt: Date(timeIntervalSince1970: time),
                rating: ratings[Int(random.next() % UInt64(ratings.count))],
                phaseBefore: phase,
                intervalDaysBefore: phase == .review ? Int(exp(random.unit() * 5)) : nil,
                elapsedDays: Int(random.next() % 60),
                responseMilliseconds: 2_000 + Int(random.next() % 9_000)))
        }
        return ReportInput(cards: cards, reviews: reviews, now: now, calendar: calendar)
    }
}

extension SplitMix64 {
    /// Uniform in [0, 1).
    fileprivate mutating func unit() -> Double {
        Double(next() >> 11) / Double(1 << 53)
    }
}
