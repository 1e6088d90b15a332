"""The words a Markdown or PDF export writes around the visitor's own text.

English here; the session hands the exports a copy in the screens' language (the command
line keeps these). Dates are written as ISO dates (2026-11-02) in every language, so the
files sort and read the same everywhere.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from reflect.domain.library import Library
from reflect.domain.reflection import Reflection, Status, VisitKind


@dataclass(frozen=True, slots=True)
class ExportWords:
    """Headings and labels of the human-readable exports."""

    title: str = "Reflections"
    made_with: str = "Exported from Reflect on {date}."
    private_left_out: str = "Private answers are not included."
    private_included: str = "Private answers are included and marked private."
    themes: str = "Themes"
    notes: str = "Other notes"
    comments: str = "Comments from supervision"
    private: str = "private"
    minutes: str = "{minutes} min"
    no_code: str = "no family code"
    home_visit: str = "Home visit"
    virtual: str = "Virtual visit"
    phone: str = "Phone call"
    group: str = "Group"
    other: str = "Other"
    draft: str = "Draft"
    complete: str = "Complete"
    about_answer: str = "On: {question}"
    page: str = "Page {page} of {pages}"

    def visit_kind(self, kind: VisitKind) -> str:
        """How the visit took place, in these words."""
        return {
            VisitKind.HOME_VISIT: self.home_visit,
            VisitKind.VIRTUAL: self.virtual,
            VisitKind.PHONE: self.phone,
            VisitKind.GROUP: self.group,
            VisitKind.OTHER: self.other,
        }[VisitKind(kind)]

    def status(self, status: Status) -> str:
        """Draft or complete, in these words."""
        return self.complete if Status(status) is Status.COMPLETE else self.draft

    def about(self, reflection: Reflection, library: Library) -> str:
        """The line under a reflection's heading: how the visit took place, how long, its
        status and the template it was written with."""
        about = [self.visit_kind(reflection.visit_kind)]
        if reflection.duration_minutes is not None:
            about.append(self.minutes.format(minutes=reflection.duration_minutes))
        about.append(self.status(reflection.status))
        with contextlib.suppress(KeyError):  # a set of questions this library does not have
            about.append(library.template(reflection.template_id).title)
        return " · ".join(about)


def shown_answer(library: Library, prompt_id: str, text: str) -> str:
    """An answer as a reader sees it (a choice by its words, not its key); one to a prompt
    this library does not know, as written."""
    try:
        return library.prompt(prompt_id).shown(text)
    except KeyError:
        return text
