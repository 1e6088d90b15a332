"""Contact lines as people really paste them: cleaned up when added, and checked whole."""

from __future__ import annotations

import base64
import os
from pathlib import Path

import pytest

from reflect.domain.contact import CONTACT_PREFIX, Contact, ContactRole
from reflect.domain.errors import ReflectError
from reflect.domain.reflection import ShareState
from reflect.exchange.identity import Identity, parse_contact_line, read_contact_file
from tests.helpers.exchange_pair import make_side, visit

# What word processors, chat apps and web pages slip into a copied line.
DIRTY = {
    "zero-width space": lambda line: line[:30] + "\u200b" + line[30:80] + "\u200b" + line[80:],
    "byte order mark": lambda line: "\ufeff" + line,
    "zero-width joiners": lambda line: line[:40] + "\u200c\u200d" + line[40:],
    "word joiner": lambda line: line[:-10] + "\u2060" + line[-10:],
    "no-break spaces": lambda line: "\u00a0" + line.replace(":", ":\u00a0") + "\u00a0",
    "trailing newline": lambda line: line + "\r\n",
    "smart dash": lambda line: line.replace("reflect-contact", "reflect\u2013contact"),
    "non-breaking hyphen": lambda line: line.replace("-", "\u2011", 1),
    "soft hyphen": lambda line: line[:50] + "\u00ad" + line[50:],
    "capital first letter": lambda line: "R" + line[1:],
}


@pytest.mark.parametrize("kind", sorted(DIRTY))
def test_a_line_with_invisible_characters_is_cleaned_to_the_real_key(kind: str) -> None:
    theirs = Identity.generate().public()
    contact = parse_contact_line("Dana", DIRTY[kind](theirs.line))
    assert contact.line == theirs.line
    assert contact.key_id == theirs.key_id


def test_a_key_pasted_with_a_zero_width_space_is_shared_with_and_read_back(
    tmp_path: Path,
) -> None:
    visitor = make_side(tmp_path / "visitor")
    supervisor = make_side(tmp_path / "supervisor")
    pasted = DIRTY["zero-width space"](supervisor.supervision.my_contact().line)
    visitor.supervision.add_contact("Dana", pasted, ContactRole.SUPERVISOR)
    supervisor.supervision.add_contact(
        "Sam",
        DIRTY["byte order mark"](visitor.supervision.my_contact().line) + "\n",
        ContactRole.SUPERVISEE,
    )
    uuid = visitor.journal.add_reflection(visit("zwsp")).uuid
    packet = visitor.supervision.export_share(supervisor.key_id, [uuid], visitor.folder)
    assert supervisor.supervision.import_file(packet).count == 1
    for side in (visitor, supervisor):
        side.journal.close()


def _line(recipient: str, signing: bytes) -> str:
    return f"{CONTACT_PREFIX}{recipient}:{base64.b64encode(signing).decode('ascii')}"


GOOD = Identity.generate().public()
RECIPIENT_PROBLEM = "first part"
SIGNING_PROBLEM = "last part"
MALFORMED = {
    "recipient with a changed letter": (
        _line(
            GOOD.age_recipient[:-1] + ("q" if GOOD.age_recipient[-1] != "q" else "p"),
            GOOD.signing_key,
        ),
        RECIPIENT_PROBLEM,
    ),
    "recipient cut short": (_line(GOOD.age_recipient[:40], GOOD.signing_key), RECIPIENT_PROBLEM),
    "recipient that is not age": (_line("age2" + "q" * 58, GOOD.signing_key), RECIPIENT_PROBLEM),
    "signing key cut short": (_line(GOOD.age_recipient, GOOD.signing_key[:31]), SIGNING_PROBLEM),
    "signing key too long": (_line(GOOD.age_recipient, GOOD.signing_key + b"x"), SIGNING_PROBLEM),
    "signing key not base64": (
        f"{CONTACT_PREFIX}{GOOD.age_recipient}:not*base64!",
        SIGNING_PROBLEM,
    ),
    "signing key missing": (f"{CONTACT_PREFIX}{GOOD.age_recipient}:", SIGNING_PROBLEM),
    "a part too many": (GOOD.line + ":extra", "not a Reflect exchange key"),
    "no prefix": (GOOD.age_recipient, "not a Reflect exchange key"),
    "empty": ("", "not a Reflect exchange key"),
}


@pytest.mark.parametrize("kind", sorted(MALFORMED))
def test_a_malformed_key_is_refused_when_added_with_a_sentence(kind: str, tmp_path: Path) -> None:
    line, problem = MALFORMED[kind]
    side = make_side(tmp_path)
    with pytest.raises(ReflectError, match=problem) as raised:
        side.supervision.add_contact("Dana", line, ContactRole.SUPERVISOR)
    assert "paste" in raised.value.sentence  # and what to do about it
    assert side.supervision.contacts() == []
    side.journal.close()


def test_a_contact_file_saved_by_notepad_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    theirs = Identity.generate().public()
    saved = tmp_path / "dana.reflect-contact"
    saved.write_bytes(("# Reflect exchange key\r\n" + theirs.line + "\r\n").encode("utf-8-sig"))
    assert read_contact_file(saved) == theirs.line
    utf16 = tmp_path / "dana-utf16.reflect-contact"
    utf16.write_bytes(("\ufeff" + theirs.line + "\r\n").encode("utf-16-le"))
    assert read_contact_file(utf16) == theirs.line


def test_a_contact_file_that_is_not_a_regular_small_file_gets_a_sentence(tmp_path: Path) -> None:
    big = tmp_path / "big.reflect-contact"
    big.write_text(Identity.generate().public().line + "\n" + "#" * 5000, encoding="utf-8")
    folder = tmp_path / "folder.reflect-contact"
    folder.mkdir()
    fifo = tmp_path / "pipe.reflect-contact"
    os.mkfifo(fifo)  # opening it for reading would wait for a writer forever
    for path in (big, folder, fifo, tmp_path / "gone.reflect-contact"):
        with pytest.raises(ReflectError) as raised:
            read_contact_file(path)
        assert "contact file" in raised.value.sentence


def test_a_bad_key_kept_by_an_older_version_is_named_at_share_time_and_nothing_is_marked(
    tmp_path: Path,
) -> None:
    side = make_side(tmp_path)
    good = Identity.generate().public()
    # Older versions took any line whose first part began with "age1". The last letter is
    # changed to another (never to itself: one key in 32 already ends in "x").
    last = "q" if good.age_recipient[-1] != "q" else "p"
    kept = Contact("Dana", good.age_recipient[:-1] + last, good.signing_key)
    side.journal.exchange.add_contact(kept)
    uuid = side.journal.add_reflection(visit("to share")).uuid
    with pytest.raises(ReflectError, match="Remove them under People") as raised:
        side.supervision.export_share(kept.key_id, [uuid], side.folder)
    assert "add their exchange key again" in raised.value.sentence
    assert side.journal.get_reflection(uuid).share_state == ShareState.TO_SHARE
    assert list(side.folder.iterdir()) == []
    side.journal.close()
