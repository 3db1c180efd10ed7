#!/usr/bin/env bash
# Builds recall and scores generated questions for the three evaluation articles.
# usage: tools/eval.sh [--verbose]   (articles and gold lists from EVAL_DIR, default ../shared/eval)
set -euo pipefail
cd "$(dirname "$0")/.."
EVAL_DIR="${EVAL_DIR:-/work/shared/eval}"
BUNDLED="${BUNDLED:-/work/shared/articles/baku-tightrope.txt}"
# RECALL_BIN: another binary taking the same arguments (`X generate ARTICLE --format json -o F`).
RECALL="${RECALL_BIN:-.build/debug/recall}"
[ -n "${RECALL_BIN:-}" ] || swift build --product recall >/dev/null 2>&1
out="$(mktemp -d)"
status=0
score() { # article gold min-recall
    local name; name="$(basename "$1" .txt)"
    "$RECALL" generate "$1" --format json -o "$out/$name.json" 2>/dev/null
    echo "== $name"
    python3 tools/score.py "$out/$name.json" "$2" --min-recall "$3" "${@:4}" || status=1
}
score "$BUNDLED" "$EVAL_DIR/gold-seed.json" 0.95 "$@"
for article in "$EVAL_DIR"/articles/*.txt; do
    case "$article" in *.source.txt) continue ;; esac
    score "$article" "${article%.txt}.gold.json" 0.85 "$@"
done
echo "outputs in $out"
exit $status
