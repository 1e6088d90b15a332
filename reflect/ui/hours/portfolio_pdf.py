"""The endorsement portfolio as a PDF: totals, supervision by month and provider, training
by category, the trainings, and the reflections the visitor chose.

Built only from a `Portfolio`, which holds no notes, no family codes and no private answers;
every typed value is escaped. The file is rendered in memory and written atomically.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QLocale, QObject

from reflect.domain.portfolio import Portfolio, PortfolioReflection
from reflect.ui.hours.hours_words import category_word, hours_text, long_date
from reflect.ui.hours.pdf import table_row, table_start
from reflect.ui.widgets.local_dates import qdate
from reflect.ui.widgets.pdf_file import write_pdf
from reflect.ui.widgets.plurals import english_plural

_esc = html.escape


def _heading(text: str) -> str:
    return f"<h2>{_esc(text)}</h2>"


def _para(text: str) -> str:
    return f"<p>{_esc(text)}</p>"


class PortfolioReport(QObject):
    """Words the portfolio in the visitor's language and writes it as a PDF."""

    def title(self) -> str:
        """The portfolio's title, on its first page and in the file's properties."""
        return self.tr("Endorsement portfolio")

    def html(self, portfolio: Portfolio) -> str:
        """The portfolio as rich text for `QTextDocument` (every value escaped)."""
        p = portfolio
        n = len(p.reflections)
        if n:
            holds = english_plural(
                self.tr(
                    "It holds hours, providers and trainings, and %n reflection(s) chosen "
                    "to include, without family codes, notes or private answers.",
                    "",
                    n,
                ),
                n,
            )
        else:
            holds = self.tr("It holds hours, providers and trainings: no notes and no reflections.")
        made = self.tr("From {first} to {last}. Made with Reflect on {date}.").format(
            first=long_date(p.first_day), last=long_date(p.last_day), date=long_date(p.made_on)
        )
        parts = [
            f"<h1>{_esc(self.title())}</h1>",
            f"<p>{_esc(made)} {_esc(holds)}</p>",
            _heading(self.tr("Totals")),
            self._totals(p),
            _heading(self.tr("Reflective supervision by month and provider")),
            self._months(p),
            _heading(self.tr("Training by category")),
            self._categories(p),
            _heading(self.tr("Trainings")),
            self._trainings(p),
        ]
        if p.reflections:
            parts.append(_heading(self.tr("Reflections")))
            parts += [self._reflection(r) for r in p.reflections]
        return "<html><body>" + "".join(parts) + "</body></html>"

    def _totals(self, p: Portfolio) -> str:
        sessions = english_plural(self.tr("%n session(s)", "", p.sessions), p.sessions)
        rows = [
            (
                self.tr("Reflective supervision ({sessions})").format(sessions=sessions),
                hours_text(p.supervision_minutes),
            ),
            (self.tr("Training"), hours_text(p.training_minutes)),
            (
                self.tr("Of the training, on diversity, equity and inclusion"),
                hours_text(p.dei_minutes),
            ),
        ]
        table = [table_start(70), table_row("th", ("", self.tr("Hours")), (1,))]
        table += [table_row("td", r, (1,)) for r in rows]
        return "".join(table) + "</table>"

    def _months(self, p: Portfolio) -> str:
        if not p.supervision:
            return _para(self.tr("No sessions in this period."))
        header = (
            self.tr("Month"),
            self.tr("Provider"),
            self.tr("Provider category"),
            self.tr("Sessions"),
            self.tr("Hours"),
        )
        figures = (3, 4)
        table = [table_start(), table_row("th", header, figures)]
        for m in p.supervision:
            month = QLocale().toString(qdate(m.month), "MMMM yyyy")
            values = (
                month,
                m.provider,
                m.provider_category,
                str(m.sessions),
                hours_text(m.minutes),
            )
            table.append(table_row("td", values, figures))
        table.append("</table><p></p>")
        table += [table_start(60), table_row("th", (self.tr("Provider"), self.tr("Hours")), (1,))]
        table += [
            table_row("td", (provider.provider, hours_text(provider.minutes)), (1,))
            for provider in p.providers
        ]
        return "".join(table) + "</table>"

    def _categories(self, p: Portfolio) -> str:
        header = (self.tr("About"), self.tr("Trainings"), self.tr("Hours"))
        table = [table_start(70), table_row("th", header, (1, 2))]
        table += [
            table_row(
                "td",
                (category_word(c.category), str(c.trainings), hours_text(c.minutes)),
                (1, 2),
            )
            for c in p.categories
        ]
        return "".join(table) + "</table>"

    def _trainings(self, p: Portfolio) -> str:
        if not p.trainings:
            return _para(self.tr("No trainings in this period."))
        header = (
            self.tr("Date"),
            self.tr("Title"),
            self.tr("Provider"),
            self.tr("About"),
            self.tr("Hours"),
        )
        table = [table_start(), table_row("th", header, (4,))]
        table += [
            table_row(
                "td",
                (
                    t.date.isoformat(),
                    t.title,
                    t.provider,
                    category_word(t.category),
                    hours_text(t.minutes),
                ),
                (4,),
            )
            for t in p.trainings
        ]
        return "".join(table) + "</table>"

    def _reflection(self, reflection: PortfolioReflection) -> str:
        parts = [f"<h3>{_esc(long_date(reflection.visit_date))}</h3>"]
        for question, answer in reflection.answers:
            parts.append(f"<p><b>{_esc(question)}</b></p>")
            parts += [f"<p>{_esc(line)}</p>" for line in answer.split("\n") if line.strip()]
        if reflection.themes:
            themes = self.tr("Themes: {themes}").format(themes=", ".join(reflection.themes))
            parts.append(f"<p><i>{_esc(themes)}</i></p>")
        return "".join(parts)

    def write_pdf(self, path: Path, portfolio: Portfolio) -> None:
        """Render the portfolio to PDF in memory, then write it to `path` atomically."""
        write_pdf(path, self.html(portfolio), self.title())
