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

        let json = try recall.run(["report", "--format", "json", "-o", "-"])
        let object = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        #expect(object != nil, "report JSON parses")

        let html = recall.root.appendingPathComponent("report.html")
        let written = try recall.run(["report", "--format", "html", "-o", html.path])
        #expect(written.status == 0)
        let page = try String(contentsOf: html, encoding: .utf8)
        #expect(page.contains("<svg") && !page.contains("<script"))

        let csv = try recall.run(["report", "--format", "csv", "-o", "-"])
        #expect(csv.output.split(separator: "\r\n").count == 3, "a header and one row per review")
    }

    @Test func aReportGoesToAFileNamedByTheStudyDayUnlessDashAsksForStandardOutput() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        let html = try recall.run(["report"], in: recall.root)
        #expect(html.status == 0, "\(html.error)")
        #expect(html.output.isEmpty, "nothing on standard output")
        #expect(html.error == "Wrote recall-report-2025-04-20.html.\n")
        let page = try String(contentsOf: recall.root.appendingPathComponent("recall-report-2025-04-20.html"), encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        let markdown = try recall.run(["report", "--format", "md"], in: recall.root)
        #expect(markdown.error == "Wrote recall-report-2025-04-20.md.\n")
        let standardOutput = try recall.run(["report", "--format", "md", "-o", "-"], in: recall.root)
        #expect(standardOutput.output.hasPrefix("# recall progress report\n"))
        #expect(standardOutput.error.isEmpty)
    }

    @Test func writingThroughALinkKeepsTheLink() throws {
        let recall = try RecallRunner()
        defer { recall.cleanUp() }
        let target = recall.root.appendingPathComponent("target.md")
        try Data().write(to: target)
        let link = recall.root.appendingPathComponent("link.md")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        let result = try recall.run(["report", "--format", "md", "-o", link.path])
        #expect(result.status == 0, "\(result.error)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path, "not replaced by a file")
        #expect(try String(contentsOf: target, encoding: .utf8).hasPrefix("# recall progress report\n"))
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
