"""A comment as it travels in a reply: written and read back the same, refused if malformed."""

from __future__ import annotations

import datetime as dt
import json
import uuid as uuid_module
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reflect.domain.comment import Comment
from reflect.domain.comment_document import FORMAT_1_KEYS, KEYS, from_document, to_document
from reflect.domain.packet_limits import MAX_SHORT, MAX_TEXT
from reflect.domain.reflection_document import MAX_VERSION

REFLECTION = "6f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f"
COMMENT = "0b9a8c7d-6e5f-4a3b-9c2d-1e0f2a3b4c5d"


def comment(**changes: Any) -> Comment:
    fields: dict[str, Any] = {
        "reflection_uuid": REFLECTION,
        "author": "Dana",
        "body": "You stayed with Mom's worry instead of fixing it.",
        "created_at": dt.datetime(2026, 11, 4, 15, 30, tzinfo=dt.UTC),
        "prompt_id": "after-visit.seen",
        "packet_id": "3d2c1b0a-9f8e-4d7c-a6b5-c4d3e2f1a0b9",
        "uuid": COMMENT,
        "version": 3,
    }
    return Comment(**(fields | changes))


def received(document: Any, **options: Any) -> Comment:
    """Read as the visitor's journal does: through JSON, with author and packet from the packet."""
    return from_document(
        json.loads(json.dumps(document)),
        author="Dana",
        packet_id="3d2c1b0a-9f8e-4d7c-a6b5-c4d3e2f1a0b9",
        **options,
    )


def test_a_comment_reads_back_as_it_was_written() -> None:
    original = comment()
    assert received(to_document(original)) == original


def test_a_comment_on_the_whole_reflection_has_no_prompt() -> None:
    original = comment(prompt_id=None)
    assert received(to_document(original)).prompt_id is None


def test_the_document_never_carries_the_author_or_the_packet() -> None:
    document = to_document(comment(author="Dana Reyes, LCSW"))
    assert set(document) == KEYS
    assert "Dana" not in json.dumps(document)


def test_a_time_in_another_zone_is_the_same_moment_in_utc() -> None:
    local = dt.datetime(2026, 11, 4, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=-6)))
    read = received(to_document(comment(created_at=local)))
    assert read.created_at == local
    assert read.created_at.utcoffset() == dt.timedelta(0)


def test_a_format_1_comment_has_no_version_and_reads_as_version_1() -> None:
    document = to_document(comment(version=1))
    del document["version"]
    assert received(document, versioned=False) == comment(version=1)


@given(
    body=st.text(min_size=1, max_size=300).filter(str.strip),
    prompt_id=st.none() | st.text(max_size=MAX_SHORT),
    moment=st.datetimes(min_value=dt.datetime(2000, 1, 2), max_value=dt.datetime(2099, 12, 30)),
    version=st.integers(min_value=1, max_value=MAX_VERSION - 1),
    reflection=st.uuids(),
    uuid=st.uuids(),
)
def test_any_sendable_comment_survives_the_round_trip(
    *,
    body: str,
    prompt_id: str | None,
    moment: dt.datetime,
    version: int,
    reflection: uuid_module.UUID,
    uuid: uuid_module.UUID,
) -> None:
    original = comment(
        body=body,
        prompt_id=prompt_id,
        created_at=moment.replace(tzinfo=dt.UTC),
        version=version,
        reflection_uuid=str(reflection),
        uuid=str(uuid),
    )
    assert received(to_document(original)) == original


def _with(**changes: Any) -> dict[str, Any]:
    return to_document(comment()) | changes


def _without(name: str) -> dict[str, Any]:
    document = to_document(comment())
    del document[name]
    return document


MALFORMED: list[tuple[str, Any, str]] = [
    ("not an object", [to_document(comment())], "comment"),
    ("text", "a comment", "comment"),
    ("nothing", None, "comment"),
    ("an extra field", _with(author="Dana"), "comment"),
    *[(f"no {name}", _without(name), "comment") for name in sorted(KEYS)],
    ("a number for a prompt", _with(prompt_id=7), "prompt_id"),
    ("a list for a prompt", _with(prompt_id=["after-visit.seen"]), "prompt_id"),
    ("a prompt too long", _with(prompt_id="p" * (MAX_SHORT + 1)), "prompt_id"),
    ("no text", _with(body=""), "body"),
    ("only spaces", _with(body=" \n\t "), "body"),
    ("a body too long", _with(body="x" * (MAX_TEXT + 1)), "body"),
    ("a number for a body", _with(body=42), "body"),
    ("null for a body", _with(body=None), "body"),
    ("an object for a body", _with(body={"text": "hi"}), "body"),
    ("a date with no time zone", _with(created_at="2026-11-04T15:30:00"), "created_at"),
    ("a time that is not a time", _with(created_at="yesterday"), "created_at"),
    ("a time before 2000", _with(created_at="1999-12-31T23:59:00+00:00"), "created_at"),
    ("a time after 2100", _with(created_at="2100-01-01T00:00:00+00:00"), "created_at"),
    (
        "a time at the edge of the calendar",
        _with(created_at="9999-12-31T23:59:59-23:59"),
        "created_at",
    ),
    (
        "a very long time",
        _with(created_at="2026-11-04T15:30:00" + "0" * 50 + "+00:00"),
        "created_at",
    ),
    ("a number for a time", _with(created_at=1_700_000_000), "created_at"),
    ("a reflection that is not a uuid", _with(reflection_uuid="not-a-uuid"), "reflection_uuid"),
    ("a number for a reflection", _with(reflection_uuid=12), "reflection_uuid"),
    ("a huge reflection id", _with(reflection_uuid="a" * 100_000), "reflection_uuid"),
    ("an id that is not a uuid", _with(uuid="comment-1"), "uuid"),
    ("null for an id", _with(uuid=None), "uuid"),
    ("version 0", _with(version=0), "version"),
    ("a negative version", _with(version=-3), "version"),
    ("a version too large", _with(version=MAX_VERSION), "version"),
    ("true for a version", _with(version=True), "version"),
    ("a fraction for a version", _with(version=2.5), "version"),
    ("text for a version", _with(version="2"), "version"),
]


@pytest.mark.parametrize(
    ("document", "field"),
    [pytest.param(document, field, id=name) for name, document, field in MALFORMED],
)
def test_every_malformed_comment_is_refused_naming_the_field(document: Any, field: str) -> None:
    with pytest.raises(ValueError) as refused:
        from_document(document, author="Dana", packet_id="p")
    assert type(refused.value) is ValueError  # never a KeyError, TypeError or a parser's own
    assert refused.value.args == (field,)


def test_a_format_1_comment_with_a_version_is_refused() -> None:
    with pytest.raises(ValueError, match="comment"):
        from_document(to_document(comment()), versioned=False)
    assert set(_without("version")) == FORMAT_1_KEYS


def test_a_format_2_comment_without_a_version_is_refused() -> None:
    with pytest.raises(ValueError, match="comment"):
        from_document(_without("version"))
