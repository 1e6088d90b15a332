"""What an import would bring, shown before anything is written: how many reflections and
how many are new, the dates, a few of them by date and first words, what is left out,
and (for another journal's entries) the family code they will carry."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from reflect.domain.journal_import import DEFAULT_IMPORT_CODE, ImportKind, ImportSummary
from reflect.ui.cards.card_parts import QuietLabel
from reflect.ui.portable.import_words import kind_name, skipped_words
from reflect.ui.widgets.heading import HeadingLabel
from reflect.ui.widgets.local_dates import day_text


class ImportPreview(QWidget):
    """Filled by `show_summary`; `family_code` is the code the visitor chose."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.heading = HeadingLabel("", 1.2)
        column.addWidget(self.heading)
        self.figures = QFormLayout()
        column.addLayout(self.figures)
        self.already = QuietLabel()
        column.addWidget(self.already)
        self.first_of_them = QLabel(self.tr("The first of them:"))
        column.addWidget(self.first_of_them)
        self.titles = QLabel()
        self.titles.setWordWrap(True)
        self.titles.setTextFormat(Qt.TextFormat.PlainText)  # words of another journal
        column.addWidget(self.titles)
        self.code_label = QLabel(self.tr("&Family code for these reflections"))
        self.code = QLineEdit(DEFAULT_IMPORT_CODE)
        self.code.setMaxLength(32)  # checked on Import: 1 to 16 characters
        self.code.setAccessibleName(self.tr("Family code for these reflections"))
        self.code_label.setBuddy(self.code)
        self.code_note = QuietLabel(
            self.tr(
                "Other journals have no family codes, so every reflection brought in gets this "
                "one: a short code, never a name and no initials."
            )
        )
        for widget in (self.code_label, self.code, self.code_note):
            column.addWidget(widget)
        column.addStretch(1)

    def show_summary(self, summary: ImportSummary) -> None:
        """Show what `summary` says; the family code only for another journal's entries."""
        self.heading.setText(
            self.tr("{source} ({kind})").format(source=summary.source, kind=kind_name(summary.kind))
        )
        while self.figures.rowCount():
            self.figures.removeRow(0)
        rows: list[tuple[str, str]] = [
            (self.tr("Reflections"), str(summary.reflections)),
            (self.tr("New to your journal"), str(summary.new_reflections)),
            (self.tr("Already in your journal"), str(summary.already_here)),
        ]
        if summary.kind is ImportKind.REFLECT:
            rows += [
                (self.tr("Comments"), str(summary.comments)),
                (self.tr("Supervision sessions"), str(summary.sessions)),
                (self.tr("Check-ins"), str(summary.check_ins)),
                (self.tr("Private answers"), str(summary.private_answers)),
            ]
        if summary.first is not None and summary.last is not None:
            dates = self.tr("{first} to {last}").format(
                first=day_text(summary.first), last=day_text(summary.last)
            )
            rows.append((self.tr("Dates"), dates))
        if summary.skipped:
            rows.append((skipped_words(summary.skipped_what), str(summary.skipped)))
        for name, value in rows:
            figure = QLabel(value)
            figure.setTextFormat(Qt.TextFormat.PlainText)
            self.figures.addRow(name, figure)
        if not summary.reflections:
            self.already.setText(self.tr("There is nothing in it to import."))
        elif not summary.new_reflections:
            self.already.setText(
                self.tr("Your journal already has all of them: importing again adds none.")
            )
        else:
            self.already.setText(
                self.tr("Only what your journal does not have yet is added; nothing is changed.")
            )
        lines = [
            " · ".join(part for part in (day_text(t.day), t.family_code, t.words) if part)
            for t in summary.titles
        ]
        self.titles.setText("\n".join(lines))
        self.first_of_them.setVisible(bool(lines))
        self.titles.setVisible(bool(lines))
        foreign = summary.kind is not ImportKind.REFLECT
        for widget in (self.code_label, self.code, self.code_note):
            widget.setVisible(foreign)

    def family_code(self) -> str:
        """The code typed (checked by the import)."""
        return self.code.text()
