import Foundation
import Testing

/// A small tmpfs mounted for a test, to be filled to its last byte: a data folder on a full
/// disk as it really happens, every write SQLite or recall makes failing with ENOSPC. Mounting
/// needs root (as CI runs); elsewhere the tests that need one are skipped (`canMount`).
final class SmallFilesystem {
    let folder: URL
    private var filler: URL { folder.appendingPathComponent("filler") }

    /// Mounts a tmpfs of `kilobytes` on a new temporary folder.
    init(kilobytes: Int) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("recall-tmpfs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let status = Self.run("mount", "-t", "tmpfs", "-o", "size=\(kilobytes)k,mode=0755", "recall-test", folder.path)
        guard status == 0 else {
            try? FileManager.default.removeItem(at: folder)
            throw MountFailed(status: status)
        }
    }

    struct MountFailed: Error, CustomStringConvertible {
        var status: Int32
        var description: String { "mount -t tmpfs exited with status \(status)" }
    }

    deinit {
        _ = Self.run("umount", "-l", folder.path)
        try? FileManager.default.removeItem(at: folder)
    }

    /// Whether this process may mount a tmpfs (it is root, or has CAP_SYS_ADMIN): tried once.
    static let canMount: Bool = (try? SmallFilesystem(kilobytes: 64)) != nil

    /// Takes every free byte but `leaving`: writes a file until the filesystem refuses more
    /// (ENOSPC), then gives that many bytes back.
    func fill(leaving: Int = 0) throws {
        let descriptor = open(filler.path, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(descriptor) }
        let chunk = [UInt8](repeating: 0x2E, count: 4096)
        var size = chunk.count
        while size > 0 {
            let written = chunk.withUnsafeBytes { write(descriptor, $0.baseAddress, size) }
            if written < 0 {
                guard errno == ENOSPC else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
                size /= 2
            }
        }
        #expect(try Self.freeBytes(folder) == 0, "the filesystem should be full")
        if leaving > 0 {
            let size = lseek(descriptor, 0, SEEK_END)
            guard ftruncate(descriptor, max(0, size - off_t(leaving))) == 0 else {
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
        }
    }

    /// Gives the space back.
    func free() throws {
        try FileManager.default.removeItem(at: filler)
    }

    static func freeBytes(_ folder: URL) throws -> Int {
        let attributes = try FileManager.default.attributesOfFileSystem(forPath: folder.path)
        return (attributes[.systemFreeSize] as? NSNumber)?.intValue ?? -1
    }

    private static func run(_ arguments: String...) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
