#!/usr/bin/env bash
# Renders an HTML report in headless Chromium, light and dark, and checks that each screenshot
# shows something (not one flat colour) and that Chromium logged no failed load, blocked
# request or console error. Installs Debian's chromium if it is missing.
#
#   tools/check-html-report.sh report.html [OUT_DIR]
#
# Writes OUT_DIR/report-light.png, OUT_DIR/report-dark.png and OUT_DIR/report.pdf (OUT_DIR
# defaults to a temporary folder) and exits non-zero with a sentence on the first failed check.
set -euo pipefail

html=${1:?usage: tools/check-html-report.sh report.html [OUT_DIR]}
out=${2:-$(mktemp -d)}
[ -f "$html" ] || { echo "error: no such file: $html" >&2; exit 2; }
mkdir -p "$out"
html=$(cd "$(dirname "$html")" && pwd)/$(basename "$html")

browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
    echo "installing chromium"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends chromium >/dev/null
    browser=$(command -v chromium)
fi

shoot() { # name, extra flags...
    local name=$1; shift
    local log="$out/chromium-$name.log"
    "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$out/profile-$name" --enable-logging=stderr --v=0 \
        --window-size=1200,2400 --screenshot="$out/report-$name.png" "$@" "file://$html" \
        >"$log" 2>&1 || { echo "error: chromium failed on $html ($name); see $log" >&2; exit 1; }
    [ -s "$out/report-$name.png" ] || { echo "error: chromium wrote no screenshot ($name)" >&2; exit 1; }
    # Failed loads, loads the page's Content-Security-Policy blocked, script errors.
    if grep -Ei "net::ERR_|Failed to load|Not allowed to load|Refused to|violates the following Content Security Policy|has been blocked|Uncaught" \
        "$log" >"$out/problems-$name.txt"; then
        echo "error: chromium reported problems loading $html ($name):" >&2
        cat "$out/problems-$name.txt" >&2
        exit 1
    fi
}

# Nothing to load: no scripts, stylesheets, images, frames or fonts from elsewhere, and a
# Content-Security-Policy that would block (and so log) any load all the same.
python3 - "$html" <<'PY' || exit 1
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
found = re.findall(r"<script|<link|<img|<iframe|<object|<embed|\ssrc=|\shref=|url\(|@import", text, re.I)
if found:
    print(f"error: {sys.argv[1]} refers to outside resources: {sorted(set(found))}", file=sys.stderr)
    sys.exit(1)
if "default-src 'none'" not in text:
    print(f"error: {sys.argv[1]} has no Content-Security-Policy with default-src 'none'", file=sys.stderr)
    sys.exit(1)
PY

shoot light --blink-settings=preferredColorScheme=1
shoot dark --force-dark-mode --blink-settings=preferredColorScheme=0

# Print: the @media print styles must give a PDF with pages in it.
"$browser" --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$out/profile-print" \
    --no-pdf-header-footer --print-to-pdf="$out/report.pdf" "file://$html" >"$out/chromium-print.log" 2>&1 \
    || { echo "error: chromium could not print $html; see $out/chromium-print.log" >&2; exit 1; }
pages=$(python3 -c 'import re, sys; print(len(re.findall(rb"/Type\s*/Page(?!s)", open(sys.argv[1], "rb").read())))' "$out/report.pdf")
[ "${pages:-0}" -ge 1 ] || { echo "error: the printed report has no pages" >&2; exit 1; }
echo "$out/report.pdf: $pages pages"

python3 - "$out/report-light.png" "$out/report-dark.png" <<'PY'
import struct, sys, zlib

def pixels(path):
    """Decodes an 8-bit RGB or RGBA PNG (what Chromium writes) into rows of bytes."""
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    pos, chunks, header = 8, [], None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            chunks.append(body)
        pos += 12 + length
    width, height, depth, colour = header[:4]
    assert depth == 8 and colour in (2, 6), f"{path}: unexpected PNG format {depth}/{colour}"
    channels = 3 if colour == 2 else 4
    raw = zlib.decompress(b"".join(chunks))
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            a = line[x - channels] if x >= channels else 0
            b = previous[x]
            c = previous[x - channels] if x >= channels else 0
            if kind == 1: line[x] = (line[x] + a) & 255
            elif kind == 2: line[x] = (line[x] + b) & 255
            elif kind == 3: line[x] = (line[x] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        previous = line
    return width, height, channels, rows

def summary(path):
    width, height, channels, rows = pixels(path)
    colours, background = {}, None
    for row in rows[::2]:
        for x in range(0, width * channels, channels * 2):
            key = row[x:x + 3]
            colours[key] = colours.get(key, 0) + 1
    total = sum(colours.values())
    top, top_count = max(colours.items(), key=lambda item: item[1])
    return len(colours), top, top_count / total

failed = False
tops = []
for path in sys.argv[1:]:
    distinct, top, share = summary(path)
    tops.append(top)
    brightness = sum(top) / 3
    print(f"{path}: {distinct} distinct colours, background rgb{tuple(top)} covers {share:.0%}")
    if distinct < 16 or share > 0.985:
        print(f"error: {path} looks blank", file=sys.stderr)
        failed = True
if sum(tops[0]) / 3 < 128:
    print("error: the light screenshot has a dark background", file=sys.stderr); failed = True
if sum(tops[1]) / 3 >= 128:
    print("error: the dark screenshot has a light background", file=sys.stderr); failed = True
sys.exit(1 if failed else 0)
PY
echo "ok: $out/report-light.png, $out/report-dark.png, $out/report.pdf"
