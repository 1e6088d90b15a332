"""Just enough of PDF to read back the text Qt's PDF writer puts on a page.

Qt writes each glyph as a hex glyph id under a Type 0 font with a ToUnicode map, in
Flate-compressed content streams. This reads those maps and those streams, and nothing
else: it is a test helper for Qt's output, not a PDF reader. Glyphs come back in drawing
order with few spaces, so compare with whitespace removed.
"""

from __future__ import annotations

import re
import unicodedata
import zlib

_OBJECT_START = re.compile(rb"(?m)^(\d+) 0 obj")
_STREAM = re.compile(rb"stream\r?\n")
_FONT_NAMES = re.compile(rb"/(F\d+) (\d+) 0 R")
_TO_UNICODE = re.compile(rb"/ToUnicode (\d+) 0 R")
_BFCHAR = re.compile(rb"beginbfchar(.*?)endbfchar", re.S)
_BFRANGE = re.compile(rb"beginbfrange(.*?)endbfrange", re.S)
_HEX = re.compile(rb"<([0-9A-Fa-f]+)>")
_OPS = re.compile(rb"/(F\d+) [\d.]+ Tf|<([0-9A-Fa-f]+)> Tj|\[([^\]]*)\] TJ")


def _objects(data: bytes) -> dict[int, bytes]:
    """Each object's bytes, by number: from its header to the next object's.

    Compressed stream data can hold the bytes "endobj" or "endstream" by chance, so an
    object is never cut at the first of them; only the last in its span ends it.
    """
    starts = list(_OBJECT_START.finditer(data))
    ends = [m.start() for m in starts[1:]] + [len(data)]
    return {int(m.group(1)): data[m.end() : end] for m, end in zip(starts, ends, strict=True)}


def _stream(body: bytes) -> bytes:
    match = _STREAM.search(body)
    end = body.rfind(b"endstream")
    if match is None or end < match.end():
        return b""
    # The end of line before "endstream" may be "\r\n"; a "\r" left over is after the end
    # of the compressed data, where the decompressor leaves it unread. (Stripping it would
    # cut data that happens to end in that byte.)
    raw = body[match.end() : end].removesuffix(b"\n")
    if b"/FlateDecode" in body[: match.start()]:
        return zlib.decompressobj().decompress(raw)
    return raw.removesuffix(b"\r")


def _text(hex_text: bytes) -> str:
    return bytes.fromhex(hex_text.decode("ascii")).decode("utf-16-be")


def _cmap(data: bytes) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for block in _BFCHAR.findall(data):
        codes = _HEX.findall(block)
        for glyph, text in zip(codes[::2], codes[1::2], strict=True):
            mapping[int(glyph, 16)] = _text(text)
    for block in _BFRANGE.findall(data):
        for line in block.strip().splitlines():
            parts = _HEX.findall(line)
            if len(parts) < 3:
                continue
            low, high = int(parts[0], 16), int(parts[1], 16)
            if b"[" in line:  # one destination per glyph
                for offset, text in enumerate(parts[2:]):
                    mapping[low + offset] = _text(text)
            else:
                first = ord(_text(parts[2]))
                for offset in range(high - low + 1):
                    mapping[low + offset] = chr(first + offset)
    return mapping


def pdf_text(data: bytes) -> str:
    """Every glyph drawn in the PDF, page after page, as text."""
    objects = _objects(data)
    maps: dict[int, dict[int, str]] = {}
    for number, body in objects.items():
        found = _TO_UNICODE.search(body)
        if b"/Type0" in body and found is not None:
            maps[number] = _cmap(_stream(objects[int(found.group(1))]))
    fonts = {
        name.decode(): maps[int(ref)]
        for body in objects.values()
        for name, ref in _FONT_NAMES.findall(body)
        if int(ref) in maps
    }
    out: list[str] = []
    for body in objects.values():
        if b"/Filter /FlateDecode" not in body or b"/Length1" in body:
            continue  # only page content, not embedded font programs
        content = _stream(body)
        current: dict[int, str] = {}
        for font, single, array in _OPS.findall(content):
            if font:
                current = fonts.get(font.decode(), {})
                continue
            for hex_text in [single] if single else _HEX.findall(array):
                raw = bytes.fromhex(hex_text.decode("ascii"))
                for i in range(0, len(raw) - 1, 2):
                    out.append(current.get(int.from_bytes(raw[i : i + 2], "big"), "\ufffd"))
        out.append("\n")
    # Ligatures the font drew ("ﬂ") back into their letters.
    return unicodedata.normalize("NFKC", "".join(out))
