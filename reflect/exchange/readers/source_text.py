"""Bytes of another journal's file made text: UTF-8 checked, line breaks made one kind.

Line breaks: every break stays where it was and blank lines stay blank, but a Windows
break (CR LF) or an old Mac one (CR alone) becomes LF, the one separator Reflect's text
uses, so an entry reads and saves the same whatever system wrote it. Nothing else of the
text is changed: accents, emoji, spaces and tabs are kept exactly.

A UTF-8 byte order mark (Notepad's) is dropped; a file saved as UTF-16 with its mark is
read too. A file with NUL bytes or many control bytes is binary (a picture, a program, an
encrypted journal) and refused as not text; text that is not UTF-8 is refused naming the
first line where it is not.
"""

from __future__ import annotations

import codecs
import re

from reflect.exchange.readers.problems import JRNL_NOT_TEXT, NotText, NotUtf8

_SAMPLE = 8192
_CONTROL = re.compile(rb"[\x01-\x08\x0e-\x1a\x1c-\x1f\x7f]")


def looks_binary(raw: bytes) -> bool:
    """True for bytes that are not text in any encoding a journal is saved in."""
    if b"\x00" in raw:
        return True
    sample = raw[:_SAMPLE]
    # Text has no control bytes but tabs and breaks; random bytes have one in ten.
    return len(_CONTROL.findall(sample)) * 50 > len(sample)


def _line_of(raw: bytes, offset: int) -> int:
    """The line (from 1) holding byte `offset`, whichever line breaks the file uses."""
    breaks = b"\n" if b"\n" in raw else b"\r"
    return raw.count(breaks, 0, offset) + 1


def one_kind_of_break(text: str) -> str:
    """`text` with every CR LF and lone CR made LF (see the module's note)."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_text(raw: bytes, name: str, *, jrnl: bool = False) -> str:
    """The text of a file's bytes, or a refusal naming `name` (and the line, for UTF-8).

    `jrnl` says the file was chosen as a jrnl journal: binary bytes there are most often
    an encrypted journal of jrnl's oldest kind, and the refusal says how to decrypt it.
    """
    for mark, codec in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if raw.startswith(mark):
            try:
                return one_kind_of_break(raw[len(mark) :].decode(codec))
            except UnicodeDecodeError:
                raise NotText(JRNL_NOT_TEXT if jrnl else None, file=name) from None
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    if looks_binary(raw):
        raise NotText(JRNL_NOT_TEXT if jrnl else None, file=name)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise NotUtf8(file=name, line=_line_of(raw, error.start)) from None
    return one_kind_of_break(text)
