import Foundation

/// Why a file could not be read or written, as a few plain words ("no such file",
/// "permission denied") rather than Foundation's "The operation could not be completed. …",
/// and never ending in a full stop, so it can sit inside a sentence.
public enum FileErrorReason {
    public static func describe(_ error: any Error) -> String {
        let error = error as NSError
        if let posix = posixCode(of: error) {
            return String(cString: strerror(posix)).lowercased()
        }
        var text = error.localizedFailureReason ?? error.localizedDescription
        text = text.replacingOccurrences(of: "The operation could not be completed. ", with: "")
        while text.hasSuffix(".") { text.removeLast() }
        return text.isEmpty ? "unknown error" : text.prefix(1).lowercased() + text.dropFirst()
    }

    /// The POSIX error behind a Cocoa file error, when there is one.
    private static func posixCode(of error: NSError) -> Int32? {
        if error.domain == NSPOSIXErrorDomain { return Int32(error.code) }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError { return posixCode(of: underlying) }
        switch error.code {
        case NSFileNoSuchFileError, NSFileReadNoSuchFileError: return ENOENT
        case NSFileReadNoPermissionError, NSFileWriteNoPermissionError: return EACCES
        case NSFileWriteOutOfSpaceError: return ENOSPC
        case NSFileWriteVolumeReadOnlyError: return EROFS
        default: return nil
        }
    }
}
