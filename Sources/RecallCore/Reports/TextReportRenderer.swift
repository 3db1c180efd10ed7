/// The report for a terminal (`recall stats`): short summary lines, Unicode block charts and
/// padded tables. With `colour`, headings are bold and charts green (ANSI SGR); untrusted text
/// never carries escape sequences through. With a `width` (the terminal's), text wraps at word
/// boundaries and tables cut their names and prompts to fit.
public struct TextReportRenderer: Sendable {
    public var colour: Bool
    /// Columns a prompt may take in the hardest-cards table.
    public var promptWidth: Int
    /// The terminal's width in columns; nil for no limit.
    public var width: Int?

    public init(colour: Bool, promptWidth: Int = 48, width: Int? = nil) {
        self.colour = colour
        self.promptWidth = promptWidth
        self.width = width
    }

    /// Where summary lines continue when they wrap: under the text after their label.
    private static let labelWidth = 10

    public func render(_ model: ReportModel) -> String {
        var lines: [String] = []
        lines += header(model).map { TerminalText.wrap($0, width: width) }
        lines += [""] + summary(model).map { TerminalText.wrap($0, width: width, hangingIndent: Self.labelWidth) }
        lines += [""] + reviewChart(model)
        lines += [""] + dueChart(model)
        lines += [""] + retentionTable(model)
        lines += [""] + calibrationTable(model)
        lines += [""] + masteryTable(title: "Decks", label: "Deck", rows: model.decks)
        if !model.categories.isEmpty {
            lines += [""] + masteryTable(title: "Categories", label: "Category", rows: model.categories)
        }
        lines += [""] + hardestTable(model)
        return lines.map { TerminalText.wrap($0, width: width) }.joined(separator: "\n") + "\n"
    }

    // MARK: Sections

    private func header(_ model: ReportModel) -> [String] {
        var lines = [bold("recall stats") + " · study day \(model.studyDay)"
            + dim(" (\(model.timeZone), day starts \(model.rolloverHour):00)")]
        var filters: [String] = []
        if let deck = model.filter.deck { filters.append("deck \(safe(deck))") }
        if let since = model.filter.since { filters.append("since \(since)") }
        if !filters.isEmpty { lines.append("only " + filters.joined(separator: ", ")) }
        return lines
    }

    private func summary(_ model: ReportModel) -> [String] {
        let today = model.today
        let cards = model.cards
        let retention = model.retention
        let c = ReportFormat.count
        return [
            "\(bold("Today    ")) \(ReportFormat.plural(today.reviews, "review")) · \(c(today.newCards)) new · "
                + "\(red("\(c(today.again)) again", when: today.again > 0)) · "
                + "\(ReportFormat.duration(milliseconds: today.timeMilliseconds)) answering · \(c(today.due)) due",
            "\(bold("Streak   ")) \(ReportFormat.days(model.streak.current))"
                + " (longest \(ReportFormat.days(model.streak.longest)))"
                + (model.streak.current > 0 && !model.streak.studiedToday ? " · study today to keep it" : ""),
            "\(bold("Cards    ")) \(c(cards.total)) · \(c(cards.new)) new · \(c(cards.learning)) learning · "
                + "\(c(cards.young)) young · \(c(cards.mature)) mature",
            "          \(c(cards.suspended)) suspended · "
                + red("\(c(cards.leeches)) \(cards.leeches == 1 ? "leech" : "leeches")", when: cards.leeches > 0)
                + " · mastery \(ReportFormat.percent(cards.mastery))",
            "\(bold("Retention")) young \(ReportFormat.percent(retention.young.rate)) of "
                + "\(c(retention.young.reviews)) · mature \(ReportFormat.percent(retention.mature.rate)) of "
                + c(retention.mature.reviews),
        ]
    }

    private func reviewChart(_ model: ReportModel) -> [String] {
        let counts = model.dailyReviews.map(\.reviews)
        var lines = [bold("Reviews, last \(counts.count) days") + dim(" (none)")]
        if counts.contains(where: { $0 > 0 }) {
            lines = [bold("Reviews, last \(counts.count) days") + dim(" (most in a day: \(counts.max() ?? 0))")]
                + chart(counts, height: 4, first: model.dailyReviews.first?.date, last: model.dailyReviews.last?.date)
        }
        guard model.heatmap.max > 0 else { return lines }
        let row = Self.heatRow(model.heatmap.counts)
        if let width, 11 + row.count + 17 > width {
            lines += [bold("Last year") + dim(" (one mark a week)"), "  " + green(row)]
        } else {
            lines.append(bold("Last year") + "  " + green(row) + dim("  one mark a week"))
        }
        return lines
    }

    private func dueChart(_ model: ReportModel) -> [String] {
        let counts = model.forecast.days.map(\.due)
        let total = counts.reduce(0, +)
        guard total > 0 else {
            return [bold("Due, next \(counts.count) days") + dim(" (no review card falls due)")]
        }
        return [bold("Due, next \(counts.count) days")
            + dim(" (\(counts.first ?? 0) today with \(model.forecast.overdue) overdue, \(total) in all)")]
            + chart(counts, height: 3, first: model.forecast.days.first?.date, last: model.forecast.days.last?.date)
    }

    /// Bars `height` rows high, indented, with the first and last dates under them.
    private func chart(_ counts: [Int], height: Int, first: String?, last: String?) -> [String] {
        Self.bars(counts, height: height).map { $0.isEmpty ? "" : "  " + green($0) }
            + ["  " + Self.axis(first: first ?? "", last: last ?? "", width: counts.count)]
    }

    private func retentionTable(_ model: ReportModel) -> [String] {
        guard model.retention.weeks.contains(where: { $0.young.reviews + $0.mature.reviews > 0 }) else {
            return [bold("True retention by week") + dim(" (no reviews of cards in the review phase yet)")]
        }
        var table = TextTable([
            ("Week", .left), ("Young", .right), ("reviews", .right), ("Mature", .right), ("reviews", .right),
        ])
        for week in model.retention.weeks {
            table.add([
                "\(week.start.dropFirst(5))–\(week.end.dropFirst(5))",
                ReportFormat.percent(week.young.rate), ReportFormat.count(week.young.reviews),
                ReportFormat.percent(week.mature.rate), ReportFormat.count(week.mature.reviews),
            ])
        }
        return [bold("True retention by week")] + table.lines(style: dim, width: width)
    }

    private func calibrationTable(_ model: ReportModel) -> [String] {
        let title = "Predicted against actual recall"
        guard let memory = model.memoryModel else {
            return [bold(title) + dim(" (no review a day or more after another yet)")]
        }
        let headers = ReportModel.MemoryModel.calibrationHeaders
        var table = TextTable([(headers[0], .left), (headers[1], .right), (headers[2], .right), (headers[3], .right)])
        for row in memory.calibrationRows { table.add(row) }
        return [bold(title) + dim(" (\(memory.summary))")] + table.lines(style: dim)
    }

    private func masteryTable(title: String, label: String, rows: [ReportModel.Mastery]) -> [String] {
        guard !rows.isEmpty else { return [bold(title) + dim(" (no cards)")] }
        var table = TextTable([
            (label, .left), ("Cards", .right), ("New", .right), ("Learn", .right), ("Young", .right),
            ("Mature", .right), ("Susp", .right), ("Leech", .right), ("Mastery", .right),
        ], flexible: [0])
        for row in rows {
            let counts = row.counts
            table.add([
                ReportEscaping.truncated(safe(row.name), to: 28), "\(counts.total)", "\(counts.new)",
                "\(counts.learning)", "\(counts.young)", "\(counts.mature)", "\(counts.suspended)",
                "\(counts.leeches)", ReportFormat.percent(counts.mastery),
            ])
        }
        return [bold(title)] + table.lines(style: dim, width: width)
    }

    private func hardestTable(_ model: ReportModel) -> [String] {
        guard !model.hardest.isEmpty else { return [bold("Hardest cards") + dim(" (none has lapsed)")] }
        var table = TextTable([
            ("Lapses", .right), ("Diff", .right), ("Stab", .right), ("Deck", .left), ("Prompt", .left),
        ], flexible: [3, 4])
        for card in model.hardest {
            table.add([
                "\(card.lapses)", ReportFormat.decimal(card.difficulty),
                ReportFormat.decimal(card.stability), ReportEscaping.truncated(safe(card.deck), to: 16),
                ReportEscaping.truncated(safe(card.prompt), to: promptWidth)
                    + (card.leech ? " [leech]" : "") + (card.suspended ? " [suspended]" : ""),
            ])
        }
        let leeches = model.cards.leeches
        return [bold("Hardest cards") + dim(" (\(leeches) \(leeches == 1 ? "leech" : "leeches"))")]
            + table.lines(style: dim, width: width)
    }

    // MARK: Charts

    static let blocks: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    static let shades: [Character] = ["·", "░", "▒", "▓", "█"]

    /// Rows of a vertical bar chart, top first, one column a value, `height` rows of eighths.
    /// A value above zero always shows at least one eighth.
    static func bars(_ values: [Int], height: Int) -> [String] {
        let top = max(values.max() ?? 0, 1)
        let eighths = values.map { value in
            value == 0 ? 0 : max(1, Int((Double(value) / Double(top) * Double(height * 8)).rounded()))
        }
        return (0..<height).map { row in
            let floor = (height - 1 - row) * 8
            var line = String(eighths.map { blocks[min(8, max(0, $0 - floor))] })
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// One shade a week (the last 52 weeks, ending today), darker for more reviews.
    static func heatRow(_ counts: [Int]) -> String {
        let days = counts.suffix(52 * 7)
        var weeks: [Int] = []
        var index = days.startIndex
        while index < days.endIndex {
            let end = min(index + 7, days.endIndex)
            weeks.append(days[index..<end].reduce(0, +))
            index = end
        }
        let top = max(weeks.max() ?? 0, 1)
        return String(weeks.map { week in
            week == 0 ? shades[0] : shades[max(1, Int((Double(week) / Double(top) * 4).rounded(.up)))]
        })
    }

    /// First and last dates (month-day) under a chart `width` columns wide.
    static func axis(first: String, last: String, width: Int) -> String {
        let left = String(first.dropFirst(5))
        let right = String(last.dropFirst(5))
        let gap = max(1, width - left.count - right.count)
        return left + String(repeating: " ", count: gap) + right
    }

    // MARK: Styling

    private func safe(_ text: String) -> String { ReportEscaping.visible(text) }
    private func bold(_ text: String) -> String { sgr("1", text) }
    private func dim(_ text: String) -> String { sgr("2", text) }
    private func green(_ text: String) -> String { sgr("32", text) }
    private func red(_ text: String, when condition: Bool) -> String { condition ? sgr("31", text) : text }
    private func sgr(_ code: String, _ text: String) -> String {
        colour ? "\u{1b}[\(code)m\(text)\u{1b}[0m" : text
    }
}
