import Foundation
import GRDB
import RecallCore

extension AppDatabase {
    /// recall's side of an incremental sync, in ONE transaction: a sync that fails or is killed
    /// at any point leaves recall as it was.
    ///
    /// - The server's notes replace those recall keeps; each card the server changed, answered
    ///   or added is read as `recall import` reads a card of a package (content, deck,
    ///   suspension, Anki's schedule), its review log the union of recall's and the server's
    ///   (an entry recall holds, told by its time to the millisecond, is not added twice),
    ///   replayed through FSRS with `replay` of its deck's preset. A card changed on both sides
    ///   takes the schedule of the later change, as Anki does, with the memory state of the
    ///   whole history.
    /// - Then recall's cards from Anki that were answered or changed since the last sync go to
    ///   `exchange` as one chunk (their rows and recall's new answers as review-log entries,
    ///   `serverUSN` on each), with the counts the server checks; `exchange` sends them and
    ///   ends the sync, returning the server's new modification stamp, which is recorded with
    ///   `serverUSN + 1`. Whatever `exchange` throws undoes everything here.
    /// - `sentGraves`, recall's deletions the server has taken (from `ankiGravesToSend`), are
    ///   recorded as sent.
    public func mergeAnkiSync(
        _ incoming: AnkiServerChanges, sentGraves: AnkiGraves = AnkiGraves(), serverUSN: Int, schemaModified: Int64,
        server: String,
        replay: (_ preset: String) -> ReviewReplay, now: Date, calendar: StudyCalendar,
        exchange: (_ outgoing: AnkiSyncChunk, _ counts: AnkiSanityCounts) throws -> Int64
    ) throws -> AnkiIncrementalSummary {
        let kept = try ankiKept(notes: false)
        let decks = try refuseWhatCannotMerge(incoming, kept: kept, server: server)
        guard let created = incoming.changes.created else { throw AnkiIncrementalRefusal.noCreationTime(server: server) }
        guard AnkiCollectionDatabase.Bounds.seconds.contains(created) else {
            throw AnkiIncrementalRefusal.badRow(server: server, reason: "a creation time of its collection out of range")
        }
        var header = try Self.header(of: kept, now: now, calendar: calendar)
        header.createdSeconds = created
        // The decks new or renamed in Anki, as the cards in them are read.
        let presets = Dictionary(
            kept.objects.filter { $0.table == "deck_config" }.compactMap(\.idAndName), uniquingKeysWith: { first, _ in first })
        header.decks.removeAll { deck in decks.contains { $0.id == deck.id } }
        header.decks += decks.map { AnkiDeck(id: $0.id, name: $0.name, preset: presets[$0.preset ?? 1]) }
        let merge = AnkiSyncMerge(
            incoming: incoming, kept: kept, header: header, decks: decks, sentGraves: sentGraves, server: server,
            serverUSN: serverUSN, now: now, calendar: calendar)
        var summary = AnkiIncrementalSummary()
        _ = try importCards(
            source: nil, now: now, expectedReviews: 0, presets: header.deckPresets, around: BulkTransaction(),
            beforeCommit: {}
        ) { writer in
            let (merged, modified) = try merge.run(&writer, replay: replay, exchange: exchange)
            summary = merged
            try Self.record(
                AnkiSyncState(usn: serverUSN + 1, schemaModified: schemaModified, modified: modified, lastSync: now),
                server: server, writer.db)
        }
        return summary
    }

    /// recall's deletions for the server: the cards Anki holds that recall removed (a deck file
    /// no longer has them), and their notes when none of their cards is left in recall.
    public func ankiGravesToSend() throws -> AnkiGraves {
        try read { try AnkiSyncOwnChanges.graves($0) }
    }

    /// Stops before anything changes when the server added a note type or deck options preset, or added or renamed a filtered deck (or any deck, when the
    /// kept objects are a schema-11 collection's JSON). The decks added or renamed that recall
    /// takes.
    private func refuseWhatCannotMerge(
        _ incoming: AnkiServerChanges, kept: AnkiKept, server: String
    ) throws -> [AnkiSyncObject] {
        let names = Dictionary(kept.deckIDs.map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let decks = incoming.changes.decks.filter { names[$0.id] != $0.name }
        for deck in decks where deck.filtered || !kept.hasTables || deck.name.isEmpty {
            throw AnkiIncrementalRefusal.object(server: server, kind: deck.filtered ? "filtered deck" : "deck", name: deck.name)
        }
        for notetype in incoming.changes.notetypes where !kept.notetypeIDs.contains(notetype.id) {
            throw AnkiIncrementalRefusal.object(server: server, kind: "note type", name: notetype.name)
        }
        let presets = Set(kept.objects.filter { $0.table == "deck_config" || $0.table == "col.dconf" }.compactMap { Int64($0.key) })
        for preset in incoming.changes.deckOptions where !presets.contains(preset.id) {
            throw AnkiIncrementalRefusal.object(server: server, kind: "deck options preset", name: preset.name)
        }
        return decks
    }

    /// The note types and decks of the kept objects, read as an import reads them: written to
    /// a collection of their own and read back.
    private static func header(of kept: AnkiKept, now: Date, calendar: StudyCalendar) throws -> AnkiCollectionHeader {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("recall-sync-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("collection.anki2")
        let collection = AnkiCollection(exporting: [], kept: kept, now: now, calendar: calendar)
        try AnkiPackageWriter().writeCollection(collection, to: file, now: now, stamps: .init(usn: 0, schemaModified: 0))
        return try AnkiCollectionDatabase(file: "the objects recall keeps of Anki", entry: "collection").open(path: file.path).header
    }

    /// How many of each object the server checks recall holds of its collection: Anki's cards,
    /// notes and review-log entries, note types, decks and deck options.
    static func ankiCounts(_ db: Database) throws -> AnkiSanityCounts {
        func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
        let objects = "SELECT count(*) FROM ankiObject WHERE tableName IN "
        // A card deleted in Anki is removed in recall with its history, which Anki keeps too; a
        // card whose deletion went to Anki has no note there any more.
        return AnkiSanityCounts(
            cards: try count("SELECT count(DISTINCT ankiCardId) FROM card WHERE NOT removed AND ankiNoteId IS NOT NULL"),
            notes: try count("SELECT count(*) FROM ankiNote"),
            revlog: try count("SELECT count(*) FROM review r JOIN card c ON c.id = r.cardId WHERE c.ankiCardId IS NOT NULL")
                + count("SELECT count(*) FROM ankiManualEntry m JOIN card c ON c.id = m.cardId WHERE c.ankiCardId IS NOT NULL"),
            notetypes: try count(objects + "('notetypes', 'col.models')"),
            decks: try count(objects + "('decks', 'col.decks')"),
            deckOptions: try count(objects + "('deck_config', 'col.dconf')"))
    }
}
