"""Packets in: open one from a file, or import those waiting in the exchange folder.

Each import ends in one sentence saying what came in (or why nothing did).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from reflect.domain.errors import ReflectError
from reflect.domain.packet import ImportResult
from reflect.exchange.exchange_folder import ImportedNotMoved, import_from_folder, incoming
from reflect.ui.card_parts import HeadingLabel, QuietLabel
from reflect.ui.local_dates import moment_text
from reflect.ui.packet_files import ask_which_to_open
from reflect.ui.page_column import button, reading_column

PATH_ROLE = Qt.ItemDataRole.UserRole


class InboxTab(QWidget):
    """Emits `imported(kind)` after a packet came in, and `error(ReflectError)`."""

    imported = Signal(str)
    error = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: Any = None
        layout = reading_column(self)
        layout.addWidget(HeadingLabel(self.tr("Packets for you"), 1.2))
        layout.addWidget(
            QuietLabel(
                self.tr(
                    "A packet holds reflections shared with you, or comments on yours. Open one "
                    "you were given, or import those waiting in your exchange folder. Importing "
                    "only adds: it never changes or removes what you wrote."
                )
            )
        )
        row = QHBoxLayout()
        self.open_button = button(
            self.tr("Open a packet file…"), self.tr("Open a packet file"), self.open_file
        )
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addSpacing(self.fontMetrics().height())
        layout.addWidget(HeadingLabel(self.tr("In your exchange folder"), 1.0))
        self.folder_label = QuietLabel()
        layout.addWidget(self.folder_label)
        self.waiting = QListWidget()
        self.waiting.setAccessibleName(self.tr("Packets waiting in your exchange folder"))
        self.waiting.itemActivated.connect(lambda _item: self._import_selected())
        self.waiting.setMaximumHeight(self.fontMetrics().height() * 12)
        layout.addWidget(self.waiting)
        row = QHBoxLayout()
        self.refresh_button = button(
            self.tr("Look again"), self.tr("Look in the exchange folder again"), self.refresh
        )
        self.import_button = button(
            self.tr("Import all"), self.tr("Import every waiting packet"), self._import_all
        )
        row.addWidget(self.refresh_button)
        row.addStretch(1)
        row.addWidget(self.import_button)
        layout.addLayout(row)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(self.tr("Result"))
        layout.addWidget(self.outcome)
        layout.addStretch(1)

    def show_inbox(self, session: Any) -> None:
        """Fill in from the open journal."""
        self._session = session
        self.refresh()

    def clear(self) -> None:
        """Forget everything shown (on lock)."""
        self._session = None
        self.waiting.clear()
        self.outcome.clear()
        self.folder_label.clear()

    def refresh(self) -> None:
        """List the packets addressed to me in the exchange folder."""
        self.waiting.clear()
        if self._session is None or not self._session.is_open:
            return
        try:
            supervision = self._session.supervision()
            folder = supervision.exchange_folder()
        except ReflectError as error:
            self.folder_label.setText(error.sentence)
            return
        self.waiting.setEnabled(folder is not None)
        self.refresh_button.setEnabled(folder is not None)
        self.import_button.setEnabled(False)
        if folder is None:
            self.folder_label.setText(
                self.tr("No exchange folder is chosen. You can choose one in Settings.")
            )
            return
        self.folder_label.setText(self.tr("Looking in {folder}").format(folder=str(folder)))
        try:
            found = incoming(folder, supervision)
        except ReflectError as error:
            self.folder_label.setText(error.sentence)
            return
        for packet in found:
            if packet.problem:
                text = f"{packet.path.name}: {packet.problem}"
            else:
                what = (
                    self.tr("Shared reflections")
                    if packet.kind == "supervision"
                    else self.tr("Comments")
                )
                text = self.tr("{what} from {name}").format(what=what, name=packet.sender_name)
                if packet.created_at is not None:
                    text += ", " + moment_text(packet.created_at)
            item = QListWidgetItem(text)
            item.setData(PATH_ROLE, str(packet.path))
            if packet.problem:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.waiting.addItem(item)
        self.import_button.setEnabled(any(not p.problem for p in found))
        if not found:
            self.waiting.addItem(self.tr("Nothing new."))
            self.waiting.item(0).setFlags(Qt.ItemFlag.NoItemFlags)

    def open_file(self) -> None:
        """Ask for a packet file, then import it."""
        if self._session is None or not self._session.is_open:
            return
        try:
            start = self._session.supervision().exchange_folder() or Path.home()
        except ReflectError as error:
            self.outcome.setText(error.sentence)
            return
        path = ask_which_to_open(self, start)
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> None:
        """Import one packet file and say what happened."""
        if self._session is None or not self._session.is_open:
            return  # the journal locked while the file dialog was open
        try:
            result = self._session.supervision().import_file(path)
        except ReflectError as error:
            self.outcome.setText(error.sentence)
            return
        self.refresh()  # the same packet may be waiting in the exchange folder too
        self._done([result])

    def _import_selected(self) -> None:
        item = self.waiting.currentItem()
        if item is not None and item.data(PATH_ROLE):
            self._import_paths([Path(item.data(PATH_ROLE))])

    def _import_all(self) -> None:
        paths = [
            Path(self.waiting.item(i).data(PATH_ROLE))
            for i in range(self.waiting.count())
            if self.waiting.item(i).data(PATH_ROLE)
            and self.waiting.item(i).flags() & Qt.ItemFlag.ItemIsEnabled
        ]
        self._import_paths(paths)

    def _import_paths(self, paths: list[Path]) -> None:
        results: list[ImportResult] = []
        problems: list[str] = []
        supervision = self._session.supervision()
        for path in paths:
            try:
                result = import_from_folder(path, supervision)
            except ImportedNotMoved as error:
                results.append(error.result)
                problems.append(error.sentence)
                continue
            except ReflectError as error:
                problems.append(error.sentence)
                continue
            if result is not None:
                results.append(result)
        self.refresh()
        self._done(results, problems)

    def _done(self, results: list[ImportResult], problems: list[str] | None = None) -> None:
        lines = [self._describe(r) for r in results] + list(problems or [])
        self.outcome.setText("\n".join(lines) or self.tr("Nothing new was imported."))
        for kind in {r.kind for r in results}:
            self.imported.emit(kind)

    def _describe(self, result: ImportResult) -> str:
        if result.already_imported:
            return self.tr("You had already imported this packet. Nothing changed.")
        if result.count == 0:
            # A late packet whose items are all older than (or the same as) what is here.
            return self.tr(
                "Nothing new from {name}: you already have everything in this packet."
            ).format(name=result.sender_name)
        if result.kind == "supervision":
            text = (
                self.tr("1 reflection from {name} is under \u201cShared with me\u201d.")
                if result.count == 1
                else self.tr("{n} reflections from {name} are under \u201cShared with me\u201d.")
            )
        else:
            text = (
                self.tr("1 new comment from {name}. It is on your reflection in the Journal.")
                if result.count == 1
                else self.tr(
                    "{n} new comments from {name}. They are on your reflections in the Journal."
                )
            )
        return text.format(n=result.count, name=result.sender_name)
