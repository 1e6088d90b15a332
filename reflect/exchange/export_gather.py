"""Gathering what an export holds from an open journal: the chosen reflections (private
answers left out unless asked for), their comments, the sessions that go with them, and,
for the whole journal only, check-ins when asked for.

Reflections are read a few hundred at a time; between reads the work can be stopped and
says how far it has gone, so an export of 10,000 reflections shows its progress and a
Cancel (or a Lock) ends it within a moment.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from types import MappingProxyType

from reflect import __version__
from reflect.domain.errors import InvalidInput
from reflect.domain.export_request import ExportRequest, ExportScope
from reflect.domain.journal_export import ExportedReflection, JournalExport
from reflect.domain.library import Library
from reflect.domain.own_templates import from_json
from reflect.domain.template import Template
from reflect.storage.background_task import StopSignal
from reflect.storage.export_reads import CHUNK
from reflect.storage.journal import Journal

log = logging.getLogger(__name__)

QUESTION_SETS = "own_templates"
"""The journal setting that holds the visitor's own sets of questions."""
NOTHING_TO_EXPORT = "There are no reflections to export. Choose some, or widen the dates."
CHECK_INS_ONLY_WHOLE = (
    "Check-ins are exported only in a JSON export of the whole journal. Choose that, or "
    "leave check-ins out."
)


def chosen_uuids(journal: Journal, scope: ExportScope) -> list[str]:
    """The reflections the scope names, oldest first."""
    if scope.uuids is not None:
        wanted = set(scope.uuids)
        return [u for u in journal.matching_uuids() if u in wanted]
    if scope.search.strip():
        return journal.found_uuids(scope.search, scope.filter)
    return journal.matching_uuids(scope.filter)


def gather(
    journal: Journal,
    request: ExportRequest,
    library: Library,
    stop: StopSignal,
    *,
    now: dt.datetime | None = None,
) -> tuple[JournalExport, int]:
    """What the export holds, and how many private answers were left out.

    Reports progress on `stop` as reflections read, out of twice their number (writing
    them is the other half); `Stopped` once a stop is asked for.
    """
    scope = request.scope
    whole = scope.whole_journal
    if request.include_check_ins and not whole:
        raise InvalidInput(CHECK_INS_ONLY_WHOLE)
    uuids = chosen_uuids(journal, scope)
    if not uuids:
        raise InvalidInput(NOTHING_TO_EXPORT)
    total = 2 * len(uuids)
    items: list[ExportedReflection] = []
    left_out = 0
    for start in range(0, len(uuids), CHUNK):
        stop.check()
        stop.report(start, total)
        for read in journal.exported_reflections(uuids[start : start + CHUNK]):
            item, dropped = (read, 0) if request.include_private else _without_private(read)
            left_out += dropped
            items.append(item)
    stop.check()
    stop.report(len(uuids), total)
    chosen = {item.reflection.uuid for item in items}
    sessions = [s for s in journal.sessions() if whole or chosen & set(s.reflection_uuids)]
    sessions.sort(key=lambda s: s.date)
    codes_used = {item.reflection.family_code for item in items}
    codes = [c for c in journal.family_codes() if whole or c.code in codes_used]
    templates_used = {item.reflection.template_id for item in items}
    question_sets = [t for t in _question_sets(journal) if whole or t.id in templates_used]
    words = library.with_templates(question_sets)
    prompts = {a.prompt_id for item in items for a in item.reflection.answers}
    prompts |= {a.prompt_id for s in sessions for a in s.answers}
    questions = {p: text for p in sorted(prompts) if (text := words.question(p))}
    data = JournalExport(
        exported_at=now or dt.datetime.now(dt.UTC),
        reflect_version=__version__,
        reflections=tuple(items),
        sessions=tuple(sessions),
        check_ins=tuple(journal.all_check_ins()) if request.include_check_ins else (),
        family_codes=tuple(codes),
        question_sets=tuple(question_sets),
        questions=MappingProxyType(questions),
        whole_journal=whole,
        private_included=request.include_private,
        check_ins_included=request.include_check_ins,
    )
    return data, left_out


def _without_private(item: ExportedReflection) -> tuple[ExportedReflection, int]:
    reflection = item.reflection
    kept = tuple(a for a in reflection.answers if not a.private)
    dropped = len(reflection.answers) - len(kept)
    if not dropped:
        return item, 0
    private = {a.prompt_id for a in reflection.answers if a.private}
    # A comment on a private answer would say what the answer was about: it stays out too.
    comments = tuple(c for c in item.comments if c.prompt_id not in private)
    return ExportedReflection(dataclasses.replace(reflection, answers=kept), comments), dropped


def _question_sets(journal: Journal) -> tuple[Template, ...]:
    try:
        return from_json(journal.exchange.setting(QUESTION_SETS))
    except ValueError:
        log.error("the own sets of questions could not be read for an export")
        return ()
