"""The check for names and other details over what an export would hold: the chosen
reflections only, their private answers only when they go too, at most `MAX_PLACES` listed
with every place counted, and a stop that ends it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from reflect.domain.comment import Comment
from reflect.domain.errors import ExportStopped, InvalidInput
from reflect.domain.export_request import ExportScope
from reflect.domain.reflection import Answer, Reflection
from reflect.exchange.deidentify import Part
from reflect.exchange.export_check import MAX_PLACES, check_export
from reflect.storage.background_task import StopSignal
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from tests.helpers.many_reflections import many
from tests.helpers.passphrases import FAST, PASSPHRASE

PHONE = "555-201-3344"


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    made = Journal.create(JournalPaths(tmp_path / "journal"), PASSPHRASE, kdf=FAST)[0]
    yield made
    made.close()


def _visit(day: int, said: str, private: str = "") -> Reflection:
    answers = [Answer("after-visit.what-happened", said)]
    if private:
        answers.append(Answer("after-visit.my-reactions", private, private=True))
    return Reflection(
        visit_date=dt.date(2026, 3, day),
        family_code="AB",
        template_id="after-visit",
        answers=tuple(answers),
    )


def test_only_what_would_be_exported_is_checked(journal: Journal) -> None:
    flagged = journal.add_reflection(_visit(2, f"Mum called from {PHONE}.", f"Rosa {PHONE}"))
    journal.add_reflection(_visit(3, f"Dad left {PHONE} on the fridge."))
    calm = journal.add_reflection(_visit(4, "We sat on the floor together."))
    left_out = check_export(
        journal, ExportScope.chosen((flagged.uuid, calm.uuid)), include_private=False,
        never_write=(),
    )  # fmt: skip
    assert left_out.checked == 2 and left_out.found == 1
    place = left_out.places[0]
    assert (place.reflection_uuid, place.prompt_id) == (flagged.uuid, "after-visit.what-happened")
    assert left_out.reflections[flagged.uuid].visit_date == dt.date(2026, 3, 2)
    with_private = check_export(
        journal, ExportScope.chosen((flagged.uuid,)), include_private=True,
        never_write=("Rosa",),
    )  # fmt: skip
    assert [p.prompt_id for p in with_private.places] == [
        "after-visit.what-happened",
        "after-visit.my-reactions",
        "after-visit.my-reactions",
    ]
    nothing = check_export(
        journal, ExportScope.chosen((calm.uuid,)), include_private=True, never_write=()
    )
    assert nothing.places == () and nothing.found == 0


def test_a_long_journal_lists_the_first_places_and_counts_them_all(journal: Journal) -> None:
    for day in range(1, 28):
        for _ in range(10):
            journal.add_reflection(_visit(day, f"Called {PHONE}, then {PHONE} again."))
    found = check_export(journal, ExportScope.everything(), include_private=False, never_write=())
    assert found.found == 27 * 10 * 2
    assert len(found.places) == MAX_PLACES
    assert {p.part for p in found.places} == {Part.ANSWER}
    assert set(found.reflections) == {p.reflection_uuid for p in found.places}


def test_nothing_chosen_or_a_stop_ends_it(journal: Journal) -> None:
    with pytest.raises(InvalidInput):
        check_export(journal, ExportScope.everything(), include_private=False, never_write=())
    journal.import_content(many(1200))
    stop = StopSignal()
    stop.request()
    with pytest.raises(ExportStopped):
        check_export(
            journal, ExportScope.everything(), include_private=False, never_write=(), stop=stop
        )


def test_comments_the_export_carries_are_checked_and_those_it_leaves_out_are_not(
    journal: Journal,
) -> None:
    """A name in a supervisor's comment would reach the plain file too; a comment on a
    private answer stays out with the answer, and so does its check."""
    mine = journal.add_reflection(_visit(5, "A quiet visit.", "My own worry."))
    when = dt.datetime(2026, 3, 6, tzinfo=dt.UTC)
    journal.add_comment(Comment(mine.uuid, "Dana", f"Call {PHONE} about it?", when))
    on_private = Comment(
        mine.uuid, "Dana", "Rosa again?", when, prompt_id="after-visit.my-reactions"
    )
    journal.add_comment(on_private)
    left_out = check_export(
        journal, ExportScope.chosen((mine.uuid,)), include_private=False, never_write=("Rosa",)
    )
    assert [(p.part, p.flag.found) for p in left_out.places] == [(Part.COMMENT, PHONE)]
    with_private = check_export(
        journal, ExportScope.chosen((mine.uuid,)), include_private=True, never_write=("Rosa",)
    )
    assert sorted(p.flag.found for p in with_private.places if p.part is Part.COMMENT) == [
        PHONE,
        "Rosa",
    ]
