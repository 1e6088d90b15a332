"""The supervision hours log as CSV: for an endorsement application, with no family content.

Each row holds only what an application asks for: date, minutes and hours, individual or
group, how it was held, the provider and their category, and how many reflections were
discussed. Notes, session-note answers, reflection text and family codes are never read
here, so they cannot leak into the file.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

from reflect.domain.supervision_session import SessionFormat, SessionMode, SupervisionSession
from reflect.files.safe_files import write_atomically

HEADER = (
    "Date",
    "Minutes",
    "Hours",
    "Individual or group",
    "Mode",
    "Provider",
    "Provider category",
    "Reflections discussed",
)

FORMAT_WORDS = {SessionFormat.INDIVIDUAL: "individual", SessionFormat.GROUP: "group"}
MODE_WORDS = {
    SessionMode.IN_PERSON: "in person",
    SessionMode.PHONE: "phone",
    SessionMode.VIDEO: "video",
}

# A spreadsheet runs a cell starting with one of these as a formula (CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: str) -> str:
    """`value` as a spreadsheet shows it, never as a formula to run."""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def format_hours(minutes: int) -> str:
    """Minutes as hours with at most two decimals: 90 -> "1.5", 20 -> "0.33", 120 -> "2"."""
    return f"{minutes / 60:.2f}".rstrip("0").rstrip(".")


def row(session: SupervisionSession) -> tuple[str, ...]:
    """One session as a row of `HEADER`'s columns."""
    return (
        session.date.isoformat(),
        str(session.minutes),
        format_hours(session.minutes),
        FORMAT_WORDS[SessionFormat(session.format)],
        MODE_WORDS[SessionMode(session.mode)],
        safe_cell(" ".join(session.provider.split())),
        safe_cell(" ".join(session.provider_category.split())),
        str(len(set(session.reflection_uuids))),
    )


def hours_csv(sessions: Iterable[SupervisionSession]) -> str:
    """The log as CSV text: a header row, then one row per session, oldest first."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    for session in sorted(sessions, key=lambda s: s.date):
        writer.writerow(row(session))
    return out.getvalue()


def write_hours_csv(path: Path, sessions: Iterable[SupervisionSession]) -> None:
    """Write the log to `path` atomically: the old file or the new one, never half of one."""
    # With a byte-order mark, spreadsheet programs on Windows read accented names correctly.
    write_atomically(path, hours_csv(sessions).encode("utf-8-sig"))
