#!/usr/bin/env python3
"""Plays a second device beside recall in the sync tests: an Anki collection driven by Anki's
own Python library (`pip install anki`), syncing with the same server.

    python tools/anki-sync-peer.py seed FOLDER --server URL --user NAME --password PASS
        makes a collection in FOLDER with notes of three kinds (Basic, Basic and reversed,
        Cloze), answers some of their cards with FSRS on, suspends one, and uploads it;
        with --apkg FILE it also exports the collection as a package, with its scheduling;
        with --bulk N it adds N Basic notes more to each of the decks "Bulk A" and "Bulk B"
    python tools/anki-sync-peer.py fetch FOLDER --server URL --user NAME --password PASS
        makes an empty collection in FOLDER and downloads the server's into it
    python tools/anki-sync-peer.py seed FOLDER --apkg FILE
        without a server: makes the collection and exports it, nothing synced
    python tools/anki-sync-peer.py import FOLDER --apkg FILE
        imports a package into the collection in FOLDER (made by seed), with its scheduling,
        as Anki's Import dialog does by default; the report says what the import did
    python tools/anki-sync-peer.py sync FOLDER --server URL --user NAME --password PASS
            [--answer CARD:EASE] [--answer-deck DECK:EASE] [--suspend CARD] [--bury CARD] [--flag CARD:N]
            [--move CARD:DECK]
            [--add DECK:FRONT:BACK] [--rename-deck OLD:NEW] [--delete-note NOTE] [--edit NOTE:FIELD:TEXT]
            [--describe-deck DECK:TEXT]
        opens the collection in FOLDER, answers, suspends, buries, flags or moves the cards named (or every
        card of a deck), adds Basic notes, renames decks, deletes notes, sets a note's field (by
        its number from 0) as Anki's editor does, sets a deck's description (each option may be
        repeated), then syncs as Anki does (an incremental sync when one is
        enough); the report's "sync" says whether it was "incremental" or "full"

Each prints the collection as JSON on standard output (notes, cards with their memory states,
the review log, decks, and what Check Database said), and exit non-zero when a sync fails.
"""
import argparse
import json
import os
import sys
import time

from anki.collection import (
    Collection,
    ExportAnkiPackageOptions,
    ImportAnkiPackageOptions,
    ImportAnkiPackageRequest,
)


def sync(col, args, upload):
    """Syncs `col`; a full sync goes the way `upload` says (an empty side cannot win anyway)."""
    auth = col.sync_login(args.user, args.password, args.server)
    out = col.sync_collection(auth, False)
    if out.required in (out.FULL_SYNC, out.FULL_UPLOAD, out.FULL_DOWNLOAD):
        col.close_for_full_sync()
        col.full_upload_or_download(auth=auth, server_usn=None, upload=upload)
        col.reopen(after_full_sync=True)
    return out.required


def seed(col):
    col.set_config("fsrs", True)
    basic = col.models.by_name("Basic")
    reversed_ = col.models.by_name("Basic (and reversed card)")
    cloze = col.models.by_name("Cloze")
    deck = col.decks.id("Geography::Capitals")
    other = col.decks.id("Words")
    rows = [
        (basic, deck, ["What is the capital of France?", "Paris"], ["europe"]),
        (basic, deck, ["What is the capital of Peru?", "Lima"], ["americas"]),
        (basic, deck, ["What is the capital of Japan?", "Tokyo"], []),
        (reversed_, other, ["chien", "dog"], ["french"]),
        (cloze, other, ["{{c1::Canberra}} is the capital of {{c2::Australia}}.", "since 1913"], []),
    ]
    for notetype, deck_id, fields, tags in rows:
        note = col.new_note(notetype)
        for index, value in enumerate(fields):
            note.fields[index] = value
        note.tags = tags
        col.add_note(note, deck_id)
    # Answer the cards of the first three notes: Good twice (out of learning), Again then Good,
    # Easy; suspend the last note's first card.
    card_ids = col.find_cards("deck:Geography::Capitals")
    ratings = [[3, 3], [1, 3], [4]]
    for cid, answers in zip(sorted(card_ids), ratings):
        for ease in answers:
            card = col.get_card(cid)
            card.start_timer()
            col.sched.answerCard(card, ease)
    cloze_cards = sorted(col.find_cards("Canberra"))
    col.sched.suspend_cards([cloze_cards[0]])


def change(col, args):
    """Answers, suspends, buries, flags and moves the cards the options name, adds notes, renames
    decks and deletes notes, as a person would in Anki."""
    answers = [tuple(int(part) for part in spec.split(":")) for spec in args.answer]
    for spec in args.answer_deck:
        deck, ease = spec.rsplit(":", 1)
        answers += [(cid, int(ease)) for cid in sorted(col.find_cards(f'"deck:{deck}"'))]
    for cid, ease in answers:
        card = col.get_card(cid)
        card.start_timer()
        col.sched.answerCard(card, ease)
    if args.suspend:
        col.sched.suspend_cards(args.suspend)
    if args.bury:
        col.sched.bury_cards(args.bury, manual=True)
    for spec in args.flag:
        cid, flag = (int(part) for part in spec.split(":"))
        col.set_user_flag_for_cards(flag, [cid])
    for spec in args.move:
        cid, deck = spec.split(":", 1)
        col.set_deck([int(cid)], col.decks.id(deck))
    for spec in args.add:
        deck, front, back = spec.rsplit(":", 2)
        note = col.new_note(col.models.by_name("Basic"))
        note.fields[0], note.fields[1] = front, back
        col.add_note(note, col.decks.id(deck))
    for spec in args.rename_deck:
        old, new = spec.split(":", 1)
        col.decks.rename(col.decks.id_for_name(old), new)
    if args.delete_note:
        col.remove_notes(args.delete_note)
    for spec in args.describe_deck:
        name, text = spec.split(":", 1)
        deck = col.decks.by_name(name)
        deck["desc"] = text
        col.decks.save(deck)
    for spec in args.edit:
        nid, index, text = spec.split(":", 2)
        note = col.get_note(int(nid))
        note.fields[int(index)] = text
        col.update_note(note)


def describe(col):
    notes = []
    for nid in sorted(col.find_notes("")):
        note = col.get_note(nid)
        notes.append({"id": nid, "guid": note.guid, "notetype": note.note_type()["name"],
                      "fields": list(note.fields), "tags": sorted(note.tags)})
    cards = []
    for cid in sorted(col.find_cards("")):
        card = col.get_card(cid)
        memory = card.memory_state
        cards.append({
            "id": cid, "note": card.nid, "ord": card.ord, "deck": col.decks.name(card.did),
            "type": card.type, "queue": card.queue, "due": card.due, "interval": card.ivl,
            "reps": card.reps, "lapses": card.lapses, "flag": card.user_flag(),
            "stability": memory.stability if memory else None,
            "difficulty": memory.difficulty if memory else None,
        })
        if card.type == 2:
            # A review card's due day (days counted from the collection's creation), as a date.
            day = time.gmtime(col.crt + card.due * 86400)
            cards[-1]["due_day"] = time.strftime("%Y-%m-%d", day)
    revlog = [{"id": r[0], "card": r[1], "ease": r[2], "type": r[3], "interval": r[4], "time": r[5]}
              for r in col.db.all("select id, cid, ease, type, ivl, time from revlog order by id")]
    problems, ok = col.fix_integrity()
    return {"notes": notes, "cards": cards, "revlog": revlog,
            "decks": sorted(d.name for d in col.decks.all_names_and_ids()),
            "descriptions": {d["name"]: d.get("desc", "") for d in col.decks.all() if d.get("desc")},
            "fsrs": bool(col.get_config("fsrs", False)),
            "check_database_ok": ok, "check_database": problems}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("action", choices=["seed", "fetch", "import", "sync"])
    parser.add_argument("folder")
    parser.add_argument("--server")
    parser.add_argument("--user")
    parser.add_argument("--password")
    parser.add_argument("--apkg")
    parser.add_argument("--answer", action="append", default=[])
    parser.add_argument("--suspend", action="append", default=[], type=int)
    parser.add_argument("--bury", action="append", default=[], type=int)
    parser.add_argument("--flag", action="append", default=[])
    parser.add_argument("--move", action="append", default=[])
    parser.add_argument("--add", action="append", default=[])
    parser.add_argument("--answer-deck", action="append", default=[])
    parser.add_argument("--bulk", type=int, default=0)
    parser.add_argument("--rename-deck", action="append", default=[])
    parser.add_argument("--delete-note", action="append", default=[], type=int)
    parser.add_argument("--edit", action="append", default=[])
    parser.add_argument("--describe-deck", action="append", default=[])
    args = parser.parse_args()
    if (args.action in ("fetch", "sync") or (args.action == "seed" and not args.apkg)) and not args.server:
        parser.error(f"{args.action} needs --server, --user and --password")
    os.makedirs(args.folder, exist_ok=True)
    col = Collection(os.path.join(args.folder, "collection.anki2"))
    try:
        imported = None
        synced = None
        if args.action == "seed":
            seed(col)
            for deck in ("Bulk A", "Bulk B") if args.bulk else ():
                for number in range(args.bulk):
                    args.add.append(f"{deck}:{deck} question {number}:answer {number}")
            change(col, args)
            if args.server:
                sync(col, args, upload=True)
            if args.apkg:
                options = ExportAnkiPackageOptions(with_scheduling=True, with_deck_configs=True, with_media=False)
                col.export_anki_package(out_path=os.path.abspath(args.apkg), options=options, limit=None)
        elif args.action == "import":
            request = ImportAnkiPackageRequest(
                package_path=os.path.abspath(args.apkg),
                options=ImportAnkiPackageOptions(with_scheduling=True))
            log = col.import_anki_package(request).log
            imported = {"new": len(log.new), "updated": len(log.updated), "duplicate": len(log.duplicate),
                        "conflicting": len(log.conflicting), "first_field_match": len(log.first_field_match),
                        "missing_notetype": len(log.missing_notetype), "missing_deck": len(log.missing_deck),
                        "empty_first_field": len(log.empty_first_field)}
        elif args.action == "sync":
            change(col, args)
            synced = sync(col, args, upload=False)
        else:
            sync(col, args, upload=False)
        report = describe(col)
        if imported is not None:
            report["imported"] = imported
        if args.action == "sync":
            # After an incremental sync Anki reports no changes left; a full sync is reported as one.
            report["sync"] = "full" if synced in (2, 3, 4) else "incremental"
    finally:
        col.close()
    json.dump(report, sys.stdout, ensure_ascii=False, indent=1)
    print()


if __name__ == "__main__":
    main()
