import Foundation
import Testing
@testable import RecallStore

struct FileErrorReasonTests {
    @Test func aMissingFileIsSaidInPlainWordsWithoutAFullStop() {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-\(UUID().uuidString)")
        do {
            _ = try Data(contentsOf: missing)
            Issue.record("reading a missing file succeeded")
        } catch {
            #expect(FileErrorReason.describe(error) == "no such file or directory")
        }
    }

    @Test func aPOSIXErrorIsItsOwnMessage() {
        #expect(FileErrorReason.describe(NSError(domain: NSPOSIXErrorDomain, code: Int(EACCES))) == "permission denied")
    }

    @Test func anyOtherErrorLosesItsFullStopAndFoundationsPreamble() {
        let error = NSError(domain: "x", code: 1, userInfo: [NSLocalizedDescriptionKey: "The operation could not be completed. Something broke."])
        #expect(FileErrorReason.describe(error) == "something broke")
    }
}
