"""The supervision hours log as a PDF: progress, totals and one row per session.

Like the CSV, it is built only from what an endorsement application asks for: date,
length, individual or group, how it was held, the provider and their category, and how
many reflections were discussed. Notes, session-note answers, reflection text and family
codes are never read here. The file is rendered in memory and written atomically
(`reflect.ui.widgets.pdf_file`, which the reflections' PDF uses too).
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject

from reflect.domain.endorsement import Progress, hours_by_provider
from reflect.domain.supervision_session import SessionFormat, SupervisionSession
from reflect.ui.hours.hours_words import format_word, hours_text, long_date, mode_word
from reflect.ui.widgets.pdf_file import write_pdf
from reflect.ui.widgets.plurals import english_plural


def table_start(width: int = 100) -> str:
    """The opening tag of a bordered table `width` percent wide."""
    return f"<table border='1' cellspacing='0' cellpadding='4' width='{width}%'>"


def table_row(tag: str, values: Sequence[str], numbers: Sequence[int] = ()) -> str:
    """One row; the columns in `numbers` hold figures and line up on the right."""
    cells = []
    for column, value in enumerate(values):
        align = "right" if column in numbers else "left"
        cells.append(f"<{tag} align='{align}'>{html.escape(value)}</{tag}>")
    return "<tr>" + "".join(cells) + "</tr>"


class HoursReport(QObject):
    """Words the report in the visitor's language and writes it as a PDF."""

    def html(
        self,
        sessions: Sequence[SupervisionSession],
        progress: Progress,
        goal_title: str,
        warnings: Sequence[str],
        made_on: dt.date,
    ) -> str:
        """The report as rich text for `QTextDocument` (every value escaped)."""
        esc = html.escape
        parts = [
            "<h1>" + esc(self.tr("Reflective supervision hours")) + "</h1>",
            "<p>"
            + esc(
                self.tr(
                    "Made with Reflect on {date}. It lists sessions only: no notes and "
                    "nothing from any reflection."
                ).format(date=long_date(made_on))
            )
            + "</p>",
            "<h2>" + esc(self.tr("Progress")) + "</h2>",
            f"<p><b>{esc(goal_title)}</b></p>",
            "<p>"
            + esc(
                english_plural(
                    self.tr(
                        "From {first} to {last}: {done} of %n hour(s) ({percent}%).",
                        "",
                        progress.goal.hours,
                    ),
                    progress.goal.hours,
                ).format(
                    first=long_date(progress.first_day),
                    last=long_date(progress.last_day),
                    done=hours_text(progress.minutes),
                    percent=progress.percent,
                )
                + " "
                + english_plural(
                    self.tr("%n session(s) in this period.", "", progress.sessions),
                    progress.sessions,
                )
            )
            + "</p>",
        ]
        parts += [f"<p>{esc(w)}</p>" for w in warnings]
        parts.append("<h2>" + esc(self.tr("Totals")) + "</h2>")
        parts.append(self._totals(sessions))
        parts.append("<h2>" + esc(self.tr("Sessions")) + "</h2>")
        parts.append(self._sessions(sessions))
        return "<html><body>" + "".join(parts) + "</body></html>"

    def _totals(self, sessions: Sequence[SupervisionSession]) -> str:
        def minutes(fmt: SessionFormat) -> int:
            return sum(s.minutes for s in sessions if s.format is fmt)

        rows = [
            (
                self.tr("All sessions"),
                str(len(sessions)),
                hours_text(sum(s.minutes for s in sessions)),
            ),
            (
                self.tr("Individual"),
                str(sum(1 for s in sessions if s.format is SessionFormat.INDIVIDUAL)),
                hours_text(minutes(SessionFormat.INDIVIDUAL)),
            ),
            (
                self.tr("Group"),
                str(sum(1 for s in sessions if s.format is SessionFormat.GROUP)),
                hours_text(minutes(SessionFormat.GROUP)),
            ),
        ]
        figures = (1, 2)
        table = [
            table_start(60),
            table_row("th", (self.tr("Sessions"), self.tr("Count"), self.tr("Hours")), figures),
        ]
        table += [table_row("td", r, figures) for r in rows]
        table.append("</table><p></p>")
        table += [table_start(60), table_row("th", (self.tr("Provider"), self.tr("Hours")), (1,))]
        table += [
            table_row("td", (p.provider, hours_text(p.minutes)), (1,))
            for p in hours_by_provider(sessions)
        ]
        table.append("</table>")
        return "".join(table)

    def _sessions(self, sessions: Sequence[SupervisionSession]) -> str:
        header = (
            self.tr("Date"),
            self.tr("Minutes"),
            self.tr("Hours"),
            self.tr("Individual or group"),
            self.tr("Held"),
            self.tr("Provider"),
            self.tr("Provider category"),
            self.tr("Reflections discussed"),
        )
        figures = (1, 2, 7)
        table = [table_start(), table_row("th", header, figures)]
        for s in sorted(sessions, key=lambda s: s.date):
            table.append(
                table_row(
                    "td",
                    (
                        s.date.isoformat(),
                        str(s.minutes),
                        hours_text(s.minutes),
                        format_word(s.format),
                        mode_word(s.mode),
                        " ".join(s.provider.split()),
                        " ".join(s.provider_category.split()),
                        str(len(set(s.reflection_uuids))),
                    ),
                    figures,
                )
            )
        table.append("</table>")
        return "".join(table)

    def write_pdf(self, path: Path, rich_text: str) -> None:
        """Render `rich_text` to PDF in memory, then write it to `path` atomically."""
        write_pdf(path, rich_text, self.tr("Reflective supervision hours"))
