/// The report as one self-contained HTML file: inline CSS and inline SVG, no scripts and no
/// network (a Content-Security-Policy forbids both), readable in light and dark mode and on
/// paper. Every piece of text from a deck is escaped.
public struct HTMLReportRenderer: Sendable {
    public init() {}

    public func render(_ model: ReportModel) -> String {
        var html = ""
        html.reserveCapacity(96 * 1024)
        html += """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="color-scheme" content="light dark">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <title>recall progress report · \(model.studyDay)</title>
            <style>\(Self.style)</style>
            </head>
            <body>
            <main>

            """
        html += header(model)
        html += tiles(model)
        html += section("Reviews over the last year", heatmap(model))
        html += "<div class=\"pair\">"
        html += section("Reviews, last \(model.dailyReviews.count) days", dailyChart(model))
        html += section("Due in the next \(model.forecast.days.count) days", forecastChart(model))
        html += "</div>"
        html += section("True retention by week", retentionChart(model))
        html += section("Predicted against actual recall", calibrationChart(model))
        html += "<div class=\"pair\">"
        html += section("Stability", histogram(
            model.stability, unit: "Days until recall drops to 90 %", label: "Cards by stability"))
        html += section("Difficulty", histogram(
            model.difficulty, unit: "FSRS difficulty, 1 (easy) to 10 (hard)", label: "Cards by difficulty"))
        html += "</div>"
        if !model.categories.isEmpty {
            html += section("Mastery by category", mastery(model.categories, label: "Mastery by category"))
        }
        html += section("Mastery by deck", mastery(model.decks, label: "Mastery by deck"))
        html += section("Cards that need attention", attention(model))
        html += """
            <footer>Made by recall · schema \(model.schemaVersion) · \(model.generatedAt)</footer>
            </main>
            </body>
            </html>

            """
        return html
    }

    // MARK: Sections

    private func header(_ model: ReportModel) -> String {
        var filters: [String] = []
        if let deck = model.filter.deck { filters.append("deck <b>\(h(deck))</b>") }
        if let since = model.filter.since { filters.append("reviews since \(since)") }
        let only = filters.isEmpty ? "" : " · only \(filters.joined(separator: ", "))"
        return """
            <header><h1>Progress report</h1>
            <p class="meta">Study day <b>\(model.studyDay)</b> · \(h(model.timeZone)), days start at \
            \(model.rolloverHour):00\(only)</p></header>

            """
    }

    private func tiles(_ model: ReportModel) -> String {
        let today = model.today
        let retention = model.retention
        let items: [(String, String, String)] = [
            ("Reviews today", ReportFormat.count(today.reviews),
             "\(today.newCards) new · \(today.again) again"),
            ("Time today", ReportFormat.duration(milliseconds: today.timeMilliseconds),
             "\(ReportFormat.duration(milliseconds: model.totals.timeMilliseconds)) in all"),
            ("Due today", ReportFormat.count(today.due), "\(model.forecast.overdue) overdue"),
            ("Streak", ReportFormat.days(model.streak.current),
             "longest \(ReportFormat.days(model.streak.longest))"),
            ("Young retention", ReportFormat.percent(retention.young.rate),
             ReportFormat.plural(retention.young.reviews, "review")),
            ("Mature retention", ReportFormat.percent(retention.mature.rate),
             ReportFormat.plural(retention.mature.reviews, "review")),
            ("Cards", ReportFormat.count(model.cards.total),
             "\(ReportFormat.count(model.cards.new)) new · \(ReportFormat.count(model.cards.suspended)) suspended"),
            ("Mastery", ReportFormat.percent(model.cards.mastery),
             "\(ReportFormat.count(model.cards.mastered)) mastered"),
        ]
        return "<section class=\"tiles\">"
            + items.map { "<div class=\"tile\"><span>\($0)</span><strong>\($1)</strong><small>\($2)</small></div>" }
                .joined()
            + "</section>\n"
    }

    private func section(_ title: String, _ body: String) -> String {
        "<section><h2>\(title)</h2>\n\(body)\n</section>\n"
    }

    private func heatmap(_ model: ReportModel) -> String {
        let total = model.heatmap.counts.reduce(0, +)
        let active = model.heatmap.counts.filter { $0 > 0 }.count
        let legend = (0...4).map { "<i class=\"h\($0)\"></i>" }.joined()
        return "<div class=\"scroll wide recent heat\">"
            + SVGChart.heatmap(
                model.heatmap, label: "Reviews a day from \(model.heatmap.start) to \(model.heatmap.end)")
            + "</div><p class=\"note\">\(ReportFormat.plural(total, "review")) on \(active) of "
            + "\(model.heatmap.counts.count) days · busiest day \(ReportFormat.count(model.heatmap.max))"
            + "<span class=\"legend\">less \(legend) more</span></p>"
    }

    private func dailyChart(_ model: ReportModel) -> String {
        guard model.dailyReviews.contains(where: { $0.reviews > 0 }) else {
            return "<p class=\"empty\">No reviews in these days.</p>"
        }
        let bars = model.dailyReviews.map { day in
            SVGChart.Bar(
                label: Self.shortDate(day.date),
                segments: [
                    .init(value: day.reviews - day.again, cssClass: "pass"), .init(value: day.again, cssClass: "fail"),
                ],
                tooltip: "\(day.date): \(ReportFormat.plural(day.reviews, "review")), \(day.again) again, "
                    + "\(day.newCards) new")
        }
        return SVGChart.bars(bars, label: "Reviews a day", labelEvery: 7)
            + legend([("pass", "answered"), ("fail", "again")])
    }

    private func forecastChart(_ model: ReportModel) -> String {
        guard model.forecast.days.contains(where: { $0.due > 0 }) else {
            return "<p class=\"empty\">No review card falls due in these days.</p>"
        }
        let bars = model.forecast.days.enumerated().map { index, day in
            let overdue = index == 0 ? model.forecast.overdue : 0
            return SVGChart.Bar(
                label: Self.shortDate(day.date),
                segments: [.init(value: overdue, cssClass: "late"), .init(value: day.due - overdue, cssClass: "due")],
                tooltip: "\(day.date): \(day.due) due" + (index == 0 ? ", \(overdue) of them overdue" : ""))
        }
        return SVGChart.bars(bars, label: "Cards due a day", labelEvery: 7)
            + legend([("due", "due"), ("late", "overdue")])
    }

    private func retentionChart(_ model: ReportModel) -> String {
        let weeks = model.retention.weeks
        let rates = weeks.flatMap { [$0.young.rate, $0.mature.rate] }.compactMap { $0 }
        guard !rates.isEmpty else { return "<p class=\"empty\">No reviews of cards in the review phase yet.</p>" }
        let low = min(0.7, ((rates.min() ?? 1) * 10 - 0.5).rounded(.down) / 10)
        func series(
            _ name: String, _ cssClass: String, _ pass: (ReportModel.Retention.Week) -> ReportModel.Retention.Pass
        ) -> SVGChart.Series {
            SVGChart.Series(
                name: name, cssClass: cssClass, points: weeks.map { pass($0).rate },
                tooltips: weeks.map { week in
                    let p = pass(week)
                    return "\(name), week from \(week.start): \(ReportFormat.percent(p.rate)) "
                        + "(\(p.passed) of \(p.reviews))"
                })
        }
        return "<div class=\"scroll wide recent\">" + SVGChart.lines(
            [series("young", "young", \.young), series("mature", "mature", \.mature)],
            labels: weeks.map { Self.shortDate($0.start) }, low: max(0, low), label: "True retention by week")
            + "</div>" + legend([("young", "young (interval under 21 days)"), ("mature", "mature")])
    }

    /// Mean predicted and actual recall per 5% bin of predicted recall: the closer the two
    /// lines, the better the weights fit.
    private func calibrationChart(_ model: ReportModel) -> String {
        guard let memory = model.memoryModel else {
            return "<p class=\"empty\">No review a day or more after another yet.</p>"
        }
        let bins = memory.calibration
        let low = min(0.7, ((bins.map { min($0.predicted, $0.actual) }.min() ?? 1) * 10).rounded(.down) / 10)
        func series(_ name: String, _ cssClass: String, _ value: (ModelEvaluation.CalibrationBin) -> Double) -> SVGChart.Series {
            SVGChart.Series(
                name: name, cssClass: cssClass, points: bins.map(value),
                tooltips: bins.map { bin in
                    "\(name), predicted \(Int((bin.lower * 100).rounded()))–\(Int((bin.upper * 100).rounded()))%: "
                        + "\(ReportFormat.percent(value(bin))) (\(ReportFormat.plural(bin.count, "review")))"
                })
        }
        return "<div class=\"scroll wide recent\">" + SVGChart.lines(
            [series("predicted", "young", \.predicted), series("actual", "mature", \.actual)],
            labels: bins.map { "\(Int((($0.lower + $0.upper) * 50).rounded()))%" }, low: max(0, low),
            label: "Predicted against actual recall")
            + "</div>" + legend([("young", "mean predicted recall"), ("mature", "actual recall")])
            + "<p>\(h(memory.summary)).</p>"
    }

    private func histogram(_ buckets: [ReportModel.Bucket], unit: String, label: String) -> String {
        guard buckets.contains(where: { $0.count > 0 }) else {
            return "<p class=\"empty\">No card has been reviewed yet.</p>"
        }
        let bars = buckets.map { bucket in
            SVGChart.Bar(
                label: ReportFormat.decimal(bucket.lower).replacingOccurrences(of: ".0", with: ""),
                segments: [.init(value: bucket.count, cssClass: "bar")],
                tooltip: "\(bucket.label): \(ReportFormat.plural(bucket.count, "card"))")
        }
        let end = buckets.last?.upper.map { ReportFormat.decimal($0).replacingOccurrences(of: ".0", with: "") }
        return SVGChart.bars(bars, label: label, labelEvery: 1, edgeLabels: true, endLabel: end)
            + "<p class=\"note\">\(unit); the number over a bar is its count of cards</p>"
    }

    private func mastery(_ rows: [ReportModel.Mastery], label: String) -> String {
        let chartRows = rows.map { row in
            let c = row.counts
            return SVGChart.Row(
                label: h(ReportEscaping.truncated(row.name, to: 26)),
                segments: [
                    .init(value: c.mature, cssClass: "mature"), .init(value: c.young, cssClass: "young"),
                    .init(value: c.learning, cssClass: "learning"), .init(value: c.new, cssClass: "new"),
                    .init(value: c.suspended, cssClass: "suspended"),
                ],
                tooltip: "\(h(row.name)): \(ReportFormat.plural(c.total, "card")) · \(c.mature) mature · "
                    + "\(c.young) young · \(c.learning) learning · \(c.new) new · \(c.suspended) suspended · "
                    + ReportFormat.plural(c.leeches, "leech"),
                note: ReportFormat.percent(c.mastery))
        }
        return "<div class=\"scroll wide\">" + SVGChart.rows(chartRows, label: label) + "</div>"
            + legend([("mature", "mature"), ("young", "young"), ("learning", "learning"), ("new", "new"),
                      ("suspended", "suspended")])
            + "<p class=\"note\">Percentages: mastery, the share of cards (not suspended) whose stability "
            + "is 21 days or more.</p>"
    }

    private func attention(_ model: ReportModel) -> String {
        guard !model.hardest.isEmpty else { return "<p class=\"empty\">No card has lapsed yet.</p>" }
        var rows = ""
        for card in model.hardest {
            var tags = ""
            if card.leech { tags += " <span class=\"tag leech\">leech</span>" }
            if card.suspended { tags += " <span class=\"tag\">suspended</span>" }
            rows += "<tr><td class=\"prompt\">\(h(card.prompt))\(tags)</td><td>\(h(card.deck))</td>"
                + "<td>\(card.category?.rawValue ?? "")</td><td class=\"num\">\(card.lapses)</td>"
                + "<td class=\"num\">\(card.reps)</td><td class=\"num\">\(ReportFormat.decimal(card.difficulty))</td>"
                + "<td class=\"num\">\(ReportFormat.decimal(card.stability))</td><td>\(card.phase.rawValue)</td></tr>\n"
        }
        return """
            <p class="note">The cards with the most lapses; a leech has lapsed \
            8 times or more. \(ReportFormat.plural(model.cards.leeches, "leech")) in all.</p>
            <div class="scroll"><table>
            <thead><tr><th>Prompt</th><th>Deck</th><th>Category</th><th class="num">Lapses</th>\
            <th class="num">Reviews</th><th class="num">Difficulty</th><th class="num">Stability (d)</th>\
            <th>Phase</th></tr></thead>
            <tbody>
            \(rows)</tbody></table></div>
            """
    }

    private func legend(_ items: [(String, String)]) -> String {
        "<p class=\"legend\">" + items.map { "<i class=\"\($0)\"></i>\($1)" }.joined(separator: " ") + "</p>"
    }

    private func h(_ text: String) -> String { ReportEscaping.html(text) }

    /// `11-27` from `2026-11-27`.
    static func shortDate(_ date: String) -> String { String(date.dropFirst(5)) }
}
