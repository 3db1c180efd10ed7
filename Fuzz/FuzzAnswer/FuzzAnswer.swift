import FuzzSupport
import RecallCore

/// A typed answer checked against a card. The input's lines are: the card's kind and date
/// order (the first byte picks them), the typed text, the answer, then accepted forms (the
/// choices too, for a multiple-choice card). The checker gives a verdict for every input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnswer(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    guard let selector = bytes.first else { return 0 }
    let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let typed = lines.isEmpty ? "" : lines.removeFirst()
    let answer = lines.isEmpty ? "" : lines.removeFirst()
    let kind = CardContent.Kind.allCases[Int(selector) % CardContent.Kind.allCases.count]
    let order: DateOrder? = switch (selector >> 2) % 3 {
    case 0: nil
    case 1: .dayFirst
    default: .monthFirst
    }
    let content = CardContent(
        kind: kind, prompt: "fuzz", answer: answer, accepted: kind == .multipleChoice ? [] : lines,
        choices: kind == .multipleChoice ? [answer] + lines : [],
        tolerance: kind == .numeric ? Double(selector >> 4) / 4 : nil,
        explanation: lines.last)
    _ = AnswerChecker(dateOrder: order).check(typed, against: content)
    return 0
}

@main enum Main {
    static func main() { FuzzMain.run(fuzzAnswer) }
}
