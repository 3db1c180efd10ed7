import Foundation

/// Every figure of the report as JSON, with sorted keys so the same model always gives the
/// same bytes. The schema is documented in docs/report-schema.md.
public struct JSONReportRenderer: Sendable {
    public init() {}

    public func render(_ model: ReportModel) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(model), as: UTF8.self) + "\n"
    }
}
