"""Packets in: open one from a file, or import those waiting in the exchange folder.

Each import ends in one sentence saying what came in (or why nothing did).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QWidget,
)

from reflect.domain.errors import ReflectError
from reflect.domain.packet import Imported, ImportResult
from reflect.exchange.exchange_folder import (
    IncomingPacket,
)
from reflect.ui.cards.card_parts import QuietLabel
from reflect.ui.design.icons import set_icon
from reflect.ui.design.looks import Look, look
from reflect.ui.supervision.packet_files import ask_which_to_open
from reflect.ui.supervision.packet_scan import PacketScan
from reflect.ui.supervision.port import SupervisionPort
from reflect.ui.supervision.state_rows import State, state_item
from reflect.ui.widgets.announce import announce
from reflect.ui.widgets.busy import hold
from reflect.ui.widgets.error_words import said, say
from reflect.ui.widgets.heading import HeadingLabel
from reflect.ui.widgets.local_dates import moment_text
from reflect.ui.widgets.page_column import button, reading_column
from reflect.ui.widgets.plurals import english_plural

PATH_ROLE = Qt.ItemDataRole.UserRole
REFUSED_ROLE = Qt.ItemDataRole.UserRole + 1


class InboxTab(QWidget):
    """Emits `error(ReflectError)`; what came in is announced by the session's changes."""

    error = Signal(object)

    def __init__(self, port: SupervisionPort, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._port = port
        self._scan = PacketScan(self)
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
        self.waiting = look(QListWidget(), Look.STATES)
        self.waiting.setWordWrap(True)
        # Long reasons wrap inside the row instead of scrolling sideways.
        self.waiting.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.waiting.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.waiting.setAccessibleName(self.tr("Packets waiting in your exchange folder"))
        self.waiting.itemActivated.connect(lambda _item: self._import_selected())
        self.waiting.currentItemChanged.connect(lambda *_: self._current_changed())
        self.waiting.setMaximumHeight(self.fontMetrics().height() * 12)
        layout.addWidget(self.waiting)
        row = QHBoxLayout()
        self.refresh_button = button(
            self.tr("Look again"), self.tr("Look in the exchange folder again"), self.refresh
        )
        self.import_button = button(
            self.tr("Import all"), self.tr("Import every waiting packet"), self._import_all
        )
        self.dismiss_button = button(
            self.tr("&Dismiss"),
            self.tr("Dismiss the chosen packet that was not imported"),
            self._dismiss,
        )
        self.dismiss_button.setEnabled(False)
        look(self.import_button, Look.PRIMARY)
        row.addWidget(self.refresh_button)
        row.addWidget(self.dismiss_button)
        row.addStretch(1)
        row.addWidget(self.import_button)
        layout.addLayout(row)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome_mark = QLabel()  # beside the words: imported, or not
        self.outcome_mark.hide()
        row = QHBoxLayout()
        row.addWidget(self.outcome_mark, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.outcome, 1)
        layout.addLayout(row)
        layout.addStretch(1)

    def show_inbox(self) -> None:
        """Fill in from the open journal."""
        self.refresh()

    def clear(self) -> None:
        """Forget everything shown (on lock), and stop looking for packets."""
        self._scan.cancel()
        self.waiting.clear()
        self.outcome.clear()
        self.outcome_mark.hide()
        self.folder_label.clear()

    def refresh(self) -> None:
        """Look for packets addressed to me in the exchange folder (beside the window)."""
        self._scan.cancel()
        self.waiting.clear()
        self.dismiss_button.setEnabled(False)
        if not self._port.is_open:
            return
        try:
            scan = self._port.packet_reader()
        except ReflectError as error:
            self.folder_label.setText(said(error))
            return
        self.waiting.setEnabled(scan is not None)
        self.refresh_button.setEnabled(scan is not None)
        self.import_button.setEnabled(False)
        if scan is None:
            self.folder_label.setText(
                self.tr("No exchange folder is chosen. You can choose one in Settings.")
            )
            self._show([])
            return
        folder, reader = scan
        self.folder_label.setText(self.tr("Looking in {folder}").format(folder=str(folder)))
        looking = state_item(self, State.WAITING, self.tr("Looking for packets…"))
        looking.setFlags(Qt.ItemFlag.NoItemFlags)
        self.waiting.addItem(looking)
        self._scan.start(folder, reader, self._found)

    def _found(self, found: list[IncomingPacket], problem: ReflectError | None) -> None:
        if not self._port.is_open:
            return  # locked meanwhile: nothing of the journal is shown
        self.waiting.clear()
        if problem is not None:
            self.folder_label.setText(said(problem))
        self._show(found)

    def _show(self, found: list[IncomingPacket]) -> None:
        for packet in found:
            if packet.problem:
                item = state_item(
                    self,
                    State.PROBLEM,
                    self.tr("Cannot be imported: {file}").format(file=packet.path.name),
                    say(packet.problem),
                )
            else:
                what = (
                    self.tr("Shared reflections")
                    if packet.kind == "supervision"
                    else self.tr("Comments")
                )
                text = self.tr("{what} from {name}").format(what=what, name=packet.sender_name)
                if packet.created_at is not None:
                    text += ", " + moment_text(packet.created_at)
                item = state_item(
                    self,
                    State.WAITING,
                    self.tr("Waiting: {packet}").format(packet=text),
                    self.tr("Choose Import all, or press Enter on it to import only this one."),
                )
            item.setData(PATH_ROLE, str(packet.path))
            self.waiting.addItem(item)
        # Packets refused at import stay in view, with why, until the person dismisses them.
        try:
            refused = self._port.supervision().refused.all()
        except ReflectError:
            refused = []
        for entry in refused:
            item = state_item(
                self,
                State.REFUSED,
                self.tr("Not imported: {file}").format(file=entry.name),
                self.tr("{reason} Dismiss takes it off this list.").format(
                    reason=say(entry.reason)
                ),
            )
            item.setData(REFUSED_ROLE, entry.name)
            self.waiting.addItem(item)
        self.import_button.setEnabled(bool(found))
        if not found and not refused:
            empty = state_item(
                self,
                State.EMPTY,
                self.tr("Nothing new."),
                self.tr(
                    "Packets come from your supervisor, or from the people you supervise, "
                    "when they share with you. They appear here from your exchange folder; "
                    "a packet given to you as a file opens with \u201cOpen a packet file\u201d."
                ),
            )
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.waiting.addItem(empty)

    def _current_changed(self) -> None:
        item = self.waiting.currentItem()
        self.dismiss_button.setEnabled(item is not None and bool(item.data(REFUSED_ROLE)))

    def _dismiss(self) -> None:
        item = self.waiting.currentItem()
        if item is None or not item.data(REFUSED_ROLE) or not self._open():
            return
        try:
            self._port.supervision().refused.dismiss(item.data(REFUSED_ROLE))
        except ReflectError as error:
            self._say(said(error))
            return
        self.refresh()

    def _open(self) -> bool:
        return self._port.is_open

    def open_file(self) -> None:
        """Ask for a packet file, then import it."""
        if not self._port.is_open:
            return
        try:
            start = self._port.supervision().exchange_folder() or Path.home()
        except ReflectError as error:
            self._say(said(error))
            return
        path = ask_which_to_open(self, start)
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> None:
        """Import one packet file (beside the window) and say what happened."""
        if not self._port.is_open:
            return  # the journal locked while the file dialog was open
        release = self._importing()

        def imported(result: ImportResult) -> None:
            release()
            self.refresh()  # the same packet may be waiting in the exchange folder too
            self._done(Imported((result,)))

        def failed(error: ReflectError) -> None:
            release()
            self._say(said(error))

        self._port.begin_import_file(path, imported, failed)

    def _importing(self) -> Callable[[], None]:
        """Say it is under way and hold the buttons (the rest of the window goes on)."""
        self.outcome.setText(self.tr("Importing…"))
        self.outcome_mark.hide()
        return hold(self, pointer=False)

    def _import_selected(self) -> None:
        item = self.waiting.currentItem()
        if item is not None and item.data(PATH_ROLE):
            self._import_paths([Path(item.data(PATH_ROLE))])

    def _import_all(self) -> None:
        # Packets listed with a problem go too: refused, they move aside with their reason.
        paths = [
            Path(self.waiting.item(i).data(PATH_ROLE))
            for i in range(self.waiting.count())
            if self.waiting.item(i).data(PATH_ROLE)
        ]
        self._import_paths(paths)

    def _import_paths(self, paths: list[Path]) -> None:
        if not self._open():
            return
        release = self._importing()

        def imported(outcome: Imported) -> None:
            release()
            self.refresh()
            self._done(outcome)

        self._port.begin_import_waiting(paths, imported)

    def _done(self, outcome: Imported) -> None:
        lines = [self._describe(r) for r in outcome.results] + [
            say(problem) for problem in outcome.problems
        ]
        done = State.IMPORTED if outcome.results and not outcome.problems else State.PROBLEM
        self._say("\n".join(lines) or self.tr("Nothing new was imported."), done)

    def _say(self, outcome: str, state: State = State.PROBLEM) -> None:
        """Show how an import (or dismissing a packet) ended, and say it aloud."""
        self.outcome.setText(outcome)
        set_icon(self.outcome_mark, state.value)
        self.outcome_mark.show()
        announce(self.outcome, outcome)

    def _describe(self, result: ImportResult) -> str:
        if result.already_imported:
            return self.tr("You had already imported this packet. Nothing changed.")
        if result.count == 0:
            # A late packet whose items are all older than (or the same as) what is here.
            return self.tr(
                "Nothing new from {name}: you already have everything in this packet."
            ).format(name=result.sender_name)
        n = result.count
        if result.kind == "supervision":
            text = self.tr("Under \u201cShared with me\u201d: %n reflection(s) from {name}.", "", n)
        else:
            text = self.tr(
                "%n new comment(s) from {name}, beside your reflections in the Journal.", "", n
            )
        return english_plural(text, n).format(name=result.sender_name)
