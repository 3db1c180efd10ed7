/// The report as Markdown tables, for notes and issue trackers. Deck names and prompts are
/// escaped so they show as written and cannot break a table.
public struct MarkdownReportRenderer: Sendable {
    public init() {}

    public func render(_ model: ReportModel) -> String {
        var out: [String] = ["# recall progress report", ""]
        out.append("Study day **\(model.studyDay)** (\(model.timeZone), day starts at \(model.rolloverHour):00),"
            + " generated \(model.generatedAt).")
        if let deck = model.filter.deck { out.append("Only deck \(md(deck)).") }
        if let since = model.filter.since { out.append("Only reviews since \(since).") }

        let today = model.today
        let cards = model.cards
        section(&out, "Summary", ["Figure", "Value"], [
            ["Reviews today", "\(today.reviews)"],
            ["New cards today", "\(today.newCards)"],
            ["Again today", "\(today.again)"],
            ["Time today", ReportFormat.duration(milliseconds: today.timeMilliseconds)],
            ["Due today (overdue included)", "\(today.due)"],
            ["Streak", ReportFormat.days(model.streak.current)],
            ["Longest streak", ReportFormat.days(model.streak.longest)],
            ["Reviews in all", ReportFormat.count(model.totals.reviews)],
            ["Study days", "\(model.totals.studyDays)"],
            ["Time in all", ReportFormat.duration(milliseconds: model.totals.timeMilliseconds)],
            ["True retention, young", percentOf(model.retention.young)],
            ["True retention, mature", percentOf(model.retention.mature)],
            ["Mastery", ReportFormat.percent(cards.mastery)],
        ], align: "|:---|---:|")
        section(&out, "Cards", ["Cards", "New", "Learning", "Young", "Mature", "Suspended", "Leeches", "Mastered"], [
            ["\(cards.total)", "\(cards.new)", "\(cards.learning)", "\(cards.young)", "\(cards.mature)",
             "\(cards.suspended)", "\(cards.leeches)", "\(cards.mastered)"],
        ])
        section(&out, "Reviews per day", ["Day", "Reviews", "Again", "New", "Time"],
                model.dailyReviews.map { day in
                    [day.date, "\(day.reviews)", "\(day.again)", "\(day.newCards)",
                     ReportFormat.duration(milliseconds: day.timeMilliseconds)]
                }, firstLeft: true)
        section(&out, "True retention by week", ["Week", "Young", "Young reviews", "Mature", "Mature reviews"],
                model.retention.weeks.map { week in
                    ["\(week.start) – \(week.end)", ReportFormat.percent(week.young.rate), "\(week.young.reviews)",
                     ReportFormat.percent(week.mature.rate), "\(week.mature.reviews)"]
                }, firstLeft: true)
        section(&out, "Predicted against actual recall", ReportModel.MemoryModel.calibrationHeaders,
                model.memoryModel?.calibrationRows ?? [], firstLeft: true)
        if let memory = model.memoryModel { out.append("FSRS: \(memory.summary).") }
        section(&out, "Due forecast", ["Day", "Due"],
                model.forecast.days.map { [$0.date, "\($0.due)"] }, firstLeft: true)
        out.append("Overdue (counted today): \(model.forecast.overdue). Due later: \(model.forecast.later).")
        section(&out, "Stability", ["Stability", "Cards"], model.stability.map { [$0.label, "\($0.count)"] },
                firstLeft: true)
        section(&out, "Difficulty", ["Difficulty", "Cards"], model.difficulty.map { [$0.label, "\($0.count)"] },
                firstLeft: true)
        mastery(&out, "Mastery by deck", "Deck", model.decks)
        if !model.categories.isEmpty { mastery(&out, "Mastery by category", "Category", model.categories) }
        section(&out, "Cards that need attention", ["Lapses", "Difficulty", "Stability (d)", "Deck", "Prompt", "Note"],
                model.hardest.map { card in
                    ["\(card.lapses)", ReportFormat.decimal(card.difficulty), ReportFormat.decimal(card.stability),
                     md(card.deck), md(card.prompt),
                     [card.leech ? "leech" : nil, card.suspended ? "suspended" : nil]
                        .compactMap { $0 }.joined(separator: ", ")]
                }, align: "|---:|---:|---:|:---|:---|:---|")
        return out.joined(separator: "\n") + "\n"
    }

    private func mastery(_ out: inout [String], _ title: String, _ label: String, _ rows: [ReportModel.Mastery]) {
        section(&out, title, [label, "Cards", "New", "Learning", "Young", "Mature", "Suspended", "Leeches", "Mastery"],
                rows.map { row in
                    let c = row.counts
                    return [md(row.name), "\(c.total)", "\(c.new)", "\(c.learning)", "\(c.young)", "\(c.mature)",
                            "\(c.suspended)", "\(c.leeches)", ReportFormat.percent(c.mastery)]
                }, firstLeft: true)
    }

    /// A heading and a table; numbers right-aligned unless `align` says otherwise.
    private func section(
        _ out: inout [String], _ title: String, _ headers: [String], _ rows: [[String]],
        align: String? = nil, firstLeft: Bool = false
    ) {
        out += ["", "## \(title)", ""]
        guard !rows.isEmpty else {
            out.append("None.")
            return
        }
        out.append("| " + headers.joined(separator: " | ") + " |")
        out.append(align ?? "|" + headers.indices.map { $0 == 0 && firstLeft ? ":---|" : "---:|" }.joined())
        out += rows.map { "| " + $0.joined(separator: " | ") + " |" }
    }

    private func percentOf(_ pass: ReportModel.Retention.Pass) -> String {
        "\(ReportFormat.percent(pass.rate)) (\(pass.passed) of \(pass.reviews))"
    }

    private func md(_ text: String) -> String { ReportEscaping.markdown(text) }
}
