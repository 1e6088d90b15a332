"""The de-identification check flags what could identify a family, and little else."""

from __future__ import annotations

import pytest

from reflect.domain.identifier_flag import IdentifierKind
from reflect.exchange.deidentify import check


@pytest.mark.parametrize(
    ("text", "kind", "flagged"),
    [
        ("Call her back on 555-123-4567 tomorrow.", IdentifierKind.PHONE, "555-123-4567"),
        ("Her number is (03) 9123 4567.", IdentifierKind.PHONE, "(03) 9123 4567"),
        (
            "Mom wrote from jane.doe@example.org about it.",
            IdentifierKind.EMAIL,
            "jane.doe@example.org",
        ),
        (
            "They moved to 42 Maple Grove Avenue last week.",
            IdentifierKind.ADDRESS,
            "42 Maple Grove Avenue",
        ),
        ("Baby was born 3/14/2026 at home.", IdentifierKind.BIRTH_DATE, "born 3/14/2026"),
        (
            "Birthday party on 14.03.2025 was hard.",
            IdentifierKind.BIRTH_DATE,
            "Birthday party on 14.03.2025",
        ),
    ],
)
def test_flags_likely_identifiers_in_context(text: str, kind: IdentifierKind, flagged: str) -> None:
    (flag,) = check(text)
    assert flag.kind is kind
    assert text[flag.start : flag.end] == flagged
    assert flagged.split(maxsplit=1)[0] in flag.context


def test_never_write_list_is_whole_words_and_case_blind() -> None:
    text = "Kayla smiled. Mikayla did not. kayla again."
    flags = check(text, never_write=["Kayla", "  "])
    assert [text[f.start : f.end] for f in flags] == ["Kayla", "kayla"]
    assert {f.kind for f in flags} == {IdentifierKind.NEVER_WRITE}


def test_ordinary_reflection_text_is_not_flagged() -> None:
    text = (
        "Visit with MB: 60 minutes, the baby was 4 months old. Heaviness 7 out of 10. "
        "Mom held him for 2 or 3 minutes, then the 6 R's came to mind. Next visit 12/3."
    )
    assert check(text) == []
