"""The words of one list row: its heading and its small state marks."""

from __future__ import annotations

from reflect.domain.reflection import ReflectionSummary, ShareState, Status
from reflect.ui.widgets.plurals import TranslationContext, english_plural


class ReflectionRow(TranslationContext):
    """The translation context of a list row's words."""


def badges(summary: ReflectionSummary) -> list[str]:
    """The small words after the code: draft, to bring, shared, comments."""
    found = []
    if summary.status == Status.DRAFT:
        found.append(ReflectionRow.tr("Draft"))
    if summary.share_state == ShareState.TO_SHARE:
        found.append(ReflectionRow.tr("To bring to supervision"))
    elif summary.share_state == ShareState.SHARED:
        found.append(ReflectionRow.tr("Shared"))
    if n := summary.unread_comments:
        found.append(english_plural(ReflectionRow.tr("%n new comment(s)", "", n), n))
    elif n := summary.comment_count:
        found.append(english_plural(ReflectionRow.tr("%n comment(s)", "", n), n))
    return found


def heading(summary: ReflectionSummary, locale_date: str) -> str:
    """First line of a row: the date and the family code."""
    code = summary.family_code or ReflectionRow.tr("no code yet")
    return f"{locale_date}  ·  {code}"


def nothing_written() -> str:
    """The row's second line when nothing has been written yet."""
    return ReflectionRow.tr("(nothing written yet)")
