/// Reads the protocol-buffer wire format, just enough for the few fields recall needs from
/// Anki's blobs (`Notetype.Config.kind`, `MediaEntries`, `PackageMetadata.version`). Unknown
/// fields are skipped; malformed input throws instead of reading past the end.
struct ProtobufReader {
    enum Value: Equatable {
        case varint(UInt64)
        case fixed64(UInt64)
        case bytes(ArraySlice<UInt8>)
        case fixed32(UInt32)

        var integer: UInt64? {
            if case .varint(let value) = self { return value }
            return nil
        }

        var data: ArraySlice<UInt8>? {
            if case .bytes(let value) = self { return value }
            return nil
        }
    }

    struct Malformed: Error, Equatable {
        var reason: String
    }

    private let bytes: ArraySlice<UInt8>
    private var index: Int

    init(_ bytes: some Collection<UInt8>) {
        self.bytes = ArraySlice(bytes)
        index = self.bytes.startIndex
    }

    /// The next field number and value, or nil at the end.
    mutating func next() throws(Malformed) -> (field: Int, value: Value)? {
        guard index < bytes.endIndex else { return nil }
        let key = try varint()
        let field = Int(key >> 3)
        guard field > 0 else { throw Malformed(reason: "field number 0") }
        switch key & 7 {
        case 0: return (field, .varint(try varint()))
        case 1: return (field, .fixed64(try fixed(8)))
        case 2:
            let length = try varint()
            guard length <= UInt64(bytes.endIndex - index) else {
                throw Malformed(reason: "a length of \(length) bytes runs past the end")
            }
            let start = index
            index += Int(length)
            return (field, .bytes(bytes[start..<index]))
        case 5: return (field, .fixed32(UInt32(try fixed(4))))
        default: throw Malformed(reason: "unsupported wire type \(key & 7)")
        }
    }

    /// All fields in order.
    static func fields(of bytes: some Collection<UInt8>) throws(Malformed) -> [(field: Int, value: Value)] {
        var reader = ProtobufReader(bytes)
        var result: [(field: Int, value: Value)] = []
        while let field = try reader.next() { result.append(field) }
        return result
    }

    /// The last value of varint field `number` (protobuf's rule for repeated scalars), or nil.
    static func integer(field number: Int, in bytes: some Collection<UInt8>) throws(Malformed) -> UInt64? {
        try fields(of: bytes).last { $0.field == number }?.value.integer
    }

    private mutating func varint() throws(Malformed) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while index < bytes.endIndex {
            let byte = bytes[index]
            index += 1
            guard shift < 64 else { throw Malformed(reason: "a varint longer than 10 bytes") }
            result |= UInt64(byte & 0x7F) << shift
            if byte & 0x80 == 0 { return result }
            shift += 7
        }
        throw Malformed(reason: "a varint runs past the end")
    }

    private mutating func fixed(_ count: Int) throws(Malformed) -> UInt64 {
        guard bytes.endIndex - index >= count else { throw Malformed(reason: "a fixed-size field runs past the end") }
        var result: UInt64 = 0
        for offset in 0..<count { result |= UInt64(bytes[index + offset]) << (8 * UInt64(offset)) }
        index += count
        return result
    }
}
