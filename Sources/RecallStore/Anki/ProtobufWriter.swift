/// Writes the protocol-buffer wire format, just enough for the settings blobs of the objects
/// recall adds to a schema-18 collection (its note type, its fields and template, its decks).
/// Fields at their default value (0, empty) are left out, as protobuf writers do.
struct ProtobufWriter {
    private(set) var bytes: [UInt8] = []

    mutating func varint(_ field: Int, _ value: UInt64) {
        guard value != 0 else { return }
        key(field, wireType: 0)
        append(value)
    }

    mutating func string(_ field: Int, _ value: String) {
        bytes(field, Array(value.utf8))
    }

    /// A nested message; written even when empty, so its presence is seen.
    mutating func message(_ field: Int, _ build: (inout ProtobufWriter) -> Void) {
        var nested = ProtobufWriter()
        build(&nested)
        key(field, wireType: 2)
        append(UInt64(nested.bytes.count))
        bytes += nested.bytes
    }

    /// A field as `ProtobufReader` read it, written back as it was (zero and empty values too).
    mutating func copy(_ field: Int, _ value: ProtobufReader.Value) {
        switch value {
        case .varint(let number):
            key(field, wireType: 0)
            append(number)
        case .fixed64(let number):
            key(field, wireType: 1)
            for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: number >> UInt64(shift))) }
        case .bytes(let data):
            key(field, wireType: 2)
            append(UInt64(data.count))
            bytes += data
        case .fixed32(let number):
            key(field, wireType: 5)
            for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: number >> UInt32(shift))) }
        }
    }

    /// Repeated whole numbers, packed.
    mutating func packed(_ field: Int, _ values: [UInt64]) {
        guard !values.isEmpty else { return }
        var nested = ProtobufWriter()
        for value in values { nested.append(value) }
        key(field, wireType: 2)
        append(UInt64(nested.bytes.count))
        bytes += nested.bytes
    }

    private mutating func bytes(_ field: Int, _ value: [UInt8]) {
        guard !value.isEmpty else { return }
        key(field, wireType: 2)
        append(UInt64(value.count))
        bytes += value
    }

    private mutating func key(_ field: Int, wireType: UInt64) {
        append(UInt64(field) << 3 | wireType)
    }

    private mutating func append(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(value & 0x7F) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }
}
