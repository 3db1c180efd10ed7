import CZstd
import Foundation

/// Zstandard decompression through libzstd, bounded so a small frame cannot expand without
/// limit. Current Anki packages compress the collection, the media list and each media file.
enum Zstd {
    /// The four bytes every zstd frame starts with.
    static let magic: [UInt8] = [0x28, 0xB5, 0x2F, 0xFD]

    enum Failure: Error, Equatable {
        /// libzstd rejected the data; its reason.
        case corrupt(String)
        /// The data ends inside a frame.
        case truncated
        /// The output would pass the limit.
        case tooLarge
    }

    static func isCompressed(_ data: Data) -> Bool {
        data.starts(with: magic)
    }

    /// Decompresses every frame in `data`; throws `.tooLarge` as soon as the output would pass
    /// `limit` bytes.
    static func decompress(_ data: Data, limit: Int) throws(Failure) -> Data {
        guard let stream = ZSTD_createDStream() else { throw .corrupt("libzstd could not allocate a stream") }
        defer { ZSTD_freeDStream(stream) }
        let chunkSize = ZSTD_DStreamOutSize()
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        var output = Data()
        let outcome: Failure? = data.withUnsafeBytes { source -> Failure? in
            var input = ZSTD_inBuffer(src: source.baseAddress, size: source.count, pos: 0)
            var frameOpen = false
            while true {
                var produced = 0
                var result = 0
                chunk.withUnsafeMutableBytes { target in
                    var out = ZSTD_outBuffer(dst: target.baseAddress, size: chunkSize, pos: 0)
                    result = ZSTD_decompressStream(stream, &out, &input)
                    produced = out.pos
                }
                if ZSTD_isError(result) != 0 { return .corrupt(String(cString: ZSTD_getErrorName(result))) }
                if output.count + produced > limit { return .tooLarge }
                output.append(contentsOf: chunk[0..<produced])
                frameOpen = result != 0
                let inputDone = input.pos == input.size
                if inputDone && !frameOpen { return nil }
                // No input left and the output buffer was not filled: the frame cannot finish.
                if inputDone && produced < chunkSize { return .truncated }
            }
        }
        if let outcome { throw outcome }
        return output
    }
}
