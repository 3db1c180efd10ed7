import Foundation
import RecallCore

/// The schema-11 collection layout an export writes: tables, and the JSON Anki keeps in the
/// `col` row (configuration, note types, decks, deck options).
enum AnkiSchema11 {
    static let tables = coreTables + """

        CREATE TABLE graves (usn integer NOT NULL, oid integer NOT NULL, type integer NOT NULL);
        """

    /// The collection row, notes, cards and the review log with their indexes: the same in
    /// schema 11 and 18.
    static let coreTables = """
        CREATE TABLE col (
          id integer PRIMARY KEY, crt integer NOT NULL, mod integer NOT NULL, scm integer NOT NULL,
          ver integer NOT NULL, dty integer NOT NULL, usn integer NOT NULL, ls integer NOT NULL,
          conf text NOT NULL, models text NOT NULL, decks text NOT NULL, dconf text NOT NULL,
          tags text NOT NULL);
        CREATE TABLE notes (
          id integer PRIMARY KEY, guid text NOT NULL, mid integer NOT NULL, mod integer NOT NULL,
          usn integer NOT NULL, tags text NOT NULL, flds text NOT NULL, sfld integer NOT NULL,
          csum integer NOT NULL, flags integer NOT NULL, data text NOT NULL);
        CREATE TABLE cards (
          id integer PRIMARY KEY, nid integer NOT NULL, did integer NOT NULL, ord integer NOT NULL,
          mod integer NOT NULL, usn integer NOT NULL, type integer NOT NULL, queue integer NOT NULL,
          due integer NOT NULL, ivl integer NOT NULL, factor integer NOT NULL, reps integer NOT NULL,
          lapses integer NOT NULL, left integer NOT NULL, odue integer NOT NULL, odid integer NOT NULL,
          flags integer NOT NULL, data text NOT NULL);
        CREATE TABLE revlog (
          id integer PRIMARY KEY, cid integer NOT NULL, usn integer NOT NULL, ease integer NOT NULL,
          ivl integer NOT NULL, lastIvl integer NOT NULL, factor integer NOT NULL, time integer NOT NULL,
          type integer NOT NULL);
        CREATE INDEX ix_notes_usn ON notes (usn);
        CREATE INDEX ix_cards_usn ON cards (usn);
        CREATE INDEX ix_revlog_usn ON revlog (usn);
        CREATE INDEX ix_cards_nid ON cards (nid);
        CREATE INDEX ix_cards_sched ON cards (did, queue, due);
        CREATE INDEX ix_revlog_cid ON revlog (cid);
        CREATE INDEX ix_notes_csum ON notes (csum);
        """

    /// The collection's settings. `fsrs` turns FSRS on, as recall schedules, with Anki's current
    /// scheduler: for a collection a full sync uploads, whose settings become the collection's
    /// (an import ignores them).
    static func configuration(_ collection: AnkiCollection, fsrs: Bool = false) -> [String: Any] {
        var settings = kept("col.conf", of: collection, usn: 0)
        if settings.isEmpty { settings = [
            "activeDecks": [1], "curDeck": 1, "newSpread": 0, "collapseTime": 1200, "timeLim": 0,
            "estTimes": true, "dueCounts": true, "addToCur": true, "sortType": "noteFld",
            "sortBackwards": false, "nextPos": collection.cards.count + 1,
            "curModel": String(collection.notetypes.first?.id ?? 0),
        ] }
        if fsrs {
            settings["fsrs"] = true
            // FSRS needs Anki's current scheduler (v3): without these Anki cannot study the
            // collection until its scheduler is upgraded, which takes a full sync.
            settings["schedVer"] = 2
            settings["sched2021"] = true
        }
        return settings
    }

    /// The note types of `collection`, with the kept ones (`col.models`) as they came.
    static func models(_ collection: AnkiCollection, modified: Int64, usn: Int = -1) -> [String: Any] {
        var models = kept("col.models", of: collection, usn: usn)
        for notetype in collection.notetypes {
            let isCloze = notetype.kind == .cloze
            let fields = notetype.fields.enumerated().map { ord, name -> [String: Any] in
                ["name": name, "ord": ord, "sticky": false, "rtl": false, "font": "Arial", "size": 20, "media": []]
            }
            let templates = notetype.templates.enumerated().map { ord, name -> [String: Any] in
                let (question, answer) = formats(notetype)
                return [
                    "name": name, "ord": ord, "qfmt": question, "afmt": answer, "bqfmt": "", "bafmt": "",
                    "did": NSNull(), "bfont": "", "bsize": 0,
                ]
            }
            models[String(notetype.id)] = [
                "id": notetype.id, "name": notetype.name, "type": isCloze ? 1 : 0, "mod": modified, "usn": usn,
                "sortf": 0, "did": 1, "flds": fields, "tmpls": templates, "tags": [], "vers": [],
                "req": [[0, "any", [0]]], "latexsvg": false,
                "css": ".card {\n font-family: arial;\n font-size: 20px;\n text-align: center;\n}\n"
                    + (isCloze ? ".cloze {\n font-weight: bold;\n color: blue;\n}\n" : ""),
                "latexPre": "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n"
                    + "\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n"
                    + "\\setlength{\\parindent}{0in}\n\\begin{document}\n",
                "latexPost": "\\end{document}",
            ]
        }
        return models
    }

    /// The question and answer templates of a note type recall writes: a cloze of the first
    /// field, or the first field asked and the second answered; any further field shown under
    /// the answer when it is filled.
    static func formats(_ notetype: AnkiNotetype) -> (question: String, answer: String) {
        let more = notetype.fields.dropFirst(2).map { "{{#\($0)}}<br><br>{{\($0)}}{{/\($0)}}" }.joined()
        if notetype.kind == .cloze {
            return ("{{cloze:\(notetype.fields[0])}}", "{{cloze:\(notetype.fields[0])}}<br>\n{{\(notetype.fields[1])}}" + more)
        }
        return ("{{\(notetype.fields[0])}}", "{{FrontSide}}\n\n<hr id=answer>\n\n{{\(notetype.fields[1])}}" + more)
    }

    /// The kept objects of the `col` column `table` (`col.models` …) by key, their `usn` set
    /// to `usn`.
    static func kept(_ table: String, of collection: AnkiCollection, usn: Int) -> [String: Any] {
        var objects: [String: Any] = [:]
        for object in collection.kept where object.table == table {
            guard var value = try? AnkiJSON.value(object.value) else { continue }
            if var fields = value as? [String: Any], fields["usn"] != nil {
                fields["usn"] = usn
                value = fields
            }
            objects[object.key] = value
        }
        return objects
    }

    static func decks(_ collection: AnkiCollection, modified: Int64, usn: Int = -1) -> [String: Any] {
        var decks = kept("col.decks", of: collection, usn: usn)
        for deck in collection.decks {
            decks[String(deck.id)] = [
                "id": deck.id, "name": deck.name, "mod": modified, "usn": usn, "desc": "", "dyn": 0,
                "conf": 1, "collapsed": false, "browserCollapsed": false, "extendNew": 0, "extendRev": 0,
                "newToday": [0, 0], "revToday": [0, 0], "lrnToday": [0, 0], "timeToday": [0, 0],
            ]
        }
        return decks
    }

    /// The kept deck options (`col.dconf`), else Default's.
    static func deckOptions(_ collection: AnkiCollection, usn: Int) -> [String: Any] {
        let kept = kept("col.dconf", of: collection, usn: usn)
        return kept.isEmpty ? defaultDeckOptions : kept
    }

    static var defaultDeckOptions: [String: Any] { [
        "1": [
            "id": 1, "name": "Default", "mod": 0, "usn": 0, "maxTaken": 60, "autoplay": true, "timer": 0,
            "replayq": true, "dyn": false,
            "new": ["bury": false, "delays": [1.0, 10.0], "initialFactor": 2500, "ints": [1, 4, 0], "order": 1, "perDay": 20],
            "lapse": ["delays": [10.0], "leechAction": 1, "leechFails": 8, "minInt": 1, "mult": 0.0],
            "rev": ["bury": false, "ease4": 1.3, "ivlFct": 1.0, "maxIvl": 36500, "perDay": 200, "hardFactor": 1.2],
        ] as [String: Any],
    ] }

    /// `cards.data`: the FSRS memory state rounded as Anki stores it, and the last review.
    static func cardData(_ card: AnkiCard) -> String {
        var parts: [String] = []
        if let memory = card.storedMemory {
            parts.append("\"s\":\((memory.stability * 10_000).rounded() / 10_000)")
            parts.append("\"d\":\((memory.difficulty * 1000).rounded() / 1000)")
        }
        if let lastReview = card.lastReviewSeconds { parts.append("\"lrt\":\(lastReview)") }
        return "{" + parts.joined(separator: ",") + "}"
    }
}
