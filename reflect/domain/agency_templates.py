"""An agency's own sets of questions, read from a folder the visitor (or agency IT) chose.

Their ids are Reflect's with `agency-` in front, so they never take the place of Reflect's
own sets or of a visitor's copies (`own-`), and answers written with them keep their
meaning if the folder later changes. They are in one language, as the agency wrote them.
"""

from __future__ import annotations

from dataclasses import dataclass

from reflect.domain.template import Template

AGENCY_PREFIX = "agency-"


def is_agency(template_id: str) -> bool:
    """Whether a template id names a set of questions from the agency's folder."""
    return template_id.startswith(AGENCY_PREFIX)


@dataclass(frozen=True, slots=True)
class TemplateFileProblem:
    """A file in the agency's folder that was not used: its name, the line the problem is
    on (None when it cannot be told) and what is wrong, in the words of the file's author
    (a field's name, what it should be)."""

    file: str
    line: int | None
    problem: str


@dataclass(frozen=True, slots=True)
class AgencyTemplates:
    """What the agency's folder gave: the sets it holds, the files refused, and whether
    the folder could be reached at all (a network drive may be unplugged)."""

    folder: str = ""
    templates: tuple[Template, ...] = ()
    problems: tuple[TemplateFileProblem, ...] = ()
    reachable: bool = True
    more_files: bool = False
    """True when the folder held more files than Reflect reads (the first ones were read)."""
