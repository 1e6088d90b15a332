"""A checklist of the reflections discussed in a session, with a field to find one.

A journal can hold thousands of reflections, so the list shows the ticked ones and then
the newest few hundred that match what is typed; ticks are kept by uuid, not by row, so
finding another reflection never loses one already ticked.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reflect.ui.hours.hours_words import short_date
from reflect.ui.hours.port import ReflectionChoice
from reflect.ui.widgets.plurals import english_plural

SHOWN = 200
"""At most this many unticked reflections are listed at once; typing finds the others."""

PREVIEW = 48
"""Characters of a reflection's first words shown in its row (all of them in its tooltip)."""

UUID_ROLE = Qt.ItemDataRole.UserRole + 1


class DiscussedList(QWidget):
    """Ticks reflections by uuid; `chosen()` gives them back in the order first ticked."""

    def __init__(
        self,
        choices: Sequence[ReflectionChoice],
        chosen: Iterable[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._choices = list(choices)
        self._by_uuid = {c.uuid: c for c in self._choices}
        self._texts = {c.uuid: self._label(c).casefold() for c in self._choices}
        self._chosen: list[str] = list(dict.fromkeys(chosen))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(self.fontMetrics().height() // 3)
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(self.tr("Find by date, family code or words"))
        self.search_field.setAccessibleName(self.tr("Find a reflection to tick"))
        self.search_field.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Reflections discussed"))
        self.list.setUniformItemSizes(True)
        self.list.setMinimumHeight(self.fontMetrics().lineSpacing() * 7)
        self.count = QLabel()
        self.count.setWordWrap(True)
        layout.addWidget(self.search_field)
        layout.addWidget(self.list)
        layout.addWidget(self.count)
        self.search_field.textChanged.connect(self._fill)
        self.search_field.installEventFilter(self)
        self.list.itemChanged.connect(self._ticked)
        self._fill()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the find box, with words in it, goes to the first reflection found (to
        tick with Space) instead of saving the form; with the box empty it saves."""
        if (
            watched is self.search_field
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.search_field.text().strip()
        ):
            first = next(
                (i for i in range(self.list.count()) if not self._is_ticked(self.list.item(i))),
                None,
            )
            if first is not None:
                self.list.setCurrentRow(first)
                self.list.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _is_ticked(item: QListWidgetItem | None) -> bool:
        return item is not None and item.checkState() == Qt.CheckState.Checked

    def _label(self, choice: ReflectionChoice) -> str:
        date = short_date(choice.visit_date)
        preview = choice.preview
        if len(preview) > PREVIEW:
            preview = preview[:PREVIEW].rstrip() + "…"
        words = " · ".join(part for part in (date, choice.family_code, preview) if part)
        if choice.shared_by is None:
            return words
        who = choice.shared_by or self.tr("a supervisee")
        return self.tr("Shared by {who}: {words}").format(who=who, words=words)

    def _fill(self) -> None:
        words = self.search_field.text().casefold().split()
        self.list.blockSignals(True)
        self.list.clear()
        for uuid in self._chosen:
            choice = self._by_uuid.get(uuid)
            text = self._label(choice) if choice else self.tr("A reflection no longer here")
            self._add(uuid, text, ticked=True)
        shown = 0
        for choice in self._choices:
            if shown >= SHOWN:
                break
            if choice.uuid in self._chosen:
                continue
            if all(word in self._texts[choice.uuid] for word in words):
                self._add(choice.uuid, self._label(choice), ticked=False)
                shown += 1
        self.list.blockSignals(False)
        self._count()

    def _add(self, uuid: str, text: str, *, ticked: bool) -> None:
        item = QListWidgetItem(text)
        item.setData(UUID_ROLE, uuid)
        choice = self._by_uuid.get(uuid)
        if choice is not None and choice.preview:
            item.setToolTip(choice.preview)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.list.addItem(item)

    def _ticked(self, item: QListWidgetItem) -> None:
        uuid = str(item.data(UUID_ROLE))
        if item.checkState() == Qt.CheckState.Checked:
            if uuid not in self._chosen:
                self._chosen.append(uuid)
        elif uuid in self._chosen:
            self._chosen.remove(uuid)
        self._count()

    def _count(self) -> None:
        if not self._choices and not self._chosen:
            self.count.setText(self.tr("There are no reflections in this journal yet."))
        else:
            n = len(self._chosen)
            self.count.setText(english_plural(self.tr("%n reflection(s) ticked.", "", n), n))

    def chosen(self) -> tuple[str, ...]:
        """The uuids ticked, in the order they were first ticked."""
        return tuple(self._chosen)

    def tick(self, uuid: str, on: bool = True) -> None:
        """Tick or untick a reflection that is listed (as a click on its box would)."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(UUID_ROLE) == uuid:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                return
