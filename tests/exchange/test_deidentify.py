"""The de-identification check flags what could identify a family, and little else."""

from __future__ import annotations

import datetime as dt

import pytest

from reflect.domain.identifier_flag import IdentifierKind
from reflect.domain.reflection import Answer, Reflection
from reflect.exchange.deidentify import FlaggedPlace, Part, check, check_reflections


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


def _reflection(*answers: Answer, notes: str = "") -> Reflection:
    return Reflection(dt.date(2026, 11, 12), "KL", "after-visit", answers=answers, notes=notes)


def test_check_reflections_names_each_place_and_skips_private_answers() -> None:
    first = _reflection(
        Answer("after-visit.what", "Mom texted from 555-123-4567 before we came."),
        Answer("after-visit.seen", "Jamila cried at the door.", private=True),
        Answer("after-visit.felt", "I felt Jamila was testing me."),
        notes="Next time ask Jamila about the move to 42 Maple Grove Avenue.",
    )
    second = _reflection(Answer("after-visit.what", "A quiet visit; nothing to name."))

    places = check_reflections(iter([first, second]), iter(["jamila"]))

    found = [(p.reflection_uuid, p.prompt_id, p.flag.kind) for p in places]
    assert found == [
        (first.uuid, "after-visit.what", IdentifierKind.PHONE),
        (first.uuid, "after-visit.felt", IdentifierKind.NEVER_WRITE),
        (first.uuid, None, IdentifierKind.NEVER_WRITE),
        (first.uuid, None, IdentifierKind.ADDRESS),
    ]
    uuid, prompt_id, flag, part = places[0]
    assert (uuid, prompt_id, part) == (first.uuid, "after-visit.what", Part.ANSWER)
    assert "555-123-4567" in flag.context
    assert all(isinstance(p, FlaggedPlace) for p in places)


def test_family_codes_and_themes_are_checked_as_well_as_answers_and_notes() -> None:
    reflection = Reflection(
        dt.date(2026, 11, 12),
        "Jamila R",
        "after-visit",
        answers=(Answer("after-visit.what", "A quiet visit."),),
        notes="Nothing to add.",
        themes=("sleep", "call 555-123-4567", "ZOË"),
    )

    places = check_reflections([reflection], ["jamila", "Zoe"])

    assert [(p.part, p.prompt_id, p.flag.kind, p.flag.found) for p in places] == [
        (Part.FAMILY_CODE, None, IdentifierKind.NEVER_WRITE, "Jamila"),
        (Part.THEMES, None, IdentifierKind.PHONE, "555-123-4567"),
        (Part.THEMES, None, IdentifierKind.NEVER_WRITE, "ZOË"),
    ]
    assert places[0].flag.context == "Jamila R"


def test_notes_are_named_as_notes() -> None:
    places = check_reflections([_reflection(notes="Call 555-123-4567.")])
    assert [(p.part, p.prompt_id) for p in places] == [(Part.NOTES, None)]


def test_check_reflections_with_nothing_to_flag_is_empty() -> None:
    assert check_reflections([_reflection(Answer("after-visit.what", "Calm visit."))]) == []
    assert check_reflections([]) == []


def test_each_flag_knows_where_its_words_sit_in_the_context() -> None:
    text = (
        "A long first sentence about the visit and the baby's sleep. Jamila said the rent "
        "went up; Jamila's sister lives at 42 Maple\n   Grove Avenue now, which is a long "
        "way from the clinic and the bus."
    )
    flags = check(text, ["Jamila"])
    assert [f.found for f in flags] == ["Jamila", "Jamila", "42 Maple Grove Avenue"]
    for flag in flags:
        before, found, after = flag.context_parts()
        assert before + found + after == flag.context
        assert "\n" not in flag.context and "  " not in flag.context
    before, found, after = flags[1].context_parts()
    assert before.startswith("…") and before.endswith("the rent went up; ")
    assert after.startswith("'s sister")
    assert flags[2].context.endswith("…")
    assert check("555-123-4567")[0].context_parts() == ("", "555-123-4567", "")
