"""Reflections to put in real journals, and a raw look at what a journal leaves on disk."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reflect.domain.reflection import Answer, Reflection
from reflect.storage.journal import Journal


def reflection(
    marker: str = "",
    *,
    code: str = "AB",
    day: dt.date = dt.date(2026, 11, 2),
    themes: tuple[str, ...] = (),
    private_marker: str = "",
) -> Reflection:
    """A small after-visit reflection; `marker` lands in an answer so it can be searched for."""
    answers = [
        Answer(
            "after-visit.what-happened", f"Short visit, baby was sleepy at first {marker}".strip()
        ),
        Answer("after-visit.seen", "Mum followed the baby's gaze to the window and named it."),
        Answer("after-visit.soothed", "When he cried she rocked him and hummed until he settled."),
    ]
    if private_marker:
        answers.append(Answer("after-visit.my-reactions", private_marker, private=True))
    return Reflection(
        visit_date=day,
        family_code=code,
        template_id="after-visit",
        answers=tuple(answers),
        themes=themes,
        duration_minutes=60,
    )


def all_bytes_under(folder: Path) -> dict[str, bytes]:
    """Every file below `folder`, read raw."""
    return {str(p): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def add_long_reflections(journal: Journal, count: int) -> None:
    """`count` reflections of about 400 words each: a journal whose backup takes a while."""
    filler = " ".join(f"word{i}" for i in range(400))
    journal.add_reflections(
        Reflection(
            visit_date=dt.date(2026, 11, 2),
            family_code="AB",
            template_id="after-visit",
            answers=(Answer("after-visit.what-happened", f"{filler} {i}"),),
        )
        for i in range(count)
    )
