#!/usr/bin/env python3
"""Anki's side of `RecallBenchmarks import`, with Anki's own Python library (`pip install anki`).

    python3 tools/anki-benchmark.py build OUT.apkg [--notes 100000 --reviews 865000]
    python3 tools/anki-benchmark.py import PACKAGE
    python3 tools/anki-benchmark.py upload PACKAGE --server URL --user NAME --password PASS
    python3 tools/anki-benchmark.py download --server URL --user NAME --password PASS

`build` makes a collection with Anki itself (basic-and-reversed and cloze notes with HTML
fields and tags in ten decks, every card given its share of the review log at growing
intervals) and exports it as Anki exports a package, with scheduling. `import` imports a
package into a fresh collection as Anki's "Import" does, and prints the seconds it took.
`upload` imports a package into a fresh collection and sends it to a sync server by a full
upload. `download` makes a fresh collection and takes the server's by a full download, as
Anki does on a new device (login, sync, full download), and prints the seconds it took.
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


def import_into(col: Collection, package: str) -> None:
    """Imports `package` into `col` as Anki's "Import" does, with its scheduling."""
    col.import_anki_package(
        ImportAnkiPackageRequest(
            package_path=os.path.abspath(package),
            options=ImportAnkiPackageOptions(with_scheduling=True, merge_notetypes=True),
        )
    )


def import_package(package: str) -> None:
    with tempfile.TemporaryDirectory() as directory:
        started = time.monotonic()
        col = Collection(os.path.join(directory, "import.anki2"))
        try:
            import_into(col, package)
        finally:
            col.close()
        print(f"{time.monotonic() - started:.3f}")


def full_sync(col: Collection, args: argparse.Namespace, upload: bool) -> None:
    """Logs in and syncs `col` as Anki does; the full sync it asks for goes the way `upload` says."""
    auth = col.sync_login(args.user, args.password, args.server)
    if upload:
        # The server checks a large upload before it answers: give it time on a busy machine.
        auth.io_timeout_secs = 600
    out = col.sync_collection(auth, False)
    if out.required not in (out.FULL_SYNC, out.FULL_UPLOAD, out.FULL_DOWNLOAD):
        raise SystemExit(f"the server asked for no full sync ({out.required})")
    col.close_for_full_sync()
    col.full_upload_or_download(auth=auth, server_usn=None, upload=upload)
    col.reopen(after_full_sync=True)


def upload(package: str, args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as directory:
        col = Collection(os.path.join(directory, "upload.anki2"))
        try:
            import_into(col, package)
            full_sync(col, args, upload=True)
            print(f"uploaded {col.note_count()} notes, {col.card_count()} cards")
        finally:
            col.close()


def download(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as directory:
        started = time.monotonic()
        col = Collection(os.path.join(directory, "download.anki2"))
        try:
            full_sync(col, args, upload=False)
            if col.card_count() == 0:
                raise SystemExit("the download brought no cards")
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
    send = commands.add_parser("upload")
    send.add_argument("package")
    fetch = commands.add_parser("download")
    for command in (send, fetch):
        for option in ("--server", "--user", "--password"):
            command.add_argument(option, required=True)
    args = parser.parse_args()
    if args.command == "build":
        build(args.out, args.notes, args.reviews)
    elif args.command == "upload":
        upload(args.package, args)
    elif args.command == "download":
        download(args)
    else:
        import_package(args.package)
    return 0


if __name__ == "__main__":
    sys.exit(main())
