import Foundation
import RecallCore
@testable import RecallStore

/// The Anki fixtures under Fixtures/anki and the facts `expected/<name>.json` records about
/// them (written by the fixture generator from Anki's own reading of the files).
enum AnkiFixtures {
    static let packages = ["genanki-basic-cloze", "anki-export-legacy", "anki-export-current"]

    static func url(_ name: String, _ fileExtension: String) -> URL {
        Bundle.module.url(forResource: name, withExtension: fileExtension, subdirectory: "Fixtures/anki")!
    }

    static func expected<Facts: Decodable>(_ name: String, as type: Facts.Type) throws -> Facts {
        let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures/anki/expected")!
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(Facts.self, from: Data(contentsOf: url))
    }

    static func read(_ name: String) throws -> AnkiCollection {
        try AnkiPackageReader().read(contentsOf: url(name, "apkg"))
    }
}

/// The shape of expected/<package>.json.
struct ExpectedPackage: Decodable {
    struct Collection: Decodable {
        var schemaVersion: Int
        var notetypes: [Notetype]
        var decks: [String]
        var noteCount: Int
        var cardCount: Int
        var revlogCount: Int
        var revlogByKind: [String: Int]
        var revlogByEase: [String: Int]
        var notes: [Note]
        var cards: [Card]
        var reviewsPerNote: [String: Int]?

        enum CodingKeys: String, CodingKey {
            case schemaVersion, notetypes, decks, noteCount, cardCount, revlogCount, revlogByKind
            case revlogByEase, notes, cards
            case reviewsPerNote = "_reviewsPerNote"
        }
    }

    struct Notetype: Decodable {
        var name: String
        var kind: String
        var fields: [String]
        var templates: [String]
    }

    struct Note: Decodable {
        var guid: String?
        var notetype: String
        var fields: [String: String]
        var tags: [String]
    }

    struct Card: Decodable {
        var noteFirstField: String
        var ord: Int
        var deck: String
        var type: String
        var queue: String
        var interval: Int
        var reps: Int
        var lapses: Int
        var flags: Int
        var fsrsMemoryState: Memory?
    }

    struct Memory: Decodable {
        var stability: Double
        var difficulty: Double
    }

    struct Media: Decodable {
        var zipMember: String
        var name: String
        var size: Int
        var sha256: String
    }

    struct AnkiImport: Decodable {
        var notes: Int
        var cards: Int
        var revlog: Int
        var mediaFiles: [String]
        var tags: [String]
    }

    var file: String
    var collectionMember: String
    var collection: Collection
    var media: [Media]
    var ankiImport: AnkiImport
}
