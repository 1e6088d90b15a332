"""What Settings, Families asks of the journal: closing or opening a family code, and
forgetting a family after a confirmation that names what goes and what stays where.

Forgetting runs beside the window: the visitor can go on writing while it runs (a family of
a thousand reflections takes a few seconds), and hears when it is over.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog

from reflect.domain.errors import ReflectError
from reflect.domain.family_forgetting import ForgetPlan, Forgotten
from reflect.ui.changes import JournalChanges
from reflect.ui.settings.family_settings import FamilySettings
from reflect.ui.settings.family_words import outcome_text
from reflect.ui.settings.forget_family_dialog import ForgetFamilyDialog
from reflect.ui.settings.port import SettingsPort
from reflect.ui.widgets import messages
from reflect.ui.widgets.busy import hold

FAMILY_CODES = "family_codes"  # the `settings_changed` key the session says


class FamilyFlows(QObject):
    """Emits `error(ReflectError)` and `say(text, ms)` for the status bar."""

    error = Signal(object)
    say = Signal(str, int)

    def __init__(
        self,
        view: FamilySettings,
        port: SettingsPort,
        changes: JournalChanges,
        save_first: Callable[[], bool],
    ) -> None:
        super().__init__(view)
        self.view, self.port, self._save_first = view, port, save_first
        self._held: list[Callable[[], None]] = []  # releases of work under way
        view.active_change_requested.connect(self._set_active)
        view.forget_requested.connect(self._ask_to_forget)
        changes.settings_changed.connect(self._setting_changed)
        changes.locked.connect(self._locked)

    def _locked(self) -> None:
        """An answer still awaited will not come (the journal is locked): let go of the
        view, then forget what it showed."""
        held, self._held = self._held, []
        for release in held:
            release()
        self.view.clear()

    def _hold(self, *, pointer: bool) -> Callable[[], None]:
        release = hold(self.view, pointer=pointer)

        def released() -> None:
            release()
            if released in self._held:
                self._held.remove(released)

        self._held.append(released)
        return released

    def refresh(self) -> None:
        """Show the open journal's family codes."""
        if not self.port.is_open or self.port.restoring:
            return
        try:
            self.view.set_families(self.port.families())
        except ReflectError as error:
            self.error.emit(error)

    def _setting_changed(self, key: str) -> None:
        if key == FAMILY_CODES:
            self.refresh()

    def _set_active(self, code: str, active: bool) -> None:
        try:
            self.port.set_family_active(code, active)
        except ReflectError as error:
            self.error.emit(error)
            return
        if active:
            said = self.tr("{code} is open again: it is offered when you write and filter.")
        else:
            said = self.tr(
                "{code} is closed: it is no longer offered when you write or filter. Its "
                "reflections stay, and still open from the list."
            )
        self.view.say(said.format(code=code))

    def _ask_to_forget(self, code: str) -> None:
        release = self._hold(pointer=True)

        def planned(plan: ForgetPlan) -> None:
            release()
            dialog = ForgetFamilyDialog(plan, self.view)
            if dialog.exec() != QDialog.DialogCode.Accepted or not self.port.is_open:
                return
            if not self._save_first():
                self.error.emit(
                    ReflectError(
                        self.tr(
                            "Your latest words could not be saved, so nothing was forgotten. "
                            "Copy them somewhere safe, then try again."
                        )
                    )
                )
                return
            self._forget(plan.trace.code, dialog.from_backups)

        def failed(error: ReflectError) -> None:
            release()
            self.error.emit(error)

        self.port.begin_forget_plan(code, planned, failed)

    def _forget(self, code: str, from_backups: bool) -> None:
        release = self._hold(pointer=False)  # the visitor can write meanwhile
        self.view.say(self.tr("Forgetting {code}…").format(code=code))

        def done(forgotten: Forgotten) -> None:
            release()
            self.view.say("")
            self.refresh()
            self.say.emit(self.tr("Family {code} is forgotten.").format(code=code), 8000)
            messages.inform(self.view, self.tr("Family forgotten"), outcome_text(forgotten))

        def failed(error: ReflectError) -> None:
            release()
            self.view.say("")
            self.refresh()
            self.error.emit(error)

        try:
            self.port.begin_forget_family(code, from_backups, done, failed)
        except ReflectError as error:
            failed(error)
