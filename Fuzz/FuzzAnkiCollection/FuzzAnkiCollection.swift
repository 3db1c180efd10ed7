import Foundation
import FuzzSupport
import RecallStore
import ZIPFoundation

/// Any bytes as the SQLite collection of an otherwise well-formed Anki package: the bytes are
/// stored as `collection.anki2` in a fresh zip (so they pass the zip's checksums, which most
/// mutations of a whole package do not) and the package is read. Reading throws an
/// `AnkiPackageError` or returns a collection, and never crashes or hangs.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnkiCollection(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let collection = Data(UnsafeBufferPointer(start: data, count: size))
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("recall-fuzz-collection-\(getpid()).apkg")
    defer { try? FileManager.default.removeItem(at: url) }
    do {
        try? FileManager.default.removeItem(at: url)
        let archive = try Archive(url: url, accessMode: .create)
        try archive.addEntry(with: "collection.anki2", type: .file, uncompressedSize: Int64(size)) { position, count in
            collection.subdata(in: Int(position)..<Int(position) + count)
        }
    } catch {
        fatalError("\(url.path): the package could not be written: \(error.localizedDescription)")
    }
    do throws(AnkiPackageError) {
        _ = try AnkiPackageReader().read(contentsOf: url)
    } catch {
        _ = error.errorDescription
    }
    return 0
}

@main enum Main {
    static func main() { FuzzMain.run(fuzzAnkiCollection) }
}
