import Foundation

/// A harness: libFuzzer's `LLVMFuzzerTestOneInput`, called with one input's bytes.
public typealias FuzzHarness = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

/// Runs a fuzz harness over saved inputs, so that a normal build of a harness is a regression
/// runner: `swift run FuzzDeck Fuzz/Corpus/deck` feeds every file in the folder (or each file
/// named) to the harness once and says how many it ran. A crash stops it like any crash.
public enum CorpusReplay {
    public static func run(
        _ harness: FuzzHarness, arguments: [String] = CommandLine.arguments
    ) -> Never {
        let name = arguments.first.map { URL(fileURLWithPath: $0).lastPathComponent } ?? "harness"
        let paths = arguments.dropFirst()
        guard !paths.isEmpty else {
            FileHandle.standardError.write(Data("usage: \(name) CORPUS-FOLDER-OR-FILE...\n".utf8))
            exit(2)
        }
        var count = 0
        for path in paths {
            guard let files = inputFiles(at: path) else {
                FileHandle.standardError.write(Data("\(path): error: no such file or folder\n".utf8))
                exit(1)
            }
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else {
                    FileHandle.standardError.write(Data("\(file): error: the file could not be read\n".utf8))
                    exit(1)
                }
                feed(data, to: harness)
                count += 1
            }
        }
        print("\(name): ran \(count) inputs")
        exit(0)
    }

    /// Calls the harness with the bytes of `data` (an empty input included).
    public static func feed(_ data: Data, to harness: FuzzHarness) {
        let bytes = [UInt8](data)
        _ = bytes.withUnsafeBufferPointer { buffer in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(buffer.count, 1)) { scratch in
                _ = scratch.initialize(fromContentsOf: buffer)
                return harness(UnsafePointer(scratch.baseAddress!), buffer.count)
            }
        }
    }

    /// The regular files at `path` (sorted), or the file itself; nil when nothing is there.
    static func inputFiles(at path: String) -> [String]? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return nil }
        guard isFolder.boolValue else { return [path] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.sorted().filter { !$0.hasPrefix(".") }.map { (path as NSString).appendingPathComponent($0) }
    }
}
