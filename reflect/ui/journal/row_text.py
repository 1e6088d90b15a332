"""The words of one list row: its heading and its small state marks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reflect.domain.reflection import ReflectionSummary, ShareState, Status
from reflect.ui.widgets.plurals import translate_plural

CONTEXT = "ReflectionDelegate"


def tr(text: str) -> str:
    """Translate a list-row string."""
    return QCoreApplication.translate(CONTEXT, text)


def badges(summary: ReflectionSummary) -> list[str]:
    """The small words after the code: draft, to bring, shared, comments."""
    found = []
    if summary.status == Status.DRAFT:
        found.append(tr("Draft"))
    if summary.share_state == ShareState.TO_SHARE:
        found.append(tr("To bring to supervision"))
    elif summary.share_state == ShareState.SHARED:
        found.append(tr("Shared"))
    if summary.unread_comments:
        found.append(translate_plural(CONTEXT, "%n new comment(s)", summary.unread_comments))
    elif summary.comment_count:
        found.append(translate_plural(CONTEXT, "%n comment(s)", summary.comment_count))
    return found


def heading(summary: ReflectionSummary, locale_date: str) -> str:
    """First line of a row: the date and the family code."""
    code = summary.family_code or tr("no code yet")
    return f"{locale_date}  ·  {code}"
