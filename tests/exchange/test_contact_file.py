"""Opening a contact file: whatever the visitor picks, a sentence at once, never a hang."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from reflect.domain.errors import ReflectError
from reflect.exchange.identity import (
    MAX_CONTACT_FILE,
    Identity,
    contact_file_text,
    read_contact_file,
)
from tests.helpers.watchdog import within


def test_a_contact_file_gives_its_key_line(tmp_path: Path) -> None:
    contact = Identity.generate().public("Maria")
    path = tmp_path / "maria.reflect-contact"
    path.write_text(contact_file_text(contact), encoding="utf-8")
    assert within(2.0, lambda: read_contact_file(path)) == contact.line


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _dev_zero(path: Path) -> None:
    path.symlink_to("/dev/zero")


def _folder(path: Path) -> None:
    path.mkdir()


def _too_large(path: Path) -> None:
    path.write_bytes(b"#" * (MAX_CONTACT_FILE + 1))


STRANGE: dict[str, tuple[Callable[[Path], None], str]] = {
    "a folder": (_folder, "not a file Reflect can read"),
    "too large": (_too_large, "too large"),
    "not UTF-8": (lambda p: p.write_bytes(b"reflect-contact:\xff\xfe"), "does not hold"),
    "no key line": (lambda p: p.write_text("hello\n"), "does not hold"),
    "missing": (lambda p: None, "no longer there"),
}
if hasattr(os, "mkfifo"):
    STRANGE["a FIFO"] = (_fifo, "not a file Reflect can read")
if Path("/dev/zero").exists():
    STRANGE["/dev/zero behind a symlink"] = (_dev_zero, "not a file Reflect can read")


@pytest.mark.parametrize(("make", "words"), STRANGE.values(), ids=STRANGE.keys())
def test_a_strange_file_gives_a_sentence_within_two_seconds(
    tmp_path: Path, make: Callable[[Path], None], words: str
) -> None:
    path = tmp_path / "contact.reflect-contact"
    make(path)
    with pytest.raises(ReflectError) as error:
        within(2.0, lambda: read_contact_file(path))
    assert words in error.value.sentence
