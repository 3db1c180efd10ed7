/// Inline SVG charts for the HTML report. Colours come from CSS classes (see
/// `HTMLReportRenderer.style`), so one chart reads in light mode, dark mode and print.
/// Every mark carries a `<title>`, which browsers show on hover and screen readers read, and
/// every bar shows its value as text too, so a printed report or one not hovered reads whole.
/// Margins grow with the labels they hold, so no label is cut off at the edge of a chart.
enum SVGChart {
    struct Segment {
        var value: Int
        var cssClass: String
    }

    struct Bar {
        /// Shown under the bar's middle, or under its left edge with `edgeLabels`.
        var label: String
        var segments: [Segment]
        var tooltip: String
        var total: Int { segments.reduce(0) { $0 + $1.value } }
    }

    struct Series {
        var name: String
        var cssClass: String
        var points: [Double?]
        var tooltips: [String]
    }

    struct Row {
        var label: String
        var segments: [Segment]
        var tooltip: String
        var note: String
    }

    /// Numbers in SVG coordinates: at most one decimal, no trailing `.0`.
    static func n(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(abs(tenths % 10))"
    }

    static func text(
        _ x: Double, _ y: Double, _ content: String, anchor: String = "middle", cssClass: String = "lbl",
        rotated: Bool = false
    ) -> String {
        let turn = rotated ? " transform=\"rotate(-90 \(n(x)) \(n(y)))\"" : ""
        return "<text x=\"\(n(x))\" y=\"\(n(y))\" text-anchor=\"\(anchor)\" class=\"\(cssClass)\"\(turn)>\(content)</text>"
    }

    /// Font sizes of the label classes (see `HTMLReportRenderer.style`).
    static let labelSize = 11.0, nameSize = 12.0, valueSize = 10.0

    /// How wide `text` may be drawn at `size` pixels: a bound on the widest characters of
    /// the usual sans-serif fonts (digits are about 0.64 em in DejaVu Sans), erring wide.
    /// Entities such as `&amp;` count as one character.
    static func textWidth(_ text: String, size: Double) -> Double {
        let characters = text.replacing(/&[a-z]+;|&#[0-9]+;/, with: "x").count
        return Double(characters) * size * 0.68
    }

    /// A bar's value in at most four characters: `950`, `1.2k`, `12k`.
    static func shortCount(_ value: Int) -> String {
        switch value {
        case ..<1_000: String(value)
        case ..<10_000: n(Double(value) / 1_000) + "k"
        case ..<1_000_000: "\(Int((Double(value) / 1_000).rounded()))k"
        default: n(Double(value) / 1_000_000) + "M"
        }
    }

    /// A rectangle; with a `title`, one that names itself on hover.
    static func rect(
        _ cssClass: String, _ x: Double, _ y: Double, _ width: Double, _ height: Double,
        radius: Double? = nil, title: String? = nil
    ) -> String {
        let corner = radius.map { " rx=\"\(n($0))\"" } ?? ""
        let shape = "<rect class=\"\(cssClass)\" x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(width))\" "
            + "height=\"\(n(height))\"\(corner)"
        guard let title else { return shape + "/>" }
        return shape + "><title>\(title)</title></rect>"
    }

    /// A horizontal grid line at `y` from `x1` to `x2`.
    static func gridLine(_ y: Double, from x1: Double, to x2: Double) -> String {
        "<line class=\"grid\" x1=\"\(n(x1))\" y1=\"\(n(y))\" x2=\"\(n(x2))\" y2=\"\(n(y))\"/>"
    }

    /// The smallest of 2, 4, 6, 8, 10 × 10ⁿ that is at least `value`: a tidy top for the y
    /// axis whose half is a whole number too.
    static func niceCeiling(_ value: Int) -> Int {
        var power = 1
        while power * 10 < value { power *= 10 }
        for step in [2, 4, 6, 8, 10] where step * power >= value { return step * power }
        return 10 * power
    }

    /// Vertical bars, stacked by segment; an x label every `labelEvery` bars.
    /// With `edgeLabels`, each label stands under the left edge of its bar (histogram bounds).
    static func bars(
        _ bars: [Bar], label: String, labelEvery: Int, edgeLabels: Bool = false, endLabel: String? = nil,
        width: Double = 560, height: Double = 190
    ) -> String {
        let maxValue = niceCeiling(bars.map(\.total).max() ?? 0)
        let ticks = [0.0, 0.5, 1.0].map { ReportFormat.count(Int((Double(maxValue) * $0).rounded())) }
        // Room on the left for the widest tick, on the right for half the last x label.
        let lastLabel = endLabel ?? bars.indices.last { $0 % labelEvery == 0 }.map { bars[$0].label } ?? ""
        let left = max(40, (ticks.map { textWidth($0, size: labelSize) }.max() ?? 0) + 10)
        let right = max(8, textWidth(lastLabel, size: labelSize) / 2 + 2)
        let plotWidth = width - left - right
        let step = plotWidth / Double(max(bars.count, 1))
        let gap = min(4, step * 0.2)
        // Values stand above their bars, turned upright when they are wider than a bar.
        let values = bars.map { $0.total > 0 ? shortCount($0.total) : "" }
        let widestValue = values.map { textWidth($0, size: valueSize) }.max() ?? 0
        let upright = widestValue > step - 1
        let top = 4 + (upright ? widestValue : valueSize) + 3, bottom = 24.0
        let plotHeight = height - top - bottom
        var svg = open(width: width, height: height, label: label)
        for (fraction, tick) in zip([0.0, 0.5, 1.0], ticks) {
            let y = top + plotHeight * (1 - fraction)
            svg += gridLine(y, from: left, to: width - right)
            svg += text(left - 6, y + 4, tick, anchor: "end")
        }
        for (index, bar) in bars.enumerated() {
            let x = left + Double(index) * step + gap / 2
            var base = top + plotHeight
            svg += "<g><title>\(bar.tooltip)</title>"
            for segment in bar.segments where segment.value > 0 {
                let h = max(1, plotHeight * Double(segment.value) / Double(maxValue))
                base -= h
                svg += rect(segment.cssClass, x, base, step - gap, h)
            }
            if bar.total > 0 {
                let middle = x + (step - gap) / 2
                svg += upright
                    ? text(middle + valueSize / 3, base - 3, values[index], anchor: "start", cssClass: "lbl val", rotated: true)
                    : text(middle, base - 3, values[index], cssClass: "lbl val")
            }
            svg += "</g>"
            if index % labelEvery == 0 {
                svg += text(edgeLabels ? x - gap / 2 : x + (step - gap) / 2, height - 8, bar.label)
            }
        }
        if let endLabel {
            svg += text(width - right, height - 8, endLabel)
        }
        return svg + "</svg>"
    }

    /// Lines of rates from `low` (a multiple of 10 %) to 100 %, broken where a point is missing.
    static func lines(
        _ series: [Series], labels: [String], low: Double, label: String,
        width: Double = 1100, height: Double = 210
    ) -> String {
        // The first and last x labels stand centred on the edges of the plot: room for half of each.
        let top = 12.0, bottom = 24.0
        let left = max(44, textWidth(labels.first ?? "", size: labelSize) / 2 + 2)
        let right = max(12, textWidth(labels.last ?? "", size: labelSize) / 2 + 2)
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let count = max(labels.count, 1)
        let step = count > 1 ? plotWidth / Double(count - 1) : 0
        func x(_ index: Int) -> Double { count > 1 ? left + Double(index) * step : left + plotWidth / 2 }
        func y(_ rate: Double) -> Double { top + plotHeight * (1 - (min(max(rate, low), 1) - low) / (1 - low)) }
        var svg = open(width: width, height: height, label: label)
        let ticks = max(1, Int(((1 - low) * 10).rounded()))
        for tick in 0...ticks {
            let rate = low + (1 - low) * Double(tick) / Double(ticks)
            svg += gridLine(y(rate), from: left, to: width - right)
            svg += text(left - 6, y(rate) + 4, "\(Int((rate * 100).rounded()))%", anchor: "end")
        }
        for (index, name) in labels.enumerated() {
            svg += text(x(index), height - 8, name)
        }
        for line in series {
            var run: [String] = []
            func flush() {
                if run.count > 1 {
                    svg += "<polyline class=\"\(line.cssClass) line\" points=\"\(run.joined(separator: " "))\"/>"
                }
                run = []
            }
            for (index, point) in line.points.enumerated() {
                guard let point else { flush(); continue }
                run.append("\(n(x(index))),\(n(y(point)))")
            }
            flush()
            for (index, point) in line.points.enumerated() {
                guard let point else { continue }
                svg += "<circle class=\"\(line.cssClass) dot\" cx=\"\(n(x(index)))\" cy=\"\(n(y(point)))\" r=\"3.5\">"
                    + "<title>\(line.tooltips[index])</title></circle>"
            }
        }
        return svg + "</svg>"
    }

    /// One 100 % stacked horizontal bar a row, its label on the left and a note on the right.
    static func rows(_ rows: [Row], label: String, width: Double = 1100) -> String {
        // The label column fits the longest label, up to a third of the chart.
        let widest = rows.map { textWidth($0.label, size: nameSize) }.max() ?? 0
        let labelWidth = min(max(190, widest + 12), width / 3)
        let noteWidth = max(70, (rows.map { textWidth($0.note, size: nameSize) }.max() ?? 0) + 12)
        let rowHeight = 26.0, barHeight = 16.0
        let height = rowHeight * Double(rows.count) + 4
        let plotWidth = width - labelWidth - noteWidth
        var svg = open(width: width, height: height, label: label)
        for (index, row) in rows.enumerated() {
            let y = 2 + Double(index) * rowHeight
            svg += text(labelWidth - 8, y + barHeight - 3, row.label, anchor: "end", cssClass: "lbl name")
            let total = max(row.segments.reduce(0) { $0 + $1.value }, 1)
            var x = labelWidth
            svg += "<g><title>\(row.tooltip)</title>"
            svg += rect("track", labelWidth, y, plotWidth, barHeight)
            for segment in row.segments where segment.value > 0 {
                let w = plotWidth * Double(segment.value) / Double(total)
                svg += rect(segment.cssClass, x, y, w, barHeight)
                x += w
            }
            svg += "</g>"
            svg += text(width - noteWidth + 8, y + barHeight - 3, row.note, anchor: "start", cssClass: "lbl value")
        }
        return svg + "</svg>"
    }

    /// A calendar of study days: one column a week (Monday on top), one square a day, its
    /// shade from `counts[i]` relative to the busiest day.
    static func heatmap(_ heatmap: ReportModel.Heatmap, label: String) -> String {
        let cell = 11.0, pitch = 14.0, left = 30.0, top = 18.0
        let startDay = ReportDates.day(ofISODate: heatmap.start) ?? 0
        let offset = heatmap.startWeekday - 1
        let columns = (heatmap.counts.count + offset + 6) / 7
        let width = left + Double(columns) * pitch + 4
        let height = top + 7 * pitch + 2
        var svg = open(width: width, height: height, label: label)
        for (row, name) in [(0, "Mon"), (2, "Wed"), (4, "Fri")] {
            svg += text(left - 6, top + Double(row) * pitch + cell - 1, name, anchor: "end")
        }
        var lastMonth = -1
        for (index, count) in heatmap.counts.enumerated() {
            let position = index + offset
            let column = position / 7, row = position % 7
            let day = startDay + index
            let (_, month, dayOfMonth) = StudyCalendar.civilFromDays(day)
            if month != lastMonth, dayOfMonth <= 7, row == 0 || index == 0 {
                if column < columns - 1 {
                    let name = ReportDates.monthNames[month - 1]
                    svg += text(left + Double(column) * pitch, top - 6, name, anchor: "start")
                }
                lastMonth = month
            }
            let level = count == 0 || heatmap.max == 0
                ? 0 : min(4, max(1, Int((4 * Double(count) / Double(heatmap.max)).rounded(.up))))
            svg += rect(
                "h\(level)", left + Double(column) * pitch, top + Double(row) * pitch, cell, cell, radius: 2,
                title: "\(ReportDates.isoDate(ofDay: day)): \(ReportFormat.plural(count, "review"))")
        }
        return svg + "</svg>"
    }

    private static func open(width: Double, height: Double, label: String) -> String {
        "<svg viewBox=\"0 0 \(n(width)) \(n(height))\" width=\"\(n(width))\" height=\"\(n(height))\" "
            + "role=\"img\" aria-label=\"\(label)\">"
    }
}
