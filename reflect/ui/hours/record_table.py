"""A list of the hours log's records as rows of columns, each row knowing its record's uuid.

The sessions and the trainings are listed this way: newest first, one chosen at a time,
the second column a number (minutes or hours) set to the right, and the choice kept when
the list is filled again.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from reflect.ui.cards.cards_page import RoomyRows

UUID_ROLE = Qt.ItemDataRole.UserRole + 1
NUMBER_COLUMN = 1


class RecordTable(QTreeWidget):
    """Rows given by `show_rows`; Enter or a double click on one activates it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header().setAccessibleName(QCoreApplication.translate("RecordTable", "Columns"))
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._rows = RoomyRows(self)  # kept here: a view does not own its delegate
        self.setItemDelegate(self._rows)

    def show_rows(
        self, rows: Iterable[tuple[str, Sequence[str]]], *, widest: int | None = None
    ) -> None:
        """List these rows of (uuid, texts), keeping the chosen one chosen if it is still
        there. Each column but the last is as wide as its text and a little air (at most
        `widest` lines' height, when given); the last takes what is left."""
        chosen = self.chosen_uuid()
        self.clear()
        for uuid, texts in rows:
            item = QTreeWidgetItem(list(texts))
            item.setData(0, UUID_ROLE, uuid)
            item.setTextAlignment(
                NUMBER_COLUMN, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
            self.addTopLevelItem(item)
        em = self.fontMetrics().height()
        for column in range(self.columnCount() - 1):
            self.resizeColumnToContents(column)
            width = self.columnWidth(column) + em
            self.setColumnWidth(column, width if widest is None else min(width, widest * em))
        if chosen is not None:
            self.select(chosen)

    def chosen_uuid(self) -> str | None:
        """The uuid of the chosen record, if one is chosen."""
        item = self.currentItem()
        if item is None or not item.isSelected():
            return None
        return str(item.data(0, UUID_ROLE))

    def select(self, uuid: str) -> None:
        """Make the record with this uuid the chosen one."""
        for row in range(self.topLevelItemCount()):
            item = self.topLevelItem(row)
            if item is not None and item.data(0, UUID_ROLE) == uuid:
                self.setCurrentItem(item)
                return
