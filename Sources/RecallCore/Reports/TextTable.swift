/// A plain-text table with padded columns, for the terminal report. Widths are terminal
/// columns (`TerminalText.width`), so wide characters line up.
public struct TextTable {
    public enum Alignment: Sendable { case left, right }

    var headers: [String]
    var alignments: [Alignment]
    /// Columns of text (names, prompts) that are cut short with an ellipsis when the table
    /// must fit a width; the other columns hold numbers and are never cut.
    var flexible: Set<Int>
    var rows: [[String]] = []

    public init(_ columns: [(String, Alignment)], flexible: Set<Int> = []) {
        headers = columns.map(\.0)
        alignments = columns.map(\.1)
        self.flexible = flexible
    }

    public mutating func add(_ row: [String]) {
        rows.append(row)
    }

    /// Lines without trailing spaces, indented by `indent`; `style` wraps the header row. With
    /// a `width`, the gaps narrow to one space and then the flexible columns are cut (widest
    /// first, to no fewer than 6 columns) until each line fits.
    public func lines(indent: String = "  ", style: (String) -> String = { $0 }, width: Int? = nil) -> [String] {
        var widths = headers.map(TerminalText.width)
        for row in rows {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], TerminalText.width(cell)) }
        }
        var gap = "  "
        func total() -> Int { indent.count + widths.reduce(0, +) + gap.count * (widths.count - 1) }
        if let width, total() > width {
            gap = " "
            while total() > width,
                  let widest = flexible.filter({ widths[$0] > 6 }).max(by: { widths[$0] < widths[$1] })
            {
                widths[widest] -= 1
            }
        }
        func line(_ cells: [String]) -> String {
            let padded = cells.enumerated().map { column, cell in
                let cell = ReportEscaping.truncated(cell, to: widths[column])
                let space = String(repeating: " ", count: max(0, widths[column] - TerminalText.width(cell)))
                return alignments[column] == .left ? cell + space : space + cell
            }
            var text = indent + padded.joined(separator: gap)
            while text.last == " " { text.removeLast() }
            return text
        }
        return [style(line(headers))] + rows.map(line)
    }
}
