"""Exporting the portfolio: the dialog, the check of any chosen reflection, and the file.

Reflections go in only when chosen, and only as `without_family_content` leaves them; the
de-identification check runs on exactly that, and its findings are shown before anything
is written. Going back to edit closes the dialog and asks for the reflection to be opened
at the place found (`edit_requested`); nothing is written then.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QWidget

from reflect.domain.errors import ReflectError
from reflect.domain.library import Library
from reflect.domain.portfolio import (
    Portfolio,
    portfolio,
    portfolio_reflection,
    without_family_content,
)
from reflect.domain.reflection import Reflection
from reflect.exchange.deidentify import check_reflections
from reflect.exchange.portfolio_csv import write_portfolio_csv
from reflect.ui.hours.port import HoursPort
from reflect.ui.hours.portfolio_dialog import CSV, PortfolioChoice, PortfolioDialog
from reflect.ui.hours.portfolio_pdf import PortfolioReport
from reflect.ui.supervision.identifier_check import SHARE, IdentifierCheckDialog, describe_place
from reflect.ui.widgets import messages


def _documents() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


class PortfolioExport(QObject):
    """Emits `said(text)` once a portfolio is written, and `edit_requested(uuid, prompt_id)`
    when the visitor goes back to edit a reflection the check flagged."""

    said = Signal(str)
    edit_requested = Signal(str, str)

    def __init__(
        self,
        parent: QWidget,
        port: HoursPort,
        library: Library,
        today: Callable[[], dt.date],
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._port = port
        self._library = library
        self._today = today
        self.report = PortfolioReport(self)
        self.dialog: PortfolioDialog | None = None
        self._to_edit: tuple[str, str] | None = None

    def open(self, first_day: dt.date, last_day: dt.date) -> None:
        """Open the dialog with these dates; it lists the visitor's own reflections."""
        try:
            choices = self._port.reflection_choices()
        except ReflectError as error:
            messages.show_error(self._parent, error)
            return
        self.dialog = PortfolioDialog(
            self.export,
            first_day=first_day,
            last_day=last_day,
            choices=choices,
            folder=_documents(),
            parent=self._parent,
        )
        self.dialog.finished.connect(self._closed)
        self.dialog.open()

    def _closed(self, _result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
        to_edit, self._to_edit = self._to_edit, None
        if to_edit is not None and self._port.is_open:
            # Asked for once the dialog is gone, so the cursor can go into the answer.
            self._parent.window().activateWindow()
            self.edit_requested.emit(*to_edit)

    def close(self) -> None:
        """Close the dialog without exporting (the journal is being locked)."""
        if self.dialog is not None:
            self.dialog.reject()

    def export(self, choice: PortfolioChoice) -> bool:
        """Check and write the portfolio; True when the dialog can close (written, or the
        visitor went back to edit), False to stay open after a failure."""
        try:
            chosen = [self._port.get(uuid) for uuid in choice.reflection_uuids]
            library = self._library.with_templates(self._port.own_templates())
            if chosen and not self._checked(chosen, library):
                # Gone back to edit: the dialog closes. Locked meanwhile: it is closed already.
                return self._port.is_open
            made = portfolio(
                self._port.sessions(),
                self._port.trainings(),
                first_day=choice.first_day,
                last_day=choice.last_day,
                made_on=self._today(),
                reflections=[portfolio_reflection(r, library) for r in chosen],
            )
        except ReflectError as error:
            messages.show_error(self.dialog or self._parent, error)
            return False
        return self._write(choice.path, choice.kind, made)

    def _checked(self, chosen: list[Reflection], library: Library) -> bool:
        """Run the de-identification check on what would be written; False when the
        visitor chose to go back and edit (and the reflection is asked for)."""
        kept = [without_family_content(r) for r in chosen]
        places = check_reflections(kept, self._port.never_write())
        if not places:
            return True
        by_uuid = {r.uuid: r for r in chosen}
        dialog = IdentifierCheckDialog(
            [
                (describe_place(by_uuid[p.reflection_uuid], p.prompt_id, library, p.part), p.flag)
                for p in places
            ],
            self.dialog or self._parent,
        )
        dialog.exec()
        kind, index = dialog.decision
        dialog.deleteLater()
        if kind == SHARE:
            return True
        if not self._port.is_open:
            return False  # locked while the check was on screen: nothing more to do
        place = places[index or 0]
        self._to_edit = (place.reflection_uuid, place.prompt_id or "")
        return False

    def _write(self, path: Path, kind: str, made: Portfolio) -> bool:
        try:
            if kind == CSV:
                write_portfolio_csv(path, made)
            else:
                self.report.write_pdf(path, made)
        except OSError:
            messages.show_error(
                self.dialog or self._parent,
                ReflectError(
                    self.tr(
                        "The file could not be written there. Choose another folder, or check "
                        "that there is space on the disk."
                    )
                ),
            )
            return False
        if made.reflections:
            text = self.tr("Saved {name}, with the reflections you chose. It is not encrypted.")
        else:
            text = self.tr("Saved {name}. It holds no notes and no reflections.")
        self.said.emit(text.format(name=path.name))
        return True
