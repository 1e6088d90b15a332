"""The demo's invented families and their reflections, from `resources/demo/families/`."""

from __future__ import annotations

import datetime as dt
from importlib.resources.abc import Traversable

from reflect.demo.data_file import Fields, data_files
from reflect.demo.demo_dates import day_of, fixed_uuid
from reflect.domain.reflection import Answer, Reflection, ShareState, Status, VisitKind

FAMILIES_FOLDER = "families"
_FAMILY_FIELDS = ("code", "reflections")
_REFLECTION_FIELDS = (
    "number",
    "days_ago",
    "template",
    "kind",
    "minutes",
    "status",
    "share",
    "themes",
    "private",
    "notes",
    "answers",
)


def demo_reflections(today: dt.date, folder: Traversable | None = None) -> list[Reflection]:
    """Every demo family's reflections, dated back from `today`, oldest first; `folder`
    holds the data files (the app's own unless given)."""
    reflections = [
        _reflection(entry, family.text("code"), today)
        for family in data_files(FAMILIES_FOLDER, folder)
        for entry in _entries(family)
    ]
    reflections.sort(key=lambda reflection: (reflection.visit_date, reflection.uuid))
    return reflections


def _entries(family: Fields) -> list[Fields]:
    family.only(_FAMILY_FIELDS)
    return family.tables("reflections")


def _reflection(entry: Fields, family_code: str, today: dt.date) -> Reflection:
    entry.only(_REFLECTION_FIELDS)
    template = entry.text("template", "after-visit")
    return Reflection(
        visit_date=day_of(entry, today),
        family_code=family_code,
        template_id=template,
        uuid=fixed_uuid(entry.number("number")),
        visit_kind=entry.choice("kind", VisitKind, VisitKind.HOME_VISIT),
        duration_minutes=entry.optional_number("minutes"),
        answers=_answers(entry, template),
        notes=entry.text("notes", ""),
        themes=entry.texts("themes"),
        status=entry.choice("status", Status, Status.COMPLETE),
        share_state=entry.choice("share", ShareState, ShareState.PRIVATE),
    )


def _answers(entry: Fields, template: str) -> tuple[Answer, ...]:
    """Each answer under its full prompt id (`seen` in an after-visit is `after-visit.seen`)."""
    answers = entry.table("answers")
    private = set(entry.texts("private"))
    unknown = private - set(answers.names())
    if unknown:
        raise entry.problem("private", "names a prompt not answered")
    return tuple(
        Answer(f"{template}.{name}", answers.text(name), private=name in private)
        for name in answers.names()
    )
