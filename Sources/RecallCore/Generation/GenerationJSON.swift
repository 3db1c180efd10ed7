import Foundation

/// The JSON form of generated questions (see docs/generation.md): sorted keys, questions in
/// article order, so the same article always gives the same bytes.
public enum GenerationJSON {
    struct Document: Encodable {
        var article: String
        var title: String?
        var counts: [String: Int]
        /// Candidates each gate check turned away.
        var gate: [String: Int]
        /// Facts asked as a question, as a cloze, or dropped.
        var forms: [String: Int]
        var questions: [Question]
    }

    struct Question: Encodable {
        var id: String
        var category: String
        var prompt: String
        var answer: String
        var accept: [String]
        var choices: [String]?
        var cloze: String?
        var source: Source

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(category, forKey: .category)
            try container.encode(prompt, forKey: .prompt)
            try container.encode(answer, forKey: .answer)
            try container.encode(accept, forKey: .accept)
            // An absent multiple-choice form is written as null, never as an empty list.
            if let choices { try container.encode(choices, forKey: .choices) } else { try container.encodeNil(forKey: .choices) }
            try container.encodeIfPresent(cloze, forKey: .cloze)
            try container.encode(source, forKey: .source)
        }

        enum CodingKeys: String, CodingKey { case id, category, prompt, answer, accept, choices, cloze, source }
    }

    struct Source: Encodable {
        var sentence: String
        var line: Int
        var column: Int
    }

    public static func render(_ result: GenerationResult) -> String {
        var counts: [String: Int] = [:]
        for (category, count) in result.counts { counts[category.rawValue] = count }
        let questions = result.cards.map { card in
            let content = card.content
            return Question(
                id: card.key, category: content.category?.rawValue ?? "", prompt: content.prompt,
                answer: content.answer, accept: content.accepted,
                choices: content.choices.isEmpty ? nil : content.choices, cloze: content.clozePrompt,
                source: Source(
                    sentence: content.source?.sentence ?? "", line: content.source?.line ?? 0,
                    column: content.source?.column ?? 0))
        }
        let forms = ["question": result.gate.asQuestion, "cloze": result.gate.asCloze, "dropped": result.gate.dropped]
        let document = Document(
            article: result.article, title: result.title, counts: counts, gate: result.gate.rejections, forms: forms,
            questions: questions)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(document), let text = String(data: data, encoding: .utf8) else {
            return "{}"
        }
        return text + "\n"
    }
}
