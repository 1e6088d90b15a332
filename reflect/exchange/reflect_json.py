"""Reflect's own JSON export: a journal's content, complete, in one UTF-8 file.

The format is described in `docs/export-format.md`; `reflect_json_reader` reads it back.
Every field of every reflection is written, with each answer's question as this Reflect
words it, so the file reads on its own and imports into another journal unchanged.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from reflect.domain.check_in import CheckIn
from reflect.domain.comment import Comment
from reflect.domain.journal_export import ExportedReflection, JournalExport
from reflect.domain.own_templates import to_json
from reflect.domain.reflection import Answer
from reflect.domain.supervision_session import SupervisionSession
from reflect.files.safe_files import write_atomically

FORMAT = "reflect-journal-export"
"""What the `format` field of every Reflect export says."""
FORMAT_VERSION = 1
"""Raised when a change means an older Reflect would misread the file."""


def moment(value: dt.datetime) -> str:
    """A moment as the file writes it: ISO 8601 in UTC, to the microsecond."""
    return value.astimezone(dt.UTC).isoformat(timespec="microseconds")


def to_document(export: JournalExport) -> dict[str, Any]:
    """The whole export as plain JSON values."""
    questions = export.questions

    def answers(items: tuple[Answer, ...], *, private: bool) -> list[dict[str, Any]]:
        written = []
        for a in items:
            item: dict[str, Any] = {
                "prompt_id": a.prompt_id,
                "question": questions.get(a.prompt_id, ""),
                "text": a.text,
            }
            if private:
                item["private"] = a.private
            written.append(item)
        return written

    def reflection(item: ExportedReflection) -> dict[str, Any]:
        r = item.reflection
        return {
            "uuid": r.uuid,
            "version": r.version,
            "visit_date": r.visit_date.isoformat(),
            "family_code": r.family_code,
            "visit_kind": str(r.visit_kind),
            "duration_minutes": r.duration_minutes,
            "template_id": r.template_id,
            "status": str(r.status),
            "share_state": str(r.share_state),
            "created_at": moment(r.created_at) if r.created_at else None,
            "updated_at": moment(r.updated_at) if r.updated_at else None,
            "themes": list(r.themes),
            "answers": answers(r.answers, private=True),
            "notes": r.notes,
            "comments": [_comment(c) for c in item.comments],
        }

    def session(s: SupervisionSession) -> dict[str, Any]:
        return {
            "uuid": s.uuid,
            "date": s.date.isoformat(),
            "minutes": s.minutes,
            "format": str(s.format),
            "mode": str(s.mode),
            "provider": s.provider,
            "provider_category": s.provider_category,
            "notes": s.notes,
            "next_steps": s.next_steps,
            "reflection_uuids": list(s.reflection_uuids),
            "answers": answers(s.answers, private=False),
        }

    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "reflect_version": export.reflect_version,
        "exported_at": moment(export.exported_at),
        "whole_journal": export.whole_journal,
        "private_answers_included": export.private_included,
        "check_ins_included": export.check_ins_included,
        "family_codes": [{"code": f.code, "active": f.active} for f in export.family_codes],
        "question_sets": json.loads(to_json(export.question_sets)),
        "reflections": [reflection(item) for item in export.reflections],
        "supervision_sessions": [session(s) for s in export.sessions],
        "check_ins": [_check_in(c) for c in export.check_ins],
    }


def _comment(c: Comment) -> dict[str, Any]:
    return {
        "uuid": c.uuid,
        "author": c.author,
        "body": c.body,
        "created_at": moment(c.created_at),
        "prompt_id": c.prompt_id,
        "packet_id": c.packet_id,
        "read": c.read,
        "version": c.version,
    }


def _check_in(c: CheckIn) -> dict[str, Any]:
    return {
        "uuid": c.uuid,
        "created_at": moment(c.created_at),
        "heaviness": c.heaviness,
        "energy": c.energy,
        "word": c.word,
        "need": c.need,
        "reflection_uuid": c.reflection_uuid,
    }


def encode(export: JournalExport) -> bytes:
    """The file's bytes: UTF-8 JSON, one field a line, readable in any text editor."""
    return json.dumps(to_document(export), ensure_ascii=False, indent=1, allow_nan=False).encode(
        "utf-8"
    )


def write_reflect_json(path: Path, export: JournalExport) -> None:
    """Write the export to `path` atomically: the old file or the new one, never half."""
    write_atomically(path, encode(export))
