"""The logged sessions as a list of rows: date, minutes, provider, category, kind, reflections."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from reflect.domain.supervision_session import SupervisionSession
from reflect.ui.cards.cards_page import RoomyRows
from reflect.ui.hours.hours_words import kind_text, short_date

UUID_ROLE = Qt.ItemDataRole.UserRole + 1


class SessionsTable(QTreeWidget):
    """One row per session, newest first; Enter or a double click opens it to edit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Sessions logged, newest first"))
        self.header().setAccessibleName(self.tr("Columns"))
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Minutes"),
                self.tr("Provider"),
                self.tr("Provider category"),
                self.tr("Supervision"),
                self.tr("Reflections discussed"),
            ]
        )
        self._rows = RoomyRows(self)  # kept here: a view does not own its delegate
        self.setItemDelegate(self._rows)

    def show_sessions(self, sessions: Sequence[SupervisionSession]) -> None:
        """List these sessions, keeping the chosen one chosen if it is still there."""
        chosen = self.chosen_uuid()
        self.clear()
        for s in sessions:
            item = QTreeWidgetItem(
                [
                    short_date(s.date),
                    str(s.minutes),
                    s.provider,
                    s.provider_category,
                    kind_text(s.format, s.mode),
                    str(len(s.reflection_uuids)),
                ]
            )
            item.setData(0, UUID_ROLE, s.uuid)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.addTopLevelItem(item)
        em = self.fontMetrics().height()
        # Every column as wide as its text and a little air; the last takes what is left.
        for column in range(self.columnCount() - 1):
            self.resizeColumnToContents(column)
            self.setColumnWidth(column, self.columnWidth(column) + em)
        if chosen is not None:
            self.select(chosen)

    def chosen_uuid(self) -> str | None:
        """The uuid of the chosen session, if one is chosen."""
        item = self.currentItem()
        if item is None or not item.isSelected():
            return None
        return str(item.data(0, UUID_ROLE))

    def select(self, uuid: str) -> None:
        """Make the session with this uuid the chosen one."""
        for row in range(self.topLevelItemCount()):
            item = self.topLevelItem(row)
            if item is not None and item.data(0, UUID_ROLE) == uuid:
                self.setCurrentItem(item)
                return
