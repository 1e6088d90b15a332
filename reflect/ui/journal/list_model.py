"""The journal list as a Qt model: pages fetched as the view scrolls, or search results.

The model holds only summaries (date, code, first words) and search hits, never whole
reflections; the list view asks for more rows through `canFetchMore`/`fetchMore`. In date
order, the first row under each date header carries the header's words (`GROUP_ROLE`): the
header is drawn above that row, so it is never a row to select or to step onto.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from reflect.domain.reflection import Reflection, ReflectionSummary
from reflect.domain.search import PageCursor, ReflectionPage, SearchHit
from reflect.ui.journal.row_groups import DateGroups
from reflect.ui.journal.row_text import badges, heading
from reflect.ui.widgets.local_dates import qdate

SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 2
PROMPT_ROLE = Qt.ItemDataRole.UserRole + 3
UUID_ROLE = Qt.ItemDataRole.UserRole + 4
GROUP_ROLE = Qt.ItemDataRole.UserRole + 5

Index = QModelIndex | QPersistentModelIndex
PageFetcher = Callable[[PageCursor | None], ReflectionPage]


class ReflectionListModel(QAbstractListModel):
    """Rows of the journal list, newest first; or the hits of a search, best first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ReflectionSummary] = []
        self._hits: list[SearchHit] | None = None
        self._fetch: PageFetcher | None = None
        self._cursor: PageCursor | None = None
        self._more = False
        self._groups: list[str | None] = []  # the header over each row, if it starts one
        self.today: Callable[[], dt.date] = dt.date.today

    # ------------------------------------------------------------------ filling
    def show_pages(self, fetch: PageFetcher) -> None:
        """List mode: show the first page now and fetch the rest as the view scrolls."""
        self.beginResetModel()
        self._hits = None
        self._fetch = fetch
        first = fetch(None)
        self._rows = list(first.items)
        self._cursor = first.next_cursor
        self._more = first.next_cursor is not None
        self._groups = []
        self._group_from(0)
        self.endResetModel()

    def show_hits(self, hits: Sequence[SearchHit]) -> None:
        """Search mode: show these hits, best first."""
        self.beginResetModel()
        self._hits = list(hits)
        self._rows = [hit.summary for hit in hits]
        self._groups = [None] * len(self._rows)  # best first: no date order to head
        self._more = False
        self.endResetModel()

    def clear(self) -> None:
        """Forget every row (the journal is locked)."""
        self.beginResetModel()
        self._rows, self._hits, self._fetch, self._cursor, self._more = [], None, None, None, False
        self._groups = []
        self.endResetModel()

    @property
    def searching(self) -> bool:
        """True while the rows are search results."""
        return self._hits is not None

    # ------------------------------------------------------------------ Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """How many rows are loaded so far."""
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: Index) -> bool:
        """True while older reflections remain to be loaded."""
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index) -> None:
        """Load the next page when the view scrolls near the end."""
        if parent.isValid() or not self._more or self._fetch is None:
            return
        page = self._fetch(self._cursor)
        if page.items:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page.items) - 1)
            self._rows.extend(page.items)
            self._group_from(start)
            self.endInsertRows()
        self._cursor = page.next_cursor
        self._more = page.next_cursor is not None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The summary (and, when searching, the snippet and matching prompt) of a row."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        summary = self._rows[index.row()]
        if role == SUMMARY_ROLE:
            return summary
        if role == UUID_ROLE:
            return summary.uuid
        if role == GROUP_ROLE:
            return self._groups[index.row()]
        if role == SNIPPET_ROLE:
            return None if self._hits is None else self._hits[index.row()].snippet
        if role == PROMPT_ROLE:
            return None if self._hits is None else self._hits[index.row()].prompt_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            date = QLocale().toString(qdate(summary.visit_date), QLocale.FormatType.LongFormat)
            marks = ", ".join(badges(summary))
            said = f"{heading(summary, date)}. {marks + '. ' if marks else ''}{summary.preview}"
            group = self._groups[index.row()]
            # A screen reader hears the header as it reaches the first row under it.
            if group and role == Qt.ItemDataRole.AccessibleTextRole:
                return f"{group}. {said}"
            return said
        return None

    def _group_from(self, start: int) -> None:
        """Work out the headers of the rows from `start` on (list mode: newest first)."""
        groups = DateGroups(self.today())
        before = groups.label(self._rows[start - 1].visit_date) if start else None
        del self._groups[start:]
        for summary in self._rows[start:]:
            label = groups.label(summary.visit_date)
            self._groups.append(label if label != before else None)
            before = label

    def _header_over(self, row: int, groups: DateGroups) -> str | None:
        label = groups.label(self._rows[row].visit_date)
        return None if row and groups.label(self._rows[row - 1].visit_date) == label else label

    def summary_at(self, row: int) -> ReflectionSummary:
        """The summary shown in `row`."""
        return self._rows[row]

    def row_of(self, uuid: str) -> int | None:
        """The row showing this reflection, if it is loaded."""
        for row, summary in enumerate(self._rows):
            if summary.uuid == uuid:
                return row
        return None

    def replace_summary(self, summary: ReflectionSummary) -> None:
        """Refresh one row after its reflection was saved (no reload, no jump)."""
        row = self.row_of(summary.uuid)
        if row is not None:
            self._rows[row] = summary
            index = self.index(row)
            self.dataChanged.emit(index, index)
            if self._hits is None:  # a new date may move a header (and change row heights)
                groups = DateGroups(self.today())
                near = range(row, min(row + 2, len(self._rows)))
                headers = [self._header_over(r, groups) for r in near]
                if headers != self._groups[row : row + 2]:
                    self._groups[row : row + 2] = headers
                    self.layoutChanged.emit()


def summary_of(reflection: Reflection, old: ReflectionSummary | None) -> ReflectionSummary:
    """The list row for a just-saved reflection (comment counts kept from the old row)."""
    return ReflectionSummary(
        uuid=reflection.uuid,
        visit_date=reflection.visit_date,
        family_code=reflection.family_code,
        preview=reflection.preview,
        status=reflection.status,
        share_state=reflection.share_state,
        themes=reflection.themes,
        comment_count=old.comment_count if old else 0,
        unread_comments=old.unread_comments if old else 0,
    )
