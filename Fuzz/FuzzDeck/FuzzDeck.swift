import FuzzSupport
import RecallCore

/// Any bytes as a deck file: the parser reports problems as diagnostics and never crashes or hangs.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDeck(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let result = DeckParser.parse(text, file: "fuzz.yaml")
    // Whatever parsed must also survive being written out and read again.
    if let deck = result.deck {
        _ = DeckParser.parse(DeckWriter.render(deck), file: "fuzz-written.yaml")
    }
    return 0
}

@main enum Main {
    static func main() { FuzzMain.run(fuzzDeck) }
}
