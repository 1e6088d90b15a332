"""The Supervision tab's widgets: progress toward the goal, then the sessions logged with
Log, Edit, Delete and the two exports. The Hours page fills them and answers their buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from reflect.ui.cards.card_parts import QuietLabel
from reflect.ui.cards.role_heading import RoleHeading
from reflect.ui.design.looks import Look, look
from reflect.ui.design.scales import TextRole
from reflect.ui.hours.progress import HoursProgress
from reflect.ui.hours.sessions_table import SessionsTable
from reflect.ui.hours.summary_tiles import SummaryTiles


def page_button(text: str, name: str = "") -> QPushButton:
    """A button that Enter in a field never presses; named `name`, or as its text reads."""
    button = QPushButton(text)
    button.setAccessibleName(name or text.replace("&", "").rstrip("…"))
    button.setAutoDefault(False)
    return button


class SessionsTab(QWidget):
    """The goal's progress, the month's, year's and providers' hours, the session buttons,
    the list (or a note when it is empty) and the totals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        em = self.fontMetrics().height()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, em, 0, 0)
        column.setSpacing(em // 2)
        self.progress = HoursProgress()
        column.addWidget(self.progress)
        column.addSpacing(em // 2)
        self.tiles = SummaryTiles()
        column.addWidget(self.tiles)
        column.addSpacing(em // 2)
        column.addWidget(RoleHeading(self.tr("Sessions"), TextRole.SECTION))
        self.log_button = look(page_button(self.tr("&Log a session…")), Look.PRIMARY)
        self.edit_button = page_button(self.tr("&Edit…"), self.tr("Edit the chosen session"))
        self.delete_button = page_button(self.tr("&Delete…"), self.tr("Delete the chosen session"))
        self.csv_button = page_button(
            self.tr("Export &CSV…"), self.tr("Export the hours log as CSV")
        )
        self.pdf_button = page_button(
            self.tr("Export &PDF…"), self.tr("Export the hours log as PDF")
        )
        row = QHBoxLayout()
        for widget in (self.log_button, self.edit_button, self.delete_button):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.csv_button)
        row.addWidget(self.pdf_button)
        column.addLayout(row)
        self.table = SessionsTable()
        # Room for a few rows however short the window: the tab scrolls instead.
        self.table.setMinimumHeight(em * 8)
        # Enter or a double click edits the row, Delete deletes it: as their buttons do
        # (a button is enabled once a row is chosen). Delete only while the list has the
        # focus: in a text box elsewhere it deletes text.
        self.table.itemActivated.connect(lambda *_: self.edit_button.click())
        QShortcut(
            QKeySequence.StandardKey.Delete,
            self.table,
            self.delete_button.click,
            Qt.ShortcutContext.WidgetShortcut,
        )
        column.addWidget(self.table, 1)
        self.empty = QuietLabel(
            self.tr("No sessions logged yet. After each supervision session, choose Log a session.")
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # With no list to show, the note takes the list's room, so nothing spreads apart.
        column.addWidget(self.empty, 1)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        column.addWidget(self.totals)
