#!/usr/bin/env python3
"""Imports an .apkg written by `recall export --format apkg` into a fresh collection with
Anki's own Python library (`pip install anki`) and prints what Anki made of it, as JSON.

    python3 tools/check-apkg-export.py EXPORT.apkg [--expect-notes N --expect-cards N --expect-revlog N]

Exits non-zero when Anki fails to import the file or a count differs from an --expect value.
"""
import argparse
import json
import os
import sys
import tempfile

from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("package")
    parser.add_argument("--expect-notes", type=int)
    parser.add_argument("--expect-cards", type=int)
    parser.add_argument("--expect-revlog", type=int)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as directory:
        col = Collection(os.path.join(directory, "check.anki2"))
        try:
            request = ImportAnkiPackageRequest(
                package_path=os.path.abspath(args.package),
                options=ImportAnkiPackageOptions(with_scheduling=True, merge_notetypes=True),
            )
            col.import_anki_package(request)
            cards = col.db.all(
                "select c.type, c.queue, c.ivl, c.reps, c.lapses, c.data, n.flds, n.tags "
                "from cards c join notes n on n.id = c.nid order by c.id"
            )
            report = {
                "notes": col.note_count(),
                "cards": col.card_count(),
                "revlog": col.db.scalar("select count() from revlog"),
                "decks": sorted(d.name for d in col.decks.all_names_and_ids()),
                "notetypes": sorted(m.name for m in col.models.all_names_and_ids()),
                "tags": sorted(col.tags.all()),
                "media_files": sorted(os.listdir(col.media.dir())),
                "review_cards": sum(1 for c in cards if c[0] == 2),
                "suspended_cards": sum(1 for c in cards if c[1] == -1),
                "cards_with_memory_state": sum(1 for c in cards if '"s"' in (c[5] or "")),
                "first_cards": [
                    {"type": c[0], "queue": c[1], "ivl": c[2], "reps": c[3], "lapses": c[4],
                     "data": c[5], "fields": c[6].split("\x1f"), "tags": c[7].split()}
                    for c in cards[:5]
                ],
                "check_database": col.fix_integrity()[0],
            }
        finally:
            col.close()

    print(json.dumps(report, ensure_ascii=False, indent=1))
    failures = [
        f"{name}: Anki has {report[name]}, expected {want}"
        for name, want in (("notes", args.expect_notes), ("cards", args.expect_cards), ("revlog", args.expect_revlog))
        if want is not None and report[name] != want
    ]
    for failure in failures:
        print(failure, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
