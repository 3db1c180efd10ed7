import Foundation
import Testing
@testable import RecallCore

/// The charts of the HTML report read without hovering and without anything cut off: every
/// bar has its value as text, and every label lies inside its chart's viewBox.
struct SVGChartTests {
    /// A drawn `<text>`: where it stands, how it is anchored, what it says.
    struct Label {
        var x, y: Double
        var anchor, cssClass, content: String
        var rotated: Bool
    }

    static func labels(in svg: String) -> [Label] {
        svg.matches(of: /<text x="([-0-9.]+)" y="([-0-9.]+)" text-anchor="(\w+)" class="([\w ]+)"( transform="[^"]*")?>([^<]*)<\/text>/)
            .map { match in
                Label(x: Double(match.1)!, y: Double(match.2)!, anchor: String(match.3), cssClass: String(match.4),
                      content: String(match.6), rotated: match.5 != nil)
            }
    }

    static func viewBoxes(in html: String) -> [(width: Double, height: Double, svg: String)] {
        html.matches(of: /<svg viewBox="0 0 ([0-9.]+) ([0-9.]+)"[^>]*>.*?<\/svg>/.dotMatchesNewlines()).map {
            (Double($0.1)!, Double($0.2)!, String($0.0))
        }
    }

    /// How wide a label is at least: 0.6 em a character, a little under the digits of common
    /// sans-serif fonts, so a label this test passes is not cut in a browser either.
    static func leastWidth(_ label: Label) -> Double {
        let size = label.cssClass.contains("val") ? 10.0 : label.cssClass.contains("name") || label.cssClass.contains("value") ? 12 : 11
        return Double(label.content.replacing(/&[a-z]+;|&#[0-9]+;/, with: "x").count) * size * 0.6
    }

    /// Every label of every chart in `html` lies inside its viewBox.
    static func expectEveryLabelInside(_ html: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let charts = viewBoxes(in: html)
        #expect(!charts.isEmpty, sourceLocation: sourceLocation)
        for chart in charts {
            for label in labels(in: chart.svg) {
                let width = leastWidth(label)
                if label.rotated {
                    #expect(label.y - width >= 0, "“\(label.content)” runs over the top", sourceLocation: sourceLocation)
                    continue
                }
                let (from, to) = switch label.anchor {
                case "start": (label.x, label.x + width)
                case "end": (label.x - width, label.x)
                default: (label.x - width / 2, label.x + width / 2)
                }
                #expect(from >= 0 && to <= chart.width,
                        "“\(label.content)” runs from \(from) to \(to), outside 0…\(chart.width)", sourceLocation: sourceLocation)
                #expect(label.y <= chart.height && label.y >= 8, "“\(label.content)” at y \(label.y)", sourceLocation: sourceLocation)
            }
        }
    }

    static func bar(_ label: String, _ value: Int) -> SVGChart.Bar {
        SVGChart.Bar(label: label, segments: [.init(value: value, cssClass: "bar")], tooltip: "\(label): \(value)")
    }

    @Test func everyDrawnBarShowsItsValueAsTextInsideItsGroup() {
        let svg = SVGChart.bars([Self.bar("a", 3), Self.bar("b", 0), Self.bar("c", 1_250), Self.bar("d", 12)],
                                label: "Counts", labelEvery: 1)
        let groups = svg.matches(of: /<g>(.*?)<\/g>/).map { String($0.1) }
        #expect(groups.count == 4)
        #expect(groups.map { Self.labels(in: $0).filter { $0.cssClass == "lbl val" }.map(\.content) }
                == [["3"], [], ["1.3k"], ["12"]])
    }

    @Test func aValueWiderThanItsBarStandsUprightAboveIt() {
        let bars = (1...30).map { Self.bar("d\($0)", $0 * 1_000) }
        let svg = SVGChart.bars(bars, label: "Counts", labelEvery: 7)
        let values = Self.labels(in: svg).filter { $0.cssClass == "lbl val" }
        #expect(values.count == 30)
        #expect(values.allSatisfy { $0.rotated })
        #expect(values.last?.content == "30k")
        Self.expectEveryLabelInside(svg)
    }

    @Test func longTicksAndEdgeLabelsStayInsideTheirCharts() {
        let bars = SVGChart.bars([Self.bar("Nov 28", 123_456), Self.bar("Nov 29", 5)],
                                 label: "Counts", labelEvery: 1, edgeLabels: true, endLabel: "Nov 30, 2026")
        let lines = SVGChart.lines(
            [SVGChart.Series(name: "young", cssClass: "young", points: [0.5, 0.9], tooltips: ["", ""])],
            labels: ["2026-11-21", "2026-11-28"], low: 0.4, label: "Rates")
        let rows = SVGChart.rows(
            [SVGChart.Row(label: String(repeating: "W", count: 26), segments: [.init(value: 1, cssClass: "new")],
                          tooltip: "", note: "100.0%")],
            label: "Decks")
        Self.expectEveryLabelInside(bars + lines + rows)
    }

    @Test func theSampleReportHasNoLabelOutsideItsCharts() {
        let html = HTMLReportRenderer().render(ReportModel(input: ReportSamples.collection()))
        Self.expectEveryLabelInside(html)
        #expect(!html.contains("hover a bar"))
    }
}
