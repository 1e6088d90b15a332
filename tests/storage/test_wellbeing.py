"""The self-care view's read: heaviness, energy and one word per reflection, from a real
encrypted journal."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import text

from reflect.domain.reflection import Answer, Reflection
from reflect.domain.wellbeing import WellbeingPoint
from reflect.storage import wellbeing_store
from reflect.storage.journal import Journal


def check_in(day: dt.date, energy: str, heaviness: str, word: str = "") -> Reflection:
    answers = [
        Answer("quick-check-in.energy", energy),
        Answer("quick-check-in.heaviness", heaviness, private=True),
    ]
    if word:
        answers.append(Answer("quick-check-in.one-word", word))
    return Reflection(
        visit_date=day, family_code="", template_id="quick-check-in", answers=tuple(answers)
    )


def after_visit(day: dt.date, heaviness: str) -> Reflection:
    return Reflection(
        visit_date=day,
        family_code="AB",
        template_id="after-visit",
        answers=(
            Answer("after-visit.what-happened", "A long visit; the baby slept through it."),
            Answer("after-visit.heaviness", heaviness, private=True),
        ),
    )


def test_points_come_back_oldest_first_with_private_answers(journal: Journal) -> None:
    day = dt.date(2026, 11, 2)
    journal.add_reflection(check_in(day + dt.timedelta(days=3), "4", "8", " Tired. "))
    journal.add_reflection(after_visit(day, "7"))
    journal.add_reflection(check_in(day - dt.timedelta(days=30), "9", "1", "light"))
    journal.add_reflection(check_in(day + dt.timedelta(days=1), "6", "3", "hopeful"))

    points = journal.wellbeing_since(day)

    assert points == [
        WellbeingPoint(day, heaviness=7),
        WellbeingPoint(day + dt.timedelta(days=1), heaviness=3, energy=6, word="hopeful"),
        WellbeingPoint(day + dt.timedelta(days=3), heaviness=8, energy=4, word="Tired"),
    ]
    assert len(journal.wellbeing_since(day - dt.timedelta(days=30))) == 4


def test_answers_that_are_not_numbers_count_as_unanswered(journal: Journal) -> None:
    day = dt.date(2026, 11, 2)
    journal.add_reflection(check_in(day, "a lot", "11", "spent"))
    journal.add_reflection(check_in(day, "", "-2"))
    journal.add_reflection(check_in(day, "5", "٣"))  # a digit, but not 0–10 as typed here

    points = journal.wellbeing_since(day)

    assert points == [
        WellbeingPoint(day, word="spent"),
        WellbeingPoint(day, energy=5),
    ]


def test_reflections_without_self_care_answers_are_left_out(journal: Journal) -> None:
    day = dt.date(2026, 11, 2)
    journal.add_reflection(
        Reflection(
            visit_date=day,
            family_code="AB",
            template_id="after-visit",
            answers=(Answer("after-visit.what-happened", "Mum sang to him; 7 minutes of song."),),
        )
    )
    assert journal.wellbeing_since(day) == []


def test_a_reflection_being_deleted_is_left_out(journal: Journal) -> None:
    day = dt.date(2026, 11, 2)
    kept = journal.add_reflection(check_in(day, "5", "5"))
    gone = journal.add_reflection(check_in(day, "2", "9"))
    task = journal.begin_delete(gone.uuid)
    assert [p.energy for p in journal.wellbeing_since(day)] == [5]
    assert task.wait() is None
    assert journal.get_reflection(kept.uuid) is not None
    assert [p.energy for p in journal.wellbeing_since(day)] == [5]


def test_the_read_uses_indexes_not_a_scan(journal: Journal) -> None:
    sql = "EXPLAIN QUERY PLAN " + str(wellbeing_store.WELLBEING_SQL)

    def plan(conn: object) -> list[str]:
        rows = conn.execute(  # type: ignore[attr-defined]
            text(sql), {"since": "2026-01-01", "heavy": "", "energy": "", "word": ""}
        )
        return [row[-1] for row in rows]

    steps = journal._read(plan)
    assert any("ix_reflections_list (visit_date>?)" in step for step in steps), steps
    assert any("INDEX" in step and "(reflection_id=?)" in step for step in steps), steps
    assert not any(step.startswith("SCAN") or "TEMP B-TREE" in step for step in steps), steps
