import FuzzSupport
import RecallCore

/// Any bytes as a CSV/TSV or "Notes in Plain Text" file: either a located error or cards.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNotes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do throws(DelimitedTextError) {
        let parsed = try DelimitedText.parse(text, file: "fuzz.txt")
        _ = PlainTextNotes.collection(from: parsed, file: "fuzz.txt", defaultDeck: "fuzz")
    } catch {
        _ = error.description
    }
    return 0
}

@main enum Main {
    static func main() { FuzzMain.run(fuzzNotes) }
}
