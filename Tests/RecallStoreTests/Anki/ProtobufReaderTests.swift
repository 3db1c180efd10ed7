import Foundation
import Testing
@testable import RecallStore

struct ProtobufReaderTests {
    @Test func readsVarintsLengthsAndFixedFields() throws {
        // field 1 varint 300, field 2 bytes "hi", field 3 fixed32 7, field 4 fixed64 9, field 255 varint 1
        let bytes: [UInt8] = [0x08, 0xAC, 0x02, 0x12, 0x02, 0x68, 0x69, 0x1D, 7, 0, 0, 0, 0x21, 9, 0, 0, 0, 0, 0, 0, 0, 0xF8, 0x0F, 0x01]
        let fields = try ProtobufReader.fields(of: bytes)
        #expect(fields.map(\.field) == [1, 2, 3, 4, 255])
        #expect(fields[0].value == .varint(300))
        #expect(fields[1].value.data.map(Array.init) == [0x68, 0x69])
        #expect(fields[2].value == .fixed32(7))
        #expect(fields[3].value == .fixed64(9))
        #expect(try ProtobufReader.integer(field: 255, in: bytes) == 1)
        #expect(try ProtobufReader.integer(field: 9, in: bytes) == nil)
    }

    @Test(arguments: [
        ("a varint cut short", [0x08, 0x80] as [UInt8], "a varint runs past the end"),
        ("a length past the end", [0x12, 0x05, 0x01], "a length of 5 bytes runs past the end"),
        ("a fixed field cut short", [0x1D, 0x01], "a fixed-size field runs past the end"),
        ("a group wire type", [0x0B], "unsupported wire type 3"),
        ("field number zero", [0x00, 0x01], "field number 0"),
        ("an endless varint", [0x08] + [UInt8](repeating: 0xFF, count: 11) + [0x01], "a varint longer than 10 bytes"),
    ])
    func malformedInputIsAnErrorNotACrash(_ name: String, _ bytes: [UInt8], _ reason: String) {
        #expect(throws: ProtobufReader.Malformed(reason: reason), "\(name)") { try ProtobufReader.fields(of: bytes) }
    }

    @Test func theCurrentPackagesMediaListNamesItsImage() throws {
        let entries = try AnkiMediaManifest.entries(
            in: Data([0x0A, 0x0C, 0x0A, 0x05] + Array("a.png".utf8) + [0x10, 0x49, 0xF8, 0x0F, 0x07]), file: "x")
        #expect(entries == [AnkiMediaManifest.Entry(member: "7", name: "a.png", size: 73)])
        let json = try AnkiMediaManifest.entries(in: Data(#"{"10": "b.png", "2": "a.png"}"#.utf8), file: "x")
        #expect(json.map(\.member) == ["2", "10"])
    }
}
