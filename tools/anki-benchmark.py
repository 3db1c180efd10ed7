#!/usr/bin/env python3
"""Anki's side of `RecallBenchmarks import`, with Anki's own Python library (`pip install anki`).

    python3 tools/anki-benchmark.py build OUT.apkg [--notes 100000 --reviews 865000]
    python3 tools/anki-benchmark.py import PACKAGE

`build` makes a collection with Anki itself (basic-and-reversed and cloze notes with HTML
fields and tags in ten decks, every card given its share of the review log at growing
intervals) and exports it as Anki exports a package, with scheduling. `import` imports a
package into a fresh collection as Anki's "Import" does, and prints the seconds it took.
"""
import argparse
import os
import random
import sys
import tempfile
import time

from anki.collection import (
    AddNoteRequest,
    Collection,
    ExportAnkiPackageOptions,
    ImportAnkiPackageOptions,
    ImportAnkiPackageRequest,
)

DAY_MS = 86_400_000
START_MS = 1_700_000_000_000


def build(out: str, notes: int, reviews: int) -> None:
    with tempfile.TemporaryDirectory() as directory:
        col = Collection(os.path.join(directory, "bench.anki2"))
        try:
            basic = col.models.by_name("Basic (and reversed card)")
            cloze = col.models.by_name("Cloze")
            decks = [col.decks.id(f"Bench::Deck {n}") for n in range(10)]
            requests = []
            for index in range(notes):
                if index % 3 == 0:
                    note = col.new_note(cloze)
                    note["Text"] = f"The <b>{{{{c1::fact {index}}}}}</b> was found in {{{{c2::{1800 + index % 200}::year}}}}."
                    note["Back Extra"] = f"<i>note {index}</i>"
                else:
                    note = col.new_note(basic)
                    note["Front"] = f"<div>Question {index} &amp; more</div>"
                    note["Back"] = f"Answer <b>{index}</b><br>line two"
                note.tags = ["bench", f"t{index % 40}"]
                requests.append(AddNoteRequest(note=note, deck_id=decks[index % 10]))
                if len(requests) == 5000:
                    col.add_notes(requests)
                    requests = []
            if requests:
                col.add_notes(requests)

            card_ids = col.db.list("select id from cards order by id")
            rng = random.Random(4)
            revlog, updates = [], []
            for position, cid in enumerate(card_ids):
                count = reviews // len(card_ids) + (1 if position < reviews % len(card_ids) else 0)
                moment, interval, lapses = START_MS + position, 1, 0
                for answer in range(count):
                    ease = 1 if rng.randrange(10) == 0 else 3
                    kind = 0 if answer == 0 else 1
                    revlog.append((moment, cid, -1, ease, interval, 0, 2500, 4000, kind))
                    if ease == 1 and answer > 0:
                        lapses += 1
                    interval = 1 if ease == 1 else interval * 2
                    moment += interval * DAY_MS
                due_day = (moment - START_MS) // DAY_MS
                updates.append((interval, due_day, count, lapses, cid))
            col.db.executemany(
                "insert into revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type) values (?,?,?,?,?,?,?,?,?)",
                revlog,
            )
            col.db.executemany(
                "update cards set type = 2, queue = 2, ivl = ?, due = ?, reps = ?, lapses = ?, factor = 2500 where id = ?",
                updates,
            )
            col.export_anki_package(
                out_path=os.path.abspath(out),
                options=ExportAnkiPackageOptions(
                    with_scheduling=True, with_deck_configs=True, with_media=False, legacy=False
                ),
                limit=None,
            )
            print(f"{out}: {col.note_count()} notes, {col.card_count()} cards, {len(revlog)} reviews")
        finally:
            col.close()


def import_package(package: str) -> None:
    with tempfile.TemporaryDirectory() as directory:
        started = time.monotonic()
        col = Collection(os.path.join(directory, "import.anki2"))
        try:
            col.import_anki_package(
                ImportAnkiPackageRequest(
                    package_path=os.path.abspath(package),
                    options=ImportAnkiPackageOptions(with_scheduling=True, merge_notetypes=True),
                )
            )
        finally:
            col.close()
        print(f"{time.monotonic() - started:.3f}")


def main() -> int:
    parser = argparse.ArgumentParser()
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("build")
    make.add_argument("out")
    make.add_argument("--notes", type=int, default=100_000)
    make.add_argument("--reviews", type=int, default=865_000)
    load = commands.add_parser("import")
    load.add_argument("package")
    args = parser.parse_args()
    if args.command == "build":
        build(args.out, args.notes, args.reviews)
    else:
        import_package(args.package)
    return 0


if __name__ == "__main__":
    sys.exit(main())
