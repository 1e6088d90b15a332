"""Reading a Reflect JSON export back, checking every field before anything is used.

The file may come from anywhere (a USB stick, an e-mail), so it is read like any file from
outside: a regular file of a sane size, JSON within limits, and every value of the right
type and range. Anything else is refused with a sentence naming the file, and the item
when one item is at fault; nothing is imported from a file that is refused.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid as uuid_module
from pathlib import Path
from types import MappingProxyType
from typing import Any

from reflect.domain.check_in import CheckIn
from reflect.domain.comment import Comment
from reflect.domain.errors import ImportRefused
from reflect.domain.family_code import MAX_CODE_LENGTH, FamilyCode
from reflect.domain.journal_export import ExportedReflection, JournalExport
from reflect.domain.own_templates import from_json
from reflect.domain.reflection import Answer, Reflection, ShareState, Status, VisitKind
from reflect.domain.supervision_session import SessionFormat, SessionMode, SupervisionSession
from reflect.exchange import json_values as v
from reflect.exchange.reflect_json import FORMAT, FORMAT_VERSION
from reflect.files.safe_files import FileTooLarge, NotARegularFile, read_regular_file
from reflect.storage import bounded_json

MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_DURATION = 24 * 60

EXPORT_FILE_MISSING = (
    "Nothing was imported: {file} could not be opened. Check that it is still there."
)
EXPORT_FILE_NOT_A_FILE = (
    "Nothing was imported: {file} is not a file. Choose the file Reflect exported."
)
EXPORT_FILE_TOO_LARGE = "Nothing was imported: {file} is larger than Reflect reads (256 MB)."
NOT_A_REFLECT_EXPORT = (
    "Nothing was imported: {file} is not a journal exported by Reflect. Choose a file "
    "Reflect exported as JSON."
)
REFLECT_EXPORT_TOO_NEW = (
    "Nothing was imported: {file} was exported by a newer version of Reflect. Update Reflect, "
    "then import it again."
)
REFLECT_EXPORT_DAMAGED = (
    "Nothing was imported: {file} is damaged, or was changed after Reflect exported it. "
    "Export it again, then import the new file."
)
DAMAGED_EXPORTED_REFLECTION = (
    "Nothing was imported: reflection {place} in {file} is damaged, or was changed after "
    "Reflect exported it. Export it again, then import the new file."
)
DAMAGED_EXPORTED_SESSION = (
    "Nothing was imported: supervision session {place} in {file} is damaged, or was changed "
    "after Reflect exported it. Export it again, then import the new file."
)
DAMAGED_EXPORTED_CHECK_IN = (
    "Nothing was imported: check-in {place} in {file} is damaged, or was changed after "
    "Reflect exported it. Export it again, then import the new file."
)


class _BadItem(Exception):
    """The item at this place (counted from 1) in its list is at fault."""

    def __init__(self, number: int) -> None:
        super().__init__(number)
        self.number = number


def _document(path: Path, name: str) -> dict[str, Any]:
    """The file's JSON object, when it is a Reflect export this Reflect can read."""
    try:
        raw = read_regular_file(path, MAX_FILE_BYTES)
    except NotARegularFile:
        raise ImportRefused(EXPORT_FILE_NOT_A_FILE, name) from None
    except FileTooLarge:
        raise ImportRefused(EXPORT_FILE_TOO_LARGE, name) from None
    except OSError:
        raise ImportRefused(EXPORT_FILE_MISSING, name) from None
    try:
        document = bounded_json.loads(
            raw, max_depth=16, max_string=MAX_FILE_BYTES, max_containers=MAX_FILE_BYTES // 2
        )
    except bounded_json.JsonRefused:
        raise ImportRefused(NOT_A_REFLECT_EXPORT, name) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ImportRefused(NOT_A_REFLECT_EXPORT, name)
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ImportRefused(NOT_A_REFLECT_EXPORT, name)
    if version > FORMAT_VERSION:
        raise ImportRefused(REFLECT_EXPORT_TOO_NEW, name)
    return document


def read_reflect_export(path: Path) -> JournalExport:
    """The export in the file at `path`, or `ImportRefused` saying what is wrong with it."""
    name = path.name or str(path)
    document = _document(path, name)
    try:
        header = _header(document)
    except (v.Bad, ValueError, TypeError):
        raise ImportRefused(REFLECT_EXPORT_DAMAGED, name) from None
    try:
        reflections = _items(document, "reflections", _reflection)
    except _BadItem as bad:
        raise ImportRefused(DAMAGED_EXPORTED_REFLECTION, name, bad.number) from None
    try:
        sessions = _items(document, "supervision_sessions", _session)
    except _BadItem as bad:
        raise ImportRefused(DAMAGED_EXPORTED_SESSION, name, bad.number) from None
    try:
        check_ins = _items(document, "check_ins", _check_in)
    except _BadItem as bad:
        raise ImportRefused(DAMAGED_EXPORTED_CHECK_IN, name, bad.number) from None
    questions: dict[str, str] = {}
    for answers in _answer_lists(document):
        for answer in answers:
            if answer.get("question"):
                questions.setdefault(str(answer["prompt_id"]), str(answer["question"]))
    return JournalExport(
        reflections=tuple(reflections),
        sessions=tuple(sessions),
        check_ins=tuple(check_ins),
        questions=MappingProxyType(questions),
        **header,
    )


def _header(document: dict[str, Any]) -> dict[str, Any]:
    for listed in ("reflections", "supervision_sessions", "check_ins"):
        v.a_list(document, listed)  # each item is read after the header
    codes = v.a_list(document, "family_codes")
    question_sets = v.a_list(document, "question_sets")
    return {
        "exported_at": v.moment(document, "exported_at"),
        "reflect_version": v.text(document, "reflect_version", v.MAX_SHORT),
        "whole_journal": v.flag(document, "whole_journal"),
        "private_included": v.flag(document, "private_answers_included"),
        "check_ins_included": v.flag(document, "check_ins_included"),
        "family_codes": tuple(
            FamilyCode(v.text(c, "code", MAX_CODE_LENGTH), v.flag(c, "active"))
            for c in map(v.an_object, codes)
        ),
        "question_sets": from_json(json.dumps(question_sets)) if question_sets else (),
    }


def _items(document: dict[str, Any], key: str, read: Any) -> list[Any]:
    """Each item of the list under `key`, read; `_BadItem` names the first one at fault."""
    items = []
    for index, value in enumerate(v.a_list(document, key)):
        try:
            items.append(read(v.an_object(value)))
        except (v.Bad, ValueError, TypeError, KeyError):
            raise _BadItem(index + 1) from None
    return items


def _answer_lists(document: dict[str, Any]) -> list[list[dict[str, Any]]]:
    items = [*document["reflections"], *document["supervision_sessions"]]
    return [item["answers"] for item in items]


# ----------------------------------------------------------------- one item each
def _reflection(value: dict[str, Any]) -> ExportedReflection:
    answers = tuple(_answer(a, private=True) for a in map(v.an_object, v.a_list(value, "answers")))
    if len({a.prompt_id for a in answers}) != len(answers):
        raise v.Bad("answers")
    duration = value.get("duration_minutes")
    if duration is not None and not 0 <= v.whole(value, "duration_minutes") <= MAX_DURATION:
        raise v.Bad("duration_minutes")
    reflection = Reflection(
        uuid=v.uuid_of(value, "uuid"),
        version=v.version(value),
        visit_date=dt.date.fromisoformat(v.text(value, "visit_date", 10)),
        family_code=v.text(value, "family_code", MAX_CODE_LENGTH),
        visit_kind=VisitKind(v.text(value, "visit_kind", v.MAX_SHORT)),
        duration_minutes=duration,
        template_id=v.identifier(value, "template_id"),
        status=Status(v.text(value, "status", v.MAX_SHORT)),
        share_state=ShareState(v.text(value, "share_state", v.MAX_SHORT)),
        created_at=v.moment(value, "created_at"),
        updated_at=v.moment(value, "updated_at"),
        themes=tuple(v.short_texts(value, "themes")),
        answers=answers,
        notes=v.text(value, "notes"),
    )
    comments = tuple(
        _comment(c, reflection.uuid) for c in map(v.an_object, v.a_list(value, "comments"))
    )
    return ExportedReflection(reflection, comments)


def _answer(value: dict[str, Any], *, private: bool) -> Answer:
    if "question" in value:
        v.text(value, "question")
    return Answer(
        v.identifier(value, "prompt_id"),
        v.text(value, "text"),
        v.flag(value, "private") if private else False,
    )


def _comment(value: dict[str, Any], reflection_uuid: str) -> Comment:
    return Comment(
        reflection_uuid=reflection_uuid,
        uuid=v.uuid_of(value, "uuid"),
        author=v.text(value, "author", v.MAX_SHORT),
        body=v.text(value, "body"),
        created_at=v.moment(value, "created_at"),
        prompt_id=v.optional_text(value, "prompt_id"),
        packet_id=v.optional_text(value, "packet_id"),
        read=v.flag(value, "read"),
        version=v.version(value),
    )


def _session(value: dict[str, Any]) -> SupervisionSession:
    minutes = v.whole(value, "minutes")
    provider = v.text(value, "provider", v.MAX_SHORT)
    if not 0 < minutes <= MAX_DURATION or not provider.strip():
        raise v.Bad("session")
    uuids = tuple(str(uuid_module.UUID(u)) for u in v.short_texts(value, "reflection_uuids"))
    return SupervisionSession(
        uuid=v.uuid_of(value, "uuid"),
        date=dt.date.fromisoformat(v.text(value, "date", 10)),
        minutes=minutes,
        provider=provider,
        format=SessionFormat(v.text(value, "format", v.MAX_SHORT)),
        mode=SessionMode(v.text(value, "mode", v.MAX_SHORT)),
        provider_category=v.text(value, "provider_category", v.MAX_SHORT),
        notes=v.text(value, "notes"),
        next_steps=v.text(value, "next_steps"),
        reflection_uuids=uuids,
        answers=tuple(
            _answer(a, private=False) for a in map(v.an_object, v.a_list(value, "answers"))
        ),
    )


def _check_in(value: dict[str, Any]) -> CheckIn:
    scale: dict[str, int | None] = {}
    for key in ("heaviness", "energy"):
        number = None if value.get(key) is None else v.whole(value, key)
        if number is not None and not 0 <= number <= 10:
            raise v.Bad(key)
        scale[key] = number
    linked = v.optional_text(value, "reflection_uuid")
    return CheckIn(
        uuid=v.uuid_of(value, "uuid"),
        created_at=v.moment(value, "created_at"),
        heaviness=scale["heaviness"],
        energy=scale["energy"],
        word=v.text(value, "word", v.MAX_SHORT),
        need=v.text(value, "need"),
        reflection_uuid=None if linked is None else str(uuid_module.UUID(linked)),
    )
