"""Settings, Families: closing a family code, opening it again, and forgetting a family.

Forgetting runs as the journal's own background work (`Journal.begin_forget`), like a
delete: Lock stops it at a safe point. Its answer comes back on the window's thread, and the
pages hear of it: the reflections, the hours (sessions no longer list what was forgotten)
and the family codes.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from reflect.domain.errors import Failed, ReflectError
from reflect.domain.family_code import FamilyCode
from reflect.domain.family_forgetting import ForgetPlan, Forgotten
from reflect.session.base import SessionBase

FAMILY_CODES = "family_codes"
"""The `settings_changed` key said when a code is closed, opened again or forgotten."""


class FamiliesAccess(SessionBase):
    """The families part of `reflect.ui.settings.port.SettingsPort`."""

    def families(self) -> list[FamilyCode]:
        """Every family code, open and closed, with its number of reflections."""
        return self._open().family_codes()

    def set_family_active(self, code: str, active: bool) -> None:
        """Close a family code (it leaves the lists to choose from; its reflections stay),
        or open it again."""
        self._open().set_family_code_active(code, active)
        self.changes.settings_changed.emit(FAMILY_CODES)

    def begin_forget_plan(
        self, code: str, done: Callable[[ForgetPlan], None], failed: Failed
    ) -> None:
        """What forgetting a family would take, and the backups that hold it, found beside
        the window (backups are opened, and a slow drive may be looked at)."""
        work = functools.partial(self._open().forget_plan, code)
        self._errand("forget plan", work, done, failed)

    def begin_forget_family(
        self,
        code: str,
        from_backups: bool,
        done: Callable[[Forgotten], None],
        failed: Failed,
    ) -> None:
        """Start forgetting a family: its reflections leave the lists now; `done` or
        `failed` on the window's thread once it is over (unless the journal was locked)."""
        journal = self._open()
        generation = self._generation
        uuids = tuple(journal.family_reflections(code))

        def finished(forgotten: Forgotten | None, error: ReflectError | None) -> None:
            def answer() -> None:
                if generation != self._generation:
                    return  # locked meanwhile: nobody is waiting (and nothing is shown)
                self.changes.reflections_changed.emit(uuids)
                self.changes.hours_changed.emit()
                self.changes.settings_changed.emit(FAMILY_CODES)
                if forgotten is not None:
                    done(forgotten)
                else:
                    failed(error or ReflectError())

            self.errands.post(answer)  # called on the journal's background thread

        journal.begin_forget(code, from_backups=from_backups, on_done=finished)
        self.changes.reflections_changed.emit(uuids)
