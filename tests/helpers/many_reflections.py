"""Many reflections at once, put in as an import puts them: for exports long enough to
watch, cancel and lock part-way."""

from __future__ import annotations

import datetime as dt

from reflect.domain.journal_export import ExportedReflection, JournalExport
from reflect.domain.reflection import Answer, Reflection


def many(count: int) -> JournalExport:
    """`count` short reflections about one family, a day apart through a year."""
    moment = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    return JournalExport(
        exported_at=moment,
        reflect_version="",
        reflections=tuple(
            ExportedReflection(
                Reflection(
                    visit_date=dt.date(2025, 1, 1) + dt.timedelta(days=i % 365),
                    family_code="AB",
                    template_id="after-visit",
                    answers=(Answer("after-visit.what-happened", f"visit {i} " * 12),),
                    created_at=moment,
                    updated_at=moment,
                )
            )
            for i in range(count)
        ),
    )
