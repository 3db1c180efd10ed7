import Foundation
import FuzzSupport
import RecallStore

/// Any bytes as an Anki package: the zip, the zstd and the SQLite collection inside it are
/// untrusted, so reading throws an `AnkiPackageError` or returns a collection, and never
/// crashes, hangs or leaves its unpacked files behind. The bytes go to a temporary file,
/// removed after each input. The limits are lower than the standard ones so that a zip bomb
/// meets them before the fuzzer's memory limit.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnkiPackage(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("recall-fuzz-\(getpid()).apkg")
    defer { try? FileManager.default.removeItem(at: url) }
    do {
        try Data(UnsafeBufferPointer(start: data, count: size)).write(to: url)
    } catch {
        fatalError("\(url.path): the input could not be written: \(error.localizedDescription)")
    }
    let reader = AnkiPackageReader(limits: .init(
        maxUnpackedBytes: 64 << 20, maxCompressionRatio: 200, ratioCheckFromBytes: 1 << 20))
    do throws(AnkiPackageError) {
        _ = try reader.read(contentsOf: url)
    } catch {
        _ = error.errorDescription
    }
    return 0
}

@main enum Main {
    static func main() { FuzzMain.run(fuzzAnkiPackage) }
}
