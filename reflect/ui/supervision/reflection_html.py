"""A reflection as read-only HTML: the share preview and what a supervisor reads.

Every piece of typed text is escaped; links (when asked for) only name a prompt id, so the
reader can answer one answer.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication

from reflect.domain.comment import Comment
from reflect.domain.library import Library
from reflect.domain.reflection import Reflection, VisitKind
from reflect.ui.widgets.local_dates import day_text
from reflect.ui.widgets.plurals import translate_plural

CONTEXT = "ReflectionHtml"

WHOLE = "whole"
"""The link target (and combo value) for a comment on the whole reflection."""


def tr(text: str) -> str:
    """Translate in this module's context."""
    return QCoreApplication.translate(CONTEXT, text)


def visit_kind_label(kind: VisitKind) -> str:
    """How a visit kind reads in a sentence."""
    return {
        VisitKind.HOME_VISIT: tr("Home visit"),
        VisitKind.VIRTUAL: tr("Virtual visit"),
        VisitKind.PHONE: tr("Phone call"),
        VisitKind.GROUP: tr("Group"),
        VisitKind.OTHER: tr("Other"),
    }[kind]


def prompt_text(library: Library, prompt_id: str, carried: str = "") -> str:
    """The question as the reader's app words it; if this app does not know the prompt,
    as the packet carried it from the sender's app; its id only when neither has it."""
    return library.question(prompt_id) or carried or prompt_id


def _theme_title(library: Library, theme_id: str) -> str:
    try:
        return library.theme(theme_id).title
    except KeyError:
        return theme_id


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n") if p.strip())


def _comments(comments: Sequence[Comment], me: str) -> str:
    parts = []
    for c in comments:
        who = html.escape(c.author or me)
        state = "" if c.author else (tr("sent") if c.read else tr("not sent yet"))
        when = day_text(c.created_at.astimezone().date())
        body = "<br>".join(html.escape(line) for line in c.body.split("\n") if line.strip())
        parts.append(
            f"<blockquote><p><i>{who} · {when}{' · ' + state if state else ''}</i>"
            f"<br>{body}</p></blockquote>"
        )
    return "".join(parts)


def reflection_html(
    reflection: Reflection,
    library: Library,
    *,
    comments: Mapping[str, Sequence[Comment]] | None = None,
    links: bool = False,
    private_left_out: int = 0,
    questions: Mapping[str, str] | None = None,
) -> str:
    """The reflection as HTML; `comments` are keyed by prompt id, or WHOLE.

    `questions` are the questions a shared reflection carried, by prompt id: shown for a
    prompt this app does not know.
    """
    comments = comments or {}
    carried = questions or {}
    duration = (
        translate_plural(CONTEXT, " · %n minute(s)", reflection.duration_minutes)
        if reflection.duration_minutes
        else ""
    )
    out = [
        f"<h3>{day_text(reflection.visit_date, 'd MMMM yyyy')} · "
        f"{html.escape(reflection.family_code)}</h3>",
        f"<p><i>{visit_kind_label(reflection.visit_kind)}{duration}</i></p>",
    ]
    for answer in reflection.answers:
        question = prompt_text(library, answer.prompt_id, carried.get(answer.prompt_id, ""))
        out.append(f"<p><b>{html.escape(question)}</b></p>")
        out.append(_paragraphs(answer.text))
        out.append(_comments(comments.get(answer.prompt_id, ()), tr("You")))
        if links:
            out.append(
                f"<p style='font-size:small'><a href='comment:{html.escape(answer.prompt_id)}'>"
                f"{tr('Comment on this answer')}</a></p>"
            )
    if reflection.notes.strip():
        out.append(f"<p><b>{tr('Notes')}</b></p>{_paragraphs(reflection.notes)}")
    if reflection.themes:
        titles = ", ".join(_theme_title(library, t) for t in reflection.themes)
        out.append(f"<p><i>{tr('Themes')}: {html.escape(titles)}</i></p>")
    if private_left_out:
        left_out = translate_plural(
            CONTEXT, "Not shared: %n private answer(s), kept on this computer.", private_left_out
        )
        out.append(f"<p><i>{left_out}</i></p>")
    whole = comments.get(WHOLE, ())
    if whole:
        out.append(f"<p><b>{tr('On the whole reflection')}</b></p>{_comments(whole, tr('You'))}")
    return "".join(out)
