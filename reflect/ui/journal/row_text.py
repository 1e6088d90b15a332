"""The words of one list row: its heading, its small state marks and its comment badge."""

from __future__ import annotations

from reflect.domain.reflection import ReflectionSummary, ShareState, Status
from reflect.ui.widgets.plurals import TranslationContext, english_plural


class ReflectionRow(TranslationContext):
    """The translation context of a list row's words."""


def badges(summary: ReflectionSummary) -> list[str]:
    """The small words after the code, as a screen reader hears them: draft, to bring,
    shared, comments."""
    found = []
    if summary.status == Status.DRAFT:
        found.append(ReflectionRow.tr("Draft"))
    if summary.share_state == ShareState.TO_SHARE:
        found.append(ReflectionRow.tr("To bring to supervision"))
    elif summary.share_state == ShareState.SHARED:
        found.append(ReflectionRow.tr("Shared"))
    badge = comment_badge(summary)
    if badge is not None:
        found.append(badge[0])
    return found


def marks(summary: ReflectionSummary) -> list[str]:
    """The row's state in short words for the eye: "Draft", "For supervision", "Shared"."""
    found = []
    if summary.status == Status.DRAFT:
        found.append(ReflectionRow.tr("Draft"))
    if summary.share_state == ShareState.TO_SHARE:
        found.append(ReflectionRow.tr("For supervision"))
    elif summary.share_state == ShareState.SHARED:
        found.append(ReflectionRow.tr("Shared"))
    return found


def comment_badge(summary: ReflectionSummary) -> tuple[str, bool] | None:
    """The comments from supervision: ("2 new comments", True) while some are unread,
    ("2 comments", False) once all are read, None when there are none."""
    if n := summary.unread_comments:
        return english_plural(ReflectionRow.tr("%n new comment(s)", "", n), n), True
    if n := summary.comment_count:
        return english_plural(ReflectionRow.tr("%n comment(s)", "", n), n), False
    return None


def no_code() -> str:
    """The chip's words when the reflection has no family code yet."""
    return ReflectionRow.tr("no code yet")


def heading(summary: ReflectionSummary, locale_date: str) -> str:
    """First line of a row, as a screen reader hears it: the date and the family code."""
    return f"{locale_date}  ·  {summary.family_code or no_code()}"


def nothing_written() -> str:
    """The row's second line when nothing has been written yet."""
    return ReflectionRow.tr("(nothing written yet)")
