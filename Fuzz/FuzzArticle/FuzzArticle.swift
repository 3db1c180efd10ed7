import FuzzSupport
import RecallCore

/// Any bytes as an article: it splits into paragraphs and sentences, and question generation
/// returns cards (or none) without crashing or hanging.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArticle(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let article = Article(text: text, fileName: "fuzz.txt")
    _ = QuestionGenerator().generate(from: article, fileName: "fuzz.txt")
    return 0
}

@main enum Main {
    static func main() { FuzzMain.run(fuzzArticle) }
}
