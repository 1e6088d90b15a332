"""Writing, finding and reading reflections through the Journal service."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from reflect.domain.check_in import CheckIn
from reflect.domain.comment import Comment
from reflect.domain.errors import InvalidInput, NotFound
from reflect.domain.family_code import FamilyCode
from reflect.domain.reflection import Answer, ShareState, Status
from reflect.domain.search import MARK_END, MARK_START, ReflectionFilter
from reflect.domain.supervision_session import SessionMode, SupervisionSession
from reflect.storage import reflection_list
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from tests.helpers.journals import reflection
from tests.helpers.passphrases import PASSPHRASE


def test_returns_immutable_domain_objects(journal: Journal) -> None:
    saved = journal.add_reflection(reflection())
    for value in (saved, journal.get_reflection(saved.uuid)):
        assert dataclasses.is_dataclass(value)
        with pytest.raises(dataclasses.FrozenInstanceError):
            value.family_code = "XX"  # type: ignore[misc]
    # A list row is a named tuple (a page builds a hundred): just as unchangeable.
    row = journal.list_reflections().items[0]
    with pytest.raises(AttributeError):
        row.family_code = "XX"  # type: ignore[misc]


def test_update_replaces_answers_and_keeps_created_time(journal: Journal) -> None:
    saved = journal.add_reflection(reflection())
    changed = dataclasses.replace(
        saved,
        answers=(Answer("after-visit.seen", "Now only this answer.", private=True),),
        status=Status.COMPLETE,
    )
    updated = journal.update_reflection(changed)
    again = journal.get_reflection(saved.uuid)
    assert again.answers == (Answer("after-visit.seen", "Now only this answer.", private=True),)
    assert again.status is Status.COMPLETE
    assert again.created_at == saved.created_at
    assert updated.updated_at is not None and saved.updated_at is not None
    assert updated.updated_at >= saved.updated_at


def test_add_refuses_a_duplicate_and_update_refuses_a_stranger(journal: Journal) -> None:
    saved = journal.add_reflection(reflection())
    with pytest.raises(InvalidInput):
        journal.add_reflection(saved)
    with pytest.raises(NotFound):
        journal.update_reflection(reflection())


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"family_code": "X" * 40}, "at most"),
        ({"duration_minutes": -5}, "between 0 and 1440"),
        (
            {"answers": (Answer("after-visit.seen", "a"), Answer("after-visit.seen", "b"))},
            "only one answer",
        ),
    ],
)
def test_bad_input_gets_a_sentence_and_nothing_is_saved(
    journal: Journal, change: dict[str, object], words: str
) -> None:
    with pytest.raises(InvalidInput) as error:
        journal.add_reflection(dataclasses.replace(reflection(), **change))  # type: ignore[arg-type]
    assert words in str(error.value)
    assert journal.count_reflections() == 0


def test_a_draft_saves_before_its_family_code_is_chosen(journal: Journal) -> None:
    draft = journal.add_reflection(dataclasses.replace(reflection("early words"), family_code=""))
    assert journal.get_reflection(draft.uuid).family_code == ""
    assert journal.list_reflections().items[0].family_code == ""
    assert journal.list_all().family_codes == ("",)
    assert journal.search("early")[0].summary.family_code == ""
    assert journal.family_codes() == []
    done = journal.update_reflection(dataclasses.replace(draft, family_code="mb"))
    assert done.family_code == "MB"


def test_delete_removes_it_and_a_second_delete_is_not_found(journal: Journal) -> None:
    saved = journal.add_reflection(reflection("to be deleted"))
    journal.delete_reflection(saved.uuid)
    with pytest.raises(NotFound):
        journal.get_reflection(saved.uuid)
    assert journal.search("deleted") == []
    assert any(b.reason == "before-delete" for b in journal.backups())
    with pytest.raises(NotFound):
        journal.delete_reflection(saved.uuid)


def test_list_is_newest_first_and_pages_without_gaps(journal: Journal) -> None:
    start = dt.date(2026, 1, 1)
    journal.add_reflections(
        reflection(f"visit {i}", day=start + dt.timedelta(days=i % 40)) for i in range(250)
    )
    seen: list[str] = []
    dates: list[dt.date] = []
    page = journal.list_reflections(limit=100)
    while True:
        seen.extend(item.uuid for item in page.items)
        dates.extend(item.visit_date for item in page.items)
        if page.next_cursor is None:
            break
        page = journal.list_reflections(limit=100, after=page.next_cursor)
    assert len(seen) == len(set(seen)) == 250
    assert dates == sorted(dates, reverse=True)
    assert list(journal.list_all().uuids) == seen


def test_every_title_is_listed_once_when_read_in_several_pieces(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    start = dt.date(2026, 1, 1)
    journal.add_reflections(
        reflection(f"visit {i}", day=start + dt.timedelta(days=i % 7)) for i in range(95)
    )
    whole = journal.list_all()
    monkeypatch.setattr(reflection_list, "LIST_ALL_CHUNK", 10)  # many visits share a date
    pieces = journal.list_all()
    assert pieces == whole
    assert len(set(pieces.uuids)) == 95
    assert pieces.visit_dates == tuple(sorted(pieces.visit_dates, reverse=True))


def test_filters(journal: Journal) -> None:
    a = journal.add_reflection(reflection(code="ab", day=dt.date(2026, 3, 1), themes=("the-4-ss",)))
    b = journal.add_reflection(
        dataclasses.replace(
            reflection(code="CD", day=dt.date(2026, 4, 1)),
            status=Status.COMPLETE,
            share_state=ShareState.TO_SHARE,
        )
    )

    def uuids(**kwargs: object) -> set[str]:
        page = journal.list_reflections(ReflectionFilter(**kwargs))  # type: ignore[arg-type]
        return {item.uuid for item in page.items}

    assert uuids(family_code="AB ") == {a.uuid}
    assert uuids(theme="the-4-ss") == {a.uuid}
    assert uuids(status=Status.COMPLETE) == {b.uuid}
    assert uuids(share_state=ShareState.TO_SHARE) == {b.uuid}
    assert uuids(date_from=dt.date(2026, 3, 15)) == {b.uuid}
    assert uuids(date_to=dt.date(2026, 3, 15)) == {a.uuid}
    assert journal.count_reflections(ReflectionFilter(family_code="CD")) == 1
    assert uuids(answered_prompts=("after-visit.seen", "after-visit.nothing")) == {a.uuid, b.uuid}
    assert uuids(answered_prompts=("after-visit.nothing",)) == set()


def test_search_ranks_marks_and_names_the_matching_answer(journal: Journal) -> None:
    one = journal.add_reflection(reflection("grandmother sang"))
    two = journal.add_reflection(
        dataclasses.replace(
            reflection(),
            answers=(
                Answer("after-visit.what-happened", "An ordinary visit."),
                Answer(
                    "after-visit.ghosts-angels",
                    "Her grandmother sang to her; the grandmother song came back today.",
                ),
            ),
        )
    )
    hits = journal.search("grandmother")
    assert [hit.summary.uuid for hit in hits] == [two.uuid, one.uuid]
    assert hits[0].prompt_id == "after-visit.ghosts-angels"
    assert hits[0].source == "answer"
    assert f"{MARK_START}grandmother{MARK_END}" in hits[0].snippet
    assert [h.summary.uuid for h in journal.search("grandm*")] == [two.uuid, one.uuid]
    assert [h.summary.uuid for h in journal.search('"song came back"')] == [two.uuid]
    assert journal.search('"came song"') == []


def test_search_covers_notes_and_comments(journal: Journal) -> None:
    saved = journal.add_reflection(dataclasses.replace(reflection(), notes="Remember lullaby"))
    assert journal.search("lullaby")[0].source == "notes"
    journal.add_comment(
        Comment(saved.uuid, "Supervisor", "What did the quietness mean?", dt.datetime.now(dt.UTC))
    )
    hit = journal.search("quietness")[0]
    assert hit.source == "comment"
    assert hit.summary.comment_count == 1 and hit.summary.unread_comments == 1


@pytest.mark.parametrize("typed", ['"', "AND", "NOT OR", "*", "baby)", "-", "NEAR(a b)", "a:b"])
def test_odd_search_text_never_errors(journal: Journal, typed: str) -> None:
    journal.add_reflection(reflection())
    assert isinstance(journal.search(typed), list)


def test_search_within_a_filter(journal: Journal) -> None:
    journal.add_reflection(reflection("lantern", code="AB"))
    cd = journal.add_reflection(reflection("lantern", code="CD"))
    hits = journal.search("lantern", filter=ReflectionFilter(family_code="CD"))
    assert [h.summary.uuid for h in hits] == [cd.uuid]


def test_family_codes(journal: Journal) -> None:
    journal.add_family_code(" ab ")
    journal.add_reflection(reflection(code="CD"))
    journal.set_family_code_active("AB", False)
    assert journal.family_codes() == [FamilyCode("AB", False), FamilyCode("CD", True, 1)]
    assert journal.family_codes(include_closed=False) == [FamilyCode("CD", True, 1)]
    # The pickers, filled at unlock, ask for the codes alone: counting is left out.
    assert journal.family_codes(counted=False) == [FamilyCode("AB", False), FamilyCode("CD")]
    with pytest.raises(InvalidInput):
        journal.add_family_code("")


def test_comments_are_marked_read(journal: Journal) -> None:
    saved = journal.add_reflection(reflection())
    comment = Comment(
        saved.uuid,
        "Supervisor",
        "Lovely noticing.",
        dt.datetime.now(dt.UTC),
        prompt_id="after-visit.seen",
    )
    journal.add_comment(comment)
    journal.add_comment(comment)  # the same comment twice is one comment
    assert [c.body for c in journal.comments_for(saved.uuid)] == ["Lovely noticing."]
    journal.mark_comments_read(saved.uuid)
    assert journal.comments_for(saved.uuid)[0].read
    assert journal.list_reflections().items[0].unread_comments == 0


def test_supervision_sessions_and_check_ins(journal: Journal) -> None:
    saved = journal.add_reflection(reflection())
    session = SupervisionSession(
        date=dt.date(2026, 11, 5),
        minutes=60,
        provider="R. Supervisor",
        mode=SessionMode.VIDEO,
        reflection_uuids=(saved.uuid,),
    )
    journal.save_session(session)
    journal.save_session(dataclasses.replace(session, minutes=90))
    assert journal.sessions() == [dataclasses.replace(session, minutes=90)]
    with pytest.raises(InvalidInput):
        journal.save_session(dataclasses.replace(session, minutes=0))
    journal.delete_session(session.uuid)
    assert journal.sessions() == []

    check_in = CheckIn(
        dt.datetime(2026, 11, 5, 17, tzinfo=dt.UTC), heaviness=7, energy=3, word="heavy"
    )
    journal.add_check_in(check_in)
    assert journal.check_ins() == [check_in]
    with pytest.raises(InvalidInput):
        journal.add_check_in(dataclasses.replace(check_in, heaviness=11))


def test_delete_waits_for_background_readers_and_empties_the_log(
    created: tuple[JournalPaths, str],
) -> None:
    paths, _ = created
    with Journal.open(paths, PASSPHRASE, auto_backup=False) as journal:
        journal.add_reflections(reflection(f"filler {i}") for i in range(200))
        doomed = journal.add_reflection(reflection("gone for good"))
    with Journal.open(paths, PASSPHRASE, verify_before_open_bytes=0) as journal:
        journal.delete_reflection(doomed.uuid)  # the background check is still reading
        wal = Path(f"{paths.database}-wal")
        assert not wal.exists() or wal.stat().st_size == 0


@pytest.mark.parametrize(
    "change",
    [
        {"uuid": "not-a-uuid\x1fbroken"},
        {"answers": (Answer("after-visit.seen", "lone \udc80 surrogate marker"),)},
    ],
)
def test_odd_input_is_refused_with_a_sentence_holding_no_text(
    journal: Journal, change: dict[str, object]
) -> None:
    with pytest.raises(InvalidInput) as error:
        journal.add_reflection(dataclasses.replace(reflection(), **change))  # type: ignore[arg-type]
    assert "marker" not in str(error.value) and "surrogate" not in repr(error.value)
    assert journal.count_reflections() == 0
