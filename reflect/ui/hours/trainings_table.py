"""The logged trainings as a list of rows: date, hours, title, provider, what it was about."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from reflect.domain.training import Training
from reflect.ui.cards.cards_page import RoomyRows
from reflect.ui.hours.hours_words import category_word, hours_text, short_date

UUID_ROLE = Qt.ItemDataRole.UserRole + 1


class TrainingsTable(QTreeWidget):
    """One row per training, newest first; Enter or a double click opens it to edit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Trainings logged, newest first"))
        self.header().setAccessibleName(self.tr("Columns"))
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Hours"),
                self.tr("Title"),
                self.tr("Provider"),
                self.tr("About"),
            ]
        )
        self._rows = RoomyRows(self)  # kept here: a view does not own its delegate
        self.setItemDelegate(self._rows)

    def show_trainings(self, trainings: Sequence[Training]) -> None:
        """List these trainings, keeping the chosen one chosen if it is still there."""
        chosen = self.chosen_uuid()
        self.clear()
        for t in trainings:
            item = QTreeWidgetItem(
                [
                    short_date(t.date),
                    hours_text(t.minutes),
                    t.title,
                    t.provider,
                    category_word(t.category),
                ]
            )
            item.setData(0, UUID_ROLE, t.uuid)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.addTopLevelItem(item)
        em = self.fontMetrics().height()
        for column in range(self.columnCount() - 1):
            self.resizeColumnToContents(column)
            self.setColumnWidth(column, min(self.columnWidth(column) + em, 30 * em))
        if chosen is not None:
            self.select(chosen)

    def chosen_uuid(self) -> str | None:
        """The uuid of the chosen training, if one is chosen."""
        item = self.currentItem()
        if item is None or not item.isSelected():
            return None
        return str(item.data(0, UUID_ROLE))

    def select(self, uuid: str) -> None:
        """Make the training with this uuid the chosen one."""
        for row in range(self.topLevelItemCount()):
            item = self.topLevelItem(row)
            if item is not None and item.data(0, UUID_ROLE) == uuid:
                self.setCurrentItem(item)
                return
