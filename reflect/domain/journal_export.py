"""A journal's content as it leaves one journal and comes into another: reflections with
their comments, supervision sessions, check-ins, family codes and own sets of questions.

Reflect's JSON export writes one of these and its import reads one back; the other
exports (Markdown, PDF) are made from one too. What is in it has already been chosen: a
private answer is here only when the visitor asked for private answers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from reflect.domain.check_in import CheckIn
from reflect.domain.comment import Comment
from reflect.domain.family_code import FamilyCode
from reflect.domain.reflection import Reflection
from reflect.domain.supervision_session import SupervisionSession
from reflect.domain.template import Template


@dataclass(frozen=True, slots=True)
class ExportedReflection:
    """One reflection, whole, with its comments from supervision (oldest first)."""

    reflection: Reflection
    comments: tuple[Comment, ...] = ()


@dataclass(frozen=True, slots=True)
class JournalExport:
    """What an export holds, or what an import brings."""

    exported_at: dt.datetime
    reflect_version: str
    reflections: tuple[ExportedReflection, ...]
    sessions: tuple[SupervisionSession, ...] = ()
    check_ins: tuple[CheckIn, ...] = ()
    family_codes: tuple[FamilyCode, ...] = ()
    question_sets: tuple[Template, ...] = ()
    """The visitor's own sets of questions the reflections were written with."""
    questions: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    """Each answered prompt's question, by prompt id, as the exporting Reflect worded it."""
    whole_journal: bool = False
    private_included: bool = False
    check_ins_included: bool = False

    @property
    def comment_count(self) -> int:
        """How many comments the reflections carry."""
        return sum(len(r.comments) for r in self.reflections)
