"""Reflections as rich text for printing (a PDF): each one on a page of its own, laid out
like the Markdown export. Every piece of the visitor's text is escaped."""

from __future__ import annotations

import html

from reflect.domain.journal_export import ExportedReflection, JournalExport
from reflect.domain.library import Library
from reflect.exchange.export_words import ExportWords, shown_answer

_NEW_PAGE = "<div style='page-break-before: always'>"


def _text(value: str) -> str:
    """Escaped, with its line breaks kept."""
    return "<br>".join(html.escape(line) for line in value.strip().splitlines())


def reflection_html(
    item: ExportedReflection, data: JournalExport, library: Library, words: ExportWords
) -> str:
    """One reflection's heading, answers, notes and comments."""
    r = item.reflection
    esc = html.escape
    parts = [
        f"<h2>{esc(r.visit_date.isoformat())} · {esc(r.family_code or words.no_code)}</h2>",
        f"<p>{esc(words.about(r, library))}</p>",
    ]
    if r.themes:
        parts.append(f"<p><i>{esc(words.themes)}: {esc(', '.join(r.themes))}</i></p>")
    for answer in r.answers:
        if not answer.text.strip():
            continue
        question = data.questions.get(answer.prompt_id) or answer.prompt_id
        private = f" ({words.private})" if answer.private else ""
        parts.append(f"<h3>{esc(question + private)}</h3>")
        parts.append(f"<p>{_text(shown_answer(library, answer.prompt_id, answer.text))}</p>")
    if r.notes.strip():
        parts += [f"<h3>{esc(words.notes)}</h3>", f"<p>{_text(r.notes)}</p>"]
    if item.comments:
        parts.append(f"<h3>{esc(words.comments)}</h3>")
        for comment in item.comments:
            said = f"<b>{esc(comment.author)}</b> · {comment.created_at.date().isoformat()}"
            if comment.prompt_id and (topic := data.questions.get(comment.prompt_id)):
                said += "<br><i>" + esc(words.about_answer.format(question=topic)) + "</i>"
            parts.append(f"<p>{said}</p><blockquote>{_text(comment.body)}</blockquote>")
    return "".join(parts)


def journal_html(data: JournalExport, library: Library, words: ExportWords) -> str:
    """The whole document: a heading, then each reflection, oldest first."""
    private = words.private_included if data.private_included else words.private_left_out
    made = words.made_with.format(date=data.exported_at.date().isoformat())
    parts = [
        f"<h1>{html.escape(words.title)}</h1>",
        f"<p>{html.escape(made)} {html.escape(private)}</p>",
    ]
    for number, item in enumerate(data.reflections):
        body = reflection_html(item, data, library, words)
        parts.append(f"{_NEW_PAGE}{body}</div>" if number else f"<div>{body}</div>")
    return "<html><body>" + "".join(parts) + "</body></html>"
