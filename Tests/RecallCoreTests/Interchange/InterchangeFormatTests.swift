import Testing
@testable import RecallCore

@Test(arguments: [
    ("a zip is a package", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], InterchangeFormat.ankiPackage),
    ("an empty zip is a package", [0x50, 0x4B, 0x05, 0x06], .ankiPackage),
    ("a bare collection is SQLite", Array("SQLite format 3\0rest".utf8), .sqlite),
    ("UTF-8 text", Array("#separator:tab\nStraße\tstreet".utf8), .delimitedText),
    ("text cut inside a character", Array(Array("ab日".utf8).dropLast()), .delimitedText),
    ("binary with NUL bytes", [0x00, 0x01, 0x02], .unknown),
    ("Latin-1, not UTF-8", [0x63, 0x61, 0x66, 0xE9, 0x20, 0x61], .unknown),
] as [(String, [UInt8], InterchangeFormat)])
func formatComesFromTheContent(_ name: String, _ bytes: [UInt8], _ format: InterchangeFormat) {
    #expect(InterchangeFormat.detect(prefix: bytes) == format, "\(name)")
}
