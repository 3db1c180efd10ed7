import Foundation
import Testing

@Suite(.serialized)
struct ReportEndToEndTests {
    @Test func statsAndReportsShowTheSessionJustStudied() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        try recall.writeDeck("capitals.yaml", capitalsDeck)
        _ = try recall.run(["study"], input: "paris\n\nlyon\n\n:quit\n")

        let stats = try recall.run(["stats"])
        #expect(stats.status == 0, "\(stats.error)")
        #expect(stats.output.contains("Today     2 reviews · 2 new · 1 again"))

        let json = try recall.run(["report", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        #expect(object != nil, "report JSON parses")

        let html = recall.root.appendingPathComponent("report.html")
        let written = try recall.run(["report", "--format", "html", "-o", html.path])
        #expect(written.status == 0)
        let page = try String(contentsOf: html, encoding: .utf8)
        #expect(page.contains("<svg") && !page.contains("<script"))

        let csv = try recall.run(["report", "--format", "csv"])
        #expect(csv.output.split(separator: "\r\n").count == 3, "a header and one row per review")
    }

    @Test func aReportForAnUnknownDeckSaysSo() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        let result = try recall.run(["report", "--deck", "Nope"])
        #expect(result.status == 1)
        #expect(result.error == "recall: error: no deck named “Nope”: the collection has no decks yet\n")
    }
}

@Suite(.serialized)
struct OutputFileEndToEndTests {
    @Test func anOutputFileThatCannotBeWrittenGetsASentence() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        try recall.writeDeck("capitals.yaml", capitalsDeck)
        _ = try recall.run(["study"], input: ":quit\n")
        let target = recall.root.appendingPathComponent("missing-folder/report.md").path
        for command in [["report", "--format", "md", "-o", target],
                        ["export", "--format", "json", "-o", target]] {
            let result = try recall.run(command)
            #expect(result.status == 1, "\(command[0])")
            #expect(result.error.hasPrefix("recall: error: cannot write \(target): "), "\(command[0]): \(result.error)")
        }
    }
}
