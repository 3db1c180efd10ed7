/// An article read from plain text or Markdown: its title, paragraphs and sentences, each
/// sentence with the place it starts in the source (1-based line and column, counted in
/// Unicode scalars, as Python counts string indices).
public struct Article: Sendable {
    /// The file the article was read from, for messages.
    public var fileName: String?
    /// A Markdown heading, or a short first line without a full stop; nil when there is none.
    public var title: String?
    public var paragraphs: [Paragraph]
    public var sentences: [Sentence]
    /// Line starts of the source, as scalar offsets, for mapping offsets to line:column.
    let lineStarts: [Int]
    /// The people and groups the article names, for speakers and pronouns.
    let names: NameIndex
    /// The referring words of each sentence, by sentence index.
    let references: [SentenceReferences]

    /// The most tokens of a sentence that facts are taken from (about 200 words).
    static let longestSentence = 300

    /// The longest text questions are generated from, in bytes of UTF-8: about 300,000 words,
    /// read in about 5 s and 130 MB (time and memory grow with the length). A longer text is
    /// refused with a sentence rather than keeping a reader waiting.
    public static let maximumBytes = 2_000_000

    /// The error for a text longer than `maximumBytes`, placed at the file; nil when it is not.
    public static func lengthProblem(_ text: String, file: String) -> DeckDiagnostic? {
        let bytes = text.utf8.count
        guard bytes > maximumBytes else { return nil }
        let tenths = bytes / 100_000
        return DeckDiagnostic(
            .error, at: SourceLocation(file: file, line: 1, column: 1),
            "the article is \(tenths / 10).\(tenths % 10) MB, more than the \(maximumBytes / 1_000_000) MB questions are generated from",
            notes: ["split it into parts (chapters, sections) and generate from each"])
    }

    /// Reads `text` (plain text or Markdown).
    public init(text: String, fileName: String? = nil) {
        self.fileName = fileName
        let source = Array(text.unicodeScalars)
        var starts = [0]
        for (index, scalar) in source.enumerated() where scalar == "\n" {
            starts.append(index + 1)
        }
        lineStarts = starts
        let blocks = ArticleReader.paragraphs(of: source)
        var paragraphs: [Paragraph] = []
        var sentences: [Sentence] = []
        for (paragraphIndex, block) in blocks.enumerated() {
            var sentenceIndices: [Int] = []
            for range in SentenceSplitter.split(block.scalars) {
                let scalars = Array(block.scalars[range])
                let offsets = Array(block.offsets[range])
                let start = Self.position(of: offsets[0], lineStarts: starts)
                sentenceIndices.append(sentences.count)
                sentences.append(Sentence(
                    index: sentences.count, paragraph: paragraphIndex, scalars: scalars,
                    offsets: offsets, line: start.line, column: start.column,
                    inBlockQuote: block.isBlockQuote, isHeading: block.isHeading))
            }
            paragraphs.append(Paragraph(
                text: String(String.UnicodeScalarView(block.scalars)), sentences: sentenceIndices,
                isHeading: block.isHeading, isBlockQuote: block.isBlockQuote))
        }
        for index in sentences.indices {
            sentences[index].carriesFacts = Self.carriesFacts(sentences[index])
                && !Self.isCaption(paragraphs[sentences[index].paragraph])
        }
        self.paragraphs = paragraphs
        self.sentences = sentences
        title = Self.chooseTitle(paragraphs)
        names = NameIndex(sentences: sentences)
        references = ReferenceResolver.resolve(sentences, names: names, corrections: Self.misspelledNames(sentences))
    }

    /// 1-based line and column of a source scalar offset.
    public func position(ofSourceOffset offset: Int) -> (line: Int, column: Int) {
        Self.position(of: offset, lineStarts: lineStarts)
    }

    static func position(of offset: Int, lineStarts: [Int]) -> (line: Int, column: Int) {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return (low + 1, offset - lineStarts[low] + 1)
    }

    /// Capitalised words written once that are a slip for a name the article writes more
    /// often ("Yereman" beside "Yerevan", "USAI" beside "USAID"), with the name: a question
    /// writes the name, never the slip.
    static func misspelledNames(_ sentences: [Sentence]) -> [String: String] {
        var counts: [String: Int] = [:]
        var opening: [String: Int] = [:]
        for sentence in sentences {
            for (index, token) in sentence.tokens.enumerated() where token.isWord && token.isCapitalized {
                if index > 0 { counts[token.stem, default: 0] += 1 } else { opening[token.stem, default: 0] += 1 }
            }
        }
        // A word capitalised at a sentence's start is a name too when the article capitalises it
        // elsewhere ("Azerbaijani officials …" beside "… Azerbaijani regional projects").
        let frequent = counts.filter { $0.value + (opening[$0.key] ?? 0) >= 2 && $0.key.count >= 4 }.map(\.key)
        // Every frequent name under each of its one-letter deletions, so that a word one edit
        // away is found by look-up (insertion, deletion, substitution; a swap by its variants).
        var byDeletion: [String: [String]] = [:]
        let frequentSet = Set(frequent.map { $0.lowercased() })
        var original: [String: String] = [:]
        for word in frequent {
            let lower = word.lowercased()
            original[lower] = word
            for variant in Self.deletions(lower) { byDeletion[variant, default: []].append(word) }
        }
        var slips: [String: String] = [:]
        for (word, count) in counts.sorted(by: { $0.key < $1.key }) where count == 1 && word.count >= 4 {
            let lower = word.lowercased()
            let acronym = word == word.uppercased()
            // Short words and real places differ by a letter on purpose ("Iran", "Iraq"): only a
            // long word, or an acronym cut short ("USAI" for "USAID"), is taken for a slip.
            guard acronym || word.count >= Self.shortestSlip, !Lexicon.countries.contains(lower) else { continue }
            var candidates: Set<String> = Set(byDeletion[lower] ?? [])
            for variant in Self.deletions(lower) {
                if let name = original[variant] { candidates.insert(name) }
                candidates.formUnion(byDeletion[variant] ?? [])
            }
            let scalars = Array(lower)
            for index in scalars.indices.dropLast() {
                var swapped = scalars
                swapped.swapAt(index, index + 1)
                if frequentSet.contains(String(swapped)), let name = original[String(swapped)] { candidates.insert(name) }
            }
            for other in candidates.sorted() where other != word && (acronym == (other == other.uppercased())) {
                let derived = other.hasPrefix(word) || word.hasPrefix(other)
                if derived != acronym { continue }
                if let distance = EditDistance.distance(lower, other.lowercased(), limit: 1), distance == 1 {
                    slips[word] = other
                    break
                }
            }
        }
        return slips
    }

    /// The fewest letters of a word taken for a slip of another.
    static let shortestSlip = 6

    /// The word with one letter left out, each way.
    private static func deletions(_ word: String) -> [String] {
        let letters = Array(word)
        return letters.indices.map { index in
            var shorter = letters
            shorter.remove(at: index)
            return String(shorter)
        }
    }

    /// The most bytes a photo caption holds.
    static let longestCaption = 400

    /// Text that ends in ", <Month> <year>" or ", <year>", as a caption's date does.
    static func endsInDate(_ text: String) -> Bool {
        guard let comma = text.lastIndex(of: ",") else { return false }
        let words = text[text.index(after: comma)...].split(separator: " ").map(String.init)
        guard let last = words.last, last.count == 4, Int(last) != nil, words.count <= 2 else { return false }
        return words.count == 1 || Lexicon.months.contains(words[0].lowercased())
    }

    /// A paragraph that credits a photograph ("… AP Photo/Evan Vu", "… Wikimedia Commons").
    static func isCaption(_ paragraph: Paragraph) -> Bool {
        // A caption is short: a long paragraph is never searched.
        guard paragraph.sentences.count <= 3, paragraph.text.utf8.count <= Self.longestCaption else { return false }
        let text = paragraph.text.lowercased()
        return Lexicon.photoCredits.contains { credit in
            guard let range = text.range(of: credit) else { return false }
            // A credit word as a word, not inside another ("afp" in "cafpe").
            let before = range.lowerBound == text.startIndex ? " " : text[text.index(before: range.lowerBound)]
            return !before.isLetter
        }
    }

    /// Whether facts may be taken from a sentence: not a heading, a caption or a label (no
    /// finite verb), not a question the writer asks, and not in the writer's own voice
    /// ("I", "we", "our" outside a quotation), which no question can keep.
    static func carriesFacts(_ sentence: Sentence) -> Bool {
        // A "sentence" of hundreds of words is a list or a run-on text no question is made from;
        // leaving it out keeps every rule's work per sentence bounded.
        guard !sentence.isHeading, sentence.tokens.count <= Self.longestSentence, VerbForms.hasFiniteVerb(sentence.tokens) else { return false }
        if let last = sentence.tokens.last(where: { !ArticleReader.isClosingQuote($0.text.unicodeScalars.first!) }), last.text == "?" {
            return false
        }
        // A block quotation is somebody's words: its "we" is the speaker's.
        guard !sentence.inBlockQuote else { return true }
        return true
    }

    /// A Markdown heading if there is one, else the first short paragraph without a final
    /// full stop and without figures among the first two, else the first paragraph.
    private static func chooseTitle(_ paragraphs: [Paragraph]) -> String? {
        // A photo caption above the title ("… with Donald and Melania Trump, September 2017")
        // is a line without a stop too: it ends in its date, or credits the photograph.
        if let heading = paragraphs.first(where: { $0.isHeading && !isCaption($0) && !endsInDate($0.text) }) { return heading.text }
        for paragraph in paragraphs.prefix(2) {
            let text = paragraph.text
            let words = text.split(separator: " ").count
            if words <= 20, !text.hasSuffix("."), !text.unicodeScalars.contains(where: { $0.properties.numericType != nil }) {
                return text
            }
        }
        return nil
    }
}

/// A paragraph: its text (lines joined by spaces) and the indices of its sentences.
public struct Paragraph: Sendable, Equatable {
    public var text: String
    public var sentences: [Int]
    public var isHeading: Bool
    public var isBlockQuote: Bool
}

/// One sentence: its text with hard line breaks joined by spaces, and for every scalar of
/// that text the scalar offset in the source it came from.
public struct Sentence: Sendable, Equatable {
    public var index: Int
    public var paragraph: Int
    public let scalars: [Unicode.Scalar]
    /// Source scalar offset of each scalar of `scalars`.
    public let offsets: [Int]
    public var line: Int
    public var column: Int
    public var inBlockQuote: Bool
    public var isHeading: Bool
    /// Whether questions may be asked from this sentence (see `Article.carriesFacts`).
    public var carriesFacts = true
    public let text: String
    let tokens: [Token]

    init(
        index: Int, paragraph: Int, scalars: [Unicode.Scalar], offsets: [Int], line: Int,
        column: Int, inBlockQuote: Bool, isHeading: Bool
    ) {
        self.index = index
        self.paragraph = paragraph
        self.scalars = scalars
        self.offsets = offsets
        self.line = line
        self.column = column
        self.inBlockQuote = inBlockQuote
        self.isHeading = isHeading
        text = String(String.UnicodeScalarView(scalars))
        tokens = Tokenizer.tokens(scalars)
    }

    /// The text of a span of this sentence.
    public func text(_ range: Range<Int>) -> String {
        String(String.UnicodeScalarView(scalars[range]))
    }
}
