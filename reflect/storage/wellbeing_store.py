"""Reading heaviness, energy and one word per reflection, for the self-care view.

One statement: the reflections since a date come off the list's covering index in visit
order (`ix_reflections_list`, whose leading column is the visit date), and each one's
answers are found through `uq_answers_prompt`, whose leading column is the reflection.
Private answers count: the view is the visitor's own and shows nothing to anyone else.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from sqlalchemy import Connection, text

from reflect.domain.wellbeing import (
    ENERGY_SUFFIX,
    HEAVINESS_SUFFIX,
    WORD_SUFFIX,
    WellbeingPoint,
    one_word,
    scale_value,
)

# The suffix is matched with `substr`, not LIKE: the prompt id is compared as written, and
# "_" in a suffix would be a LIKE wildcard.
WELLBEING_SQL = text(
    "SELECT r.uuid, r.visit_date, a.prompt_id, a.text "
    "FROM reflections AS r JOIN answers AS a ON a.reflection_id = r.id "
    "WHERE r.visit_date >= :since "
    f"AND (substr(a.prompt_id, -{len(HEAVINESS_SUFFIX)}) = :heavy "
    f"OR substr(a.prompt_id, -{len(ENERGY_SUFFIX)}) = :energy "
    f"OR substr(a.prompt_id, -{len(WORD_SUFFIX)}) = :word) "
    "ORDER BY r.visit_date, r.id"
)


def points_since(
    conn: Connection, since: dt.date, hidden: Collection[str] = ()
) -> list[WellbeingPoint]:
    """Per reflection dated `since` or later (oldest first, in the order they were
    written on one day), its heaviness, energy and one word. Answers that are not a
    whole number 0–10 count as unanswered; reflections with nothing to show are left
    out, as are those in `hidden` (being deleted)."""
    rows = conn.execute(
        WELLBEING_SQL,
        {
            "since": since.isoformat(),
            "heavy": HEAVINESS_SUFFIX,
            "energy": ENERGY_SUFFIX,
            "word": WORD_SUFFIX,
        },
    )
    points: list[WellbeingPoint] = []
    current = ""
    day = since
    heaviness: int | None = None
    energy: int | None = None
    word = ""

    def finish() -> None:
        if current and current not in hidden and (heaviness, energy, word) != (None, None, ""):
            points.append(WellbeingPoint(day, heaviness, energy, word))

    for uuid, visit_date, prompt_id, answer in rows:
        if uuid != current:
            finish()
            current, day = uuid, dt.date.fromisoformat(visit_date)
            heaviness, energy, word = None, None, ""
        # A reflection with two prompts of one kind (no template has that) keeps the first.
        if prompt_id.endswith(HEAVINESS_SUFFIX) and heaviness is None:
            heaviness = scale_value(answer)
        elif prompt_id.endswith(ENERGY_SUFFIX) and energy is None:
            energy = scale_value(answer)
        elif prompt_id.endswith(WORD_SUFFIX) and not word:
            word = one_word(answer)
    finish()
    return points
