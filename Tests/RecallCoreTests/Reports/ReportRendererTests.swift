import Foundation
import RecallTestSupport
import Testing
@testable import RecallCore

private let snapshots = "Fixtures/reports-snapshots"
private let input = ReportSamples.collection()
private let report = ReportModel(input: input)

@Test func textReportMatchesItsSnapshot() {
    assertSnapshot(TextReportRenderer(colour: false).render(report), named: "report.txt", in: snapshots)
}

@Test func colouredTextReportMatchesItsSnapshot() {
    assertSnapshot(TextReportRenderer(colour: true).render(report), named: "report-colour.txt", in: snapshots)
}

@Test func markdownReportMatchesItsSnapshot() {
    assertSnapshot(MarkdownReportRenderer().render(report), named: "report.md", in: snapshots)
}

@Test func jsonReportMatchesItsSnapshot() throws {
    assertSnapshot(try JSONReportRenderer().render(report), named: "report.json", in: snapshots)
}

@Test func htmlReportMatchesItsSnapshot() {
    assertSnapshot(HTMLReportRenderer().render(report), named: "report.html", in: snapshots)
}

@Test func csvReviewLogMatchesItsSnapshot() {
    assertSnapshot(CSVReportRenderer().reviewLog(input), named: "reviews.csv", in: snapshots)
}

@Test func csvCardStatesMatchItsSnapshot() {
    assertSnapshot(CSVReportRenderer().cardStates(input), named: "cards.csv", in: snapshots)
}

@Test func emptyCollectionRendersWithoutCharts() {
    let empty = ReportModel(input: ReportInput(cards: [], reviews: [], now: ReportSamples.now, calendar: ReportSamples.utc))
    let html = HTMLReportRenderer().render(empty)
    #expect(html.contains("No card has lapsed yet."))
    #expect(html.contains("No reviews of cards in the review phase yet."))
    assertSnapshot(TextReportRenderer(colour: false).render(empty), named: "empty.txt", in: snapshots)
}

// MARK: Untrusted text

private let hostile = "<script>alert(1)</script> \u{1b}[31mred\u{1b}[0m"

private func hostileModel() -> ReportModel {
    let card = ReportSamples.card(1, deck: "<b>deck</b> \u{1b}]0;title\u{7}", prompt: hostile, lapses: 9)
    return ReportModel(input: ReportInput(cards: [card], reviews: [], now: ReportSamples.now, calendar: ReportSamples.utc))
}

@Test func htmlEscapesPromptsAndDeckNames() {
    let html = HTMLReportRenderer().render(hostileModel())
    #expect(!html.contains("<script"))
    #expect(!html.contains("<b>deck"))
    #expect(!html.contains("\u{1b}"))
    #expect(!html.contains("\u{7}"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; ␛[31mred␛[0m"))
    #expect(html.contains("&lt;b&gt;deck&lt;/b&gt; ␛]0;title␇"))
}

@Test func htmlNeedsNoNetworkAndRunsNoScripts() {
    let html = HTMLReportRenderer().render(report)
    for forbidden in ["<script", "<link", "<img", "<iframe", "<object", "<embed", "@import", "url(", " src=", " href="] {
        #expect(!html.contains(forbidden), "the report contains \(forbidden)")
    }
    #expect(html.contains("default-src 'none'"))
    #expect(html.contains("@media (prefers-color-scheme: dark)"))
    #expect(html.contains("@media print"))
}

@Test func terminalAndMarkdownReportsShowEscapeSequencesAsSymbols() {
    let model = hostileModel()
    let text = TextReportRenderer(colour: false).render(model)
    #expect(!text.contains("\u{1b}"))
    #expect(text.contains("<script>alert(1)</script> ␛[31mred␛[0m [leech]"))
    // With colour on, the only escape sequences are the renderer's own SGR codes.
    let coloured = TextReportRenderer(colour: true).render(model)
    #expect(!coloured.contains("\u{1b}[31mred"))
    #expect(!coloured.contains("\u{1b}]0;"))
    let markdown = MarkdownReportRenderer().render(model)
    #expect(!markdown.contains("\u{1b}"))
    #expect(markdown.contains("\\<script\\>alert(1)\\</script\\> ␛\\[31mred␛\\[0m"))
}

@Test(arguments: [
    ("plain", "plain"),
    ("a, b", "\"a, b\""),
    ("say \"hi\"", "\"say \"\"hi\"\"\""),
    ("two\nlines", "\"two\nlines\""),
    ("=1+2", "\"'=1+2\""),
    ("+44 20", "\"'+44 20\""),
    ("-2+3", "\"'-2+3\""),
    ("@SUM(A1)", "\"'@SUM(A1)\""),
    ("\tTAB", "\"'\tTAB\""),
    ("a=b", "a=b"),
])
func csvFieldsAreQuotedAndFormulasNeutralised(text: String, field: String) {
    #expect(ReportEscaping.csv(text) == field)
}

@Test func csvRowsEndWithCRLFAndKeepPromptsWhole() {
    let csv = CSVReportRenderer().cardStates(input)
    let rows = csv.components(separatedBy: "\r\n")
    #expect(rows.first?.hasPrefix("card_id,card_key,deck,category,phase") == true)
    #expect(rows.last == "")
    #expect(csv.contains(",\"'=HYPERLINK(\"\"http://example.invalid\"\")\"\r\n"))
    #expect(csv.contains("\"Baku's \"\"Tightrope\"\" <1> & co | =cmd\""))
}

@Test(arguments: [
    ("a | b", "a \\| b"),
    ("*bold* _it_ `code`", "\\*bold\\* \\_it\\_ \\`code\\`"),
    ("[link](x)", "\\[link\\](x)"),
    ("a\nb", "a b"),
])
func markdownCellsEscapeWhatMarkdownWouldRead(text: String, cell: String) {
    #expect(ReportEscaping.markdown(text) == cell)
}

@Test(arguments: [60, 72])
func theTerminalReportFitsANarrowTerminal(width: Int) {
    for colour in [false, true] {
        let text = TextReportRenderer(colour: colour, width: width).render(report)
        for line in text.split(separator: "\n") {
            #expect(TerminalText.width(String(line)) <= width, "\(line)")
        }
        // Tables keep every row and their numbers; only names and prompts are cut.
        let plain = TextReportRenderer(colour: false).render(report)
        #expect(text.split(separator: "\n").count >= plain.split(separator: "\n").count)
    }
    let narrow = TextReportRenderer(colour: false, width: width).render(report)
    #expect(narrow.contains("Mastery"))
    #expect(narrow.contains("Hardest cards"))
}
