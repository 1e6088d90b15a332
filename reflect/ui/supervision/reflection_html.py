"""A reflection as read-only HTML: the share preview and what a supervisor reads.

Every piece of typed text is escaped; links (when asked for) only name a prompt id, so the
reader can answer one answer.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

from reflect.domain.comment import Comment
from reflect.domain.library import Library
from reflect.domain.reflection import Reflection, VisitKind
from reflect.ui.widgets.local_dates import day_text
from reflect.ui.widgets.plurals import TranslationContext, english_plural

WHOLE = "whole"
"""The link target (and combo value) for a comment on the whole reflection."""


class ReflectionHtml(TranslationContext):
    """The translation context of a reflection's words as HTML."""


def visit_kind_label(kind: VisitKind) -> str:
    """How a visit kind reads in a sentence."""
    return {
        VisitKind.HOME_VISIT: ReflectionHtml.tr("Home visit"),
        VisitKind.VIRTUAL: ReflectionHtml.tr("Virtual visit"),
        VisitKind.PHONE: ReflectionHtml.tr("Phone call"),
        VisitKind.GROUP: ReflectionHtml.tr("Group"),
        VisitKind.OTHER: ReflectionHtml.tr("Other"),
    }[kind]


def prompt_text(library: Library, prompt_id: str, carried: str = "") -> str:
    """The question as the reader's app words it; if this app does not know the prompt,
    as the packet carried it from the sender's app; its id only when neither has it."""
    return library.question(prompt_id) or carried or prompt_id


def answer_text(library: Library, prompt_id: str, stored: str) -> str:
    """An answer as the reader's app shows it: a choice in the reader's language (it is
    stored by key), anything written as it was written."""
    try:
        return library.prompt(prompt_id).shown(stored)
    except KeyError:  # a prompt this app does not know: shown as it came
        return stored


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
        sent = ReflectionHtml.tr("sent") if c.read else ReflectionHtml.tr("not sent yet")
        state = "" if c.author else sent
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
    minutes = reflection.duration_minutes or 0
    duration = ReflectionHtml.tr(" · %n minute(s)", "", minutes) if minutes else ""
    kind = visit_kind_label(reflection.visit_kind)
    out = [
        f"<h3>{day_text(reflection.visit_date, 'd MMMM yyyy')} · "
        f"{html.escape(reflection.family_code)}</h3>",
        f"<p><i>{kind}{english_plural(duration, minutes)}</i></p>",
    ]
    you, comment_here = ReflectionHtml.tr("You"), ReflectionHtml.tr("Comment on this answer")
    for answer in reflection.answers:
        question = prompt_text(library, answer.prompt_id, carried.get(answer.prompt_id, ""))
        out.append(f"<p><b>{html.escape(question)}</b></p>")
        out.append(_paragraphs(answer_text(library, answer.prompt_id, answer.text)))
        out.append(_comments(comments.get(answer.prompt_id, ()), you))
        if links:
            out.append(
                f"<p style='font-size:small'><a href='comment:{html.escape(answer.prompt_id)}'>"
                f"{comment_here}</a></p>"
            )
    if reflection.notes.strip():
        notes = ReflectionHtml.tr("Notes")
        out.append(f"<p><b>{notes}</b></p>{_paragraphs(reflection.notes)}")
    if reflection.themes:
        titles = ", ".join(_theme_title(library, t) for t in reflection.themes)
        themes = ReflectionHtml.tr("Themes")
        out.append(f"<p><i>{themes}: {html.escape(titles)}</i></p>")
    if private_left_out:
        left_out = ReflectionHtml.tr(
            "Not shared: %n private answer(s), kept on this computer.", "", private_left_out
        )
        out.append(f"<p><i>{english_plural(left_out, private_left_out)}</i></p>")
    whole = comments.get(WHOLE, ())
    if whole:
        on_whole = ReflectionHtml.tr("On the whole reflection")
        out.append(f"<p><b>{on_whole}</b></p>{_comments(whole, you)}")
    return "".join(out)
