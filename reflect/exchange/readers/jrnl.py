"""A jrnl journal: its plain-text file, or its JSON export, told apart by their content.

An encrypted journal (jrnl's `JRNLv3` or v2 marks, or the oldest kind's raw bytes) is
refused with the advice to decrypt it with jrnl first; a .zip (most likely a Day One
export chosen as jrnl) is refused saying so. An empty file is an empty journal, as jrnl makes them.
"""

from __future__ import annotations

from pathlib import Path

from reflect.domain.imported_entry import ImportPreview
from reflect.exchange.readers.dayone_zip import ZIP_MARKS
from reflect.exchange.readers.jrnl_entries import is_encrypted
from reflect.exchange.readers.jrnl_json import read_jrnl_json
from reflect.exchange.readers.jrnl_text import read_jrnl_text
from reflect.exchange.readers.problems import ZIP_GIVEN_AS_JRNL, EncryptedJrnl, WrongFormat
from reflect.exchange.readers.source_files import read_text_file, shown_name
from reflect.exchange.readers.source_json import parse_json
from reflect.exchange.readers.source_text import decode_text


def read_jrnl(path: Path) -> ImportPreview:
    """The entries of the jrnl journal (or export) at `path`, or a refusal naming it."""
    name = shown_name(path)
    raw = read_text_file(path, name)
    if is_encrypted(raw):
        raise EncryptedJrnl(file=name)
    if raw.startswith(ZIP_MARKS):
        raise WrongFormat(ZIP_GIVEN_AS_JRNL, file=name)
    text = decode_text(raw, name, jrnl=True)
    if text.lstrip().startswith("{"):
        entries = read_jrnl_json(parse_json(text, name), text, name)
    else:
        entries = read_jrnl_text(text, name)
    return ImportPreview(source=str(path), entries=entries)
