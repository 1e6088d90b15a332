"""The de-identification check over what an export would hold, before it is written.

The same check sharing runs (`deidentify.check_reflections`), on the reflections the export
chooses and as the export would write them: private answers are checked only when they go
too, and the comments from supervision the export carries with them. Reflections are read
a few hundred at a time, so a check of a whole journal shows how far it has gone and stops
within a moment when asked to. Only the first `MAX_PLACES` places are kept to show; `found`
counts them all.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

from reflect.domain.comment import Comment
from reflect.domain.errors import ExportStopped, InvalidInput
from reflect.domain.export_request import ExportScope
from reflect.domain.reflection import Reflection
from reflect.exchange.deidentify import FlaggedPlace, Part, check, check_reflections
from reflect.exchange.export_gather import NOTHING_TO_EXPORT, chosen_uuids
from reflect.storage.background_task import Stopped, StopSignal
from reflect.storage.export_reads import CHUNK
from reflect.storage.journal import Journal

MAX_PLACES = 200
"""Places kept to show: more than anyone reads one by one, few enough to list at once."""


@dataclass(frozen=True, slots=True)
class ExportFindings:
    """What the check found: the places to show, the reflections they are in, and how many
    places there were in all."""

    places: tuple[FlaggedPlace, ...] = ()
    reflections: Mapping[str, Reflection] = field(default_factory=lambda: MappingProxyType({}))
    """The reflections of `places`, by uuid (to name and open each place)."""
    found: int = 0
    checked: int = 0
    """How many reflections were checked."""


def as_exported(reflection: Reflection, include_private: bool) -> Reflection:
    """The reflection as the export writes it, for the check: without its private answers,
    or with them counted as any other answer when they go too."""
    if include_private:
        answers = tuple(dataclasses.replace(a, private=False) for a in reflection.answers)
    else:
        answers = tuple(a for a in reflection.answers if not a.private)
    return dataclasses.replace(reflection, answers=answers)


def _comment_places(
    comments: Sequence[Comment],
    original: Reflection,
    include_private: bool,
    never_write: tuple[str, ...],
) -> list[FlaggedPlace]:
    """Flags in the comments the export writes with `original`: all of them, but those on
    a private answer when private answers stay out (as the export leaves them out)."""
    private = set() if include_private else {a.prompt_id for a in original.answers if a.private}
    return [
        FlaggedPlace(original.uuid, comment.prompt_id, flag, Part.COMMENT)
        for comment in comments
        if comment.prompt_id not in private
        for flag in check(comment.body, never_write)
    ]


def check_export(
    journal: Journal,
    scope: ExportScope,
    *,
    include_private: bool,
    never_write: tuple[str, ...],
    stop: StopSignal | None = None,
) -> ExportFindings:
    """Every likely identifier in what an export of `scope` would hold.

    `InvalidInput` when the scope chooses nothing; `ExportStopped` once a stop is asked for.
    """
    signal = stop or StopSignal()
    try:
        uuids = chosen_uuids(journal, scope)
        if not uuids:
            raise InvalidInput(NOTHING_TO_EXPORT)
        places: list[FlaggedPlace] = []
        flagged: dict[str, Reflection] = {}
        found = 0
        for start in range(0, len(uuids), CHUNK):
            signal.check()
            signal.report(start, len(uuids))
            for item in journal.exported_reflections(uuids[start : start + CHUNK]):
                original = item.reflection
                shown = as_exported(original, include_private)
                here = check_reflections([shown], never_write)
                here += _comment_places(item.comments, original, include_private, never_write)
                found += len(here)
                kept = here[: max(0, MAX_PLACES - len(places))]
                if kept:
                    places.extend(kept)
                    flagged[original.uuid] = original
        signal.report(len(uuids), len(uuids))
    except Stopped:
        raise ExportStopped from None
    return ExportFindings(tuple(places), MappingProxyType(flagged), found, len(uuids))
