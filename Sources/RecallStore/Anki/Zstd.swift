import CZstd
import Foundation

/// Zstandard through libzstd, decompression bounded so a small frame cannot expand without
/// limit. Current Anki packages compress the collection, the media list and each media file;
/// Anki's sync protocol compresses every request and answer.
public enum Zstd {
    /// The four bytes every zstd frame starts with.
    static let magic: [UInt8] = [0x28, 0xB5, 0x2F, 0xFD]

    public enum Failure: Error, Equatable, Sendable {
        /// libzstd rejected the data; its reason.
        case corrupt(String)
        /// The data ends inside a frame.
        case truncated
        /// The output would pass the limit.
        case tooLarge
    }

    public static func isCompressed(_ data: Data) -> Bool {
        data.starts(with: magic)
    }

    /// Decompresses every frame in `data`; throws `.tooLarge` as soon as the output would pass
    /// `limit` bytes.
    public static func decompress(_ data: Data, limit: Int) throws(Failure) -> Data {
        let decoder = try Decoder(limit: limit)
        var output = Data()
        try decoder.feed(data) { output.append(contentsOf: $0) }
        try decoder.finish()
        return output
    }

    /// `data` as one zstd frame, at libzstd's default level (3), as Anki sends its bodies.
    public static func compress(_ data: Data, level: Int32 = 3) -> Data {
        let bound = ZSTD_compressBound(data.count)
        var output = Data(count: bound)
        let written = output.withUnsafeMutableBytes { target in
            data.withUnsafeBytes { source in
                ZSTD_compress(target.baseAddress, bound, source.baseAddress, source.count, level)
            }
        }
        // Only a destination smaller than ZSTD_compressBound makes ZSTD_compress fail.
        precondition(ZSTD_isError(written) == 0, "libzstd: \(String(cString: ZSTD_getErrorName(written)))")
        output.count = written
        return output
    }

    /// A stream of zstd frames decompressed as their bytes arrive, a buffer at a time, so
    /// neither the compressed nor the decompressed whole is ever held; `.tooLarge` as soon as
    /// the output would pass `limit` bytes, before that output is handed on.
    final class Decoder {
        private let stream: OpaquePointer
        private let limit: Int
        private var chunk: [UInt8]
        private var frameOpen = false
        private(set) var produced = 0

        init(limit: Int) throws(Failure) {
            guard let stream = ZSTD_createDStream() else { throw .corrupt("libzstd could not allocate a stream") }
            self.stream = stream
            self.limit = limit
            chunk = [UInt8](repeating: 0, count: ZSTD_DStreamOutSize())
        }

        deinit { ZSTD_freeDStream(stream) }

        /// Decompresses `data`, the next bytes of the stream, handing each decompressed buffer
        /// to `output` (valid only during the call).
        func feed(_ data: Data, output: (UnsafeRawBufferPointer) throws(Failure) -> Void) throws(Failure) {
            let chunkSize = chunk.count
            let outcome: Failure? = data.withUnsafeBytes { source -> Failure? in
                var input = ZSTD_inBuffer(src: source.baseAddress, size: source.count, pos: 0)
                while input.pos < input.size || frameOpen {
                    var made = 0
                    var result = 0
                    let failure: Failure? = chunk.withUnsafeMutableBytes { target -> Failure? in
                        var out = ZSTD_outBuffer(dst: target.baseAddress, size: chunkSize, pos: 0)
                        result = ZSTD_decompressStream(stream, &out, &input)
                        made = out.pos
                        if ZSTD_isError(result) != 0 { return .corrupt(String(cString: ZSTD_getErrorName(result))) }
                        if produced + made > limit { return .tooLarge }
                        do throws(Failure) {
                            try output(UnsafeRawBufferPointer(rebasing: target[0..<made]))
                        } catch { return error }
                        return nil
                    }
                    if let failure { return failure }
                    produced += made
                    frameOpen = result != 0
                    // All input used and the output buffer not filled: more input is needed.
                    if input.pos == input.size && made < chunkSize { break }
                }
                return nil
            }
            if let outcome { throw outcome }
        }

        /// Throws `.truncated` when the last frame has not ended.
        func finish() throws(Failure) {
            if frameOpen { throw .truncated }
        }
    }
}
