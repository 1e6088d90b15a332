"""What the settings page needs from the journal: backups, restoring, the passphrase and
recovery key, the never-share list, the exchange folder, families (closing and forgetting
one) and the agency's templates folder."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Protocol

from reflect.domain.agency_templates import AgencyTemplates
from reflect.domain.backup import Backup, BackupCopies
from reflect.domain.errors import Failed
from reflect.domain.family_code import FamilyCode
from reflect.domain.family_forgetting import ForgetPlan, Forgotten

if TYPE_CHECKING:  # the exchange layer loads after the first paint
    from reflect.exchange.supervision import Supervision


class SettingsPort(Protocol):
    """Calls raise `ReflectError` subclasses with a sentence fit to show."""

    @property
    def is_open(self) -> bool:
        """True while the journal is unlocked."""

    def remember_reopen(self, uuid: str, scroll: int) -> None:
        """Open this reflection, at this place, at the next unlock (after a restart)."""

    def take_reopen(self) -> tuple[str, int] | None:
        """Forget (and return) the reflection to open at the next unlock."""

    @property
    def data_folder(self) -> str:
        """The folder the journal, its backups and settings live in."""

    def supervision(self) -> Supervision:
        """The exchange service (for the exchange folder and this journal's contact line)."""

    def never_write(self) -> tuple[str, ...]:
        """The visitor's words never to share."""

    def set_never_write(self, words: Iterable[str]) -> tuple[str, ...]:
        """Keep the never-share list; returns it as kept."""

    def backups(self) -> list[Backup]:
        """Every backup, newest first."""

    def begin_backup_now(self, done: Callable[[Backup], None], failed: Failed) -> None:
        """Take a backup now, beside the window; `done(backup)` once it is taken."""

    def backup_copies(self) -> BackupCopies:
        """The second folder for backups, and when the last copy was made there."""

    def copying(self) -> bool:
        """True while a backup is being copied to the second folder."""

    def set_backup_copies_folder(self, folder: str) -> None:
        """Also keep backups in `folder` ("" for only on this computer)."""

    # A restore runs beside the window and cannot be cut short: Lock during it shows the
    # lock screen at once, and the journal is closed once it is whole again.
    def begin_restore(self, name: str, done: Callable[[], None], failed: Failed) -> None:
        """Replace the journal with one of its backups."""

    def begin_restore_file(self, path: str, done: Callable[[], None], failed: Failed) -> None:
        """Replace the journal with a backup file of this journal."""

    @property
    def restoring(self) -> bool:
        """True while a restore is under way."""

    def begin_new_recovery_key(
        self, passphrase: str, done: Callable[[str], None], failed: Failed
    ) -> None:
        """Re-encrypt under a new key (like a restore: never cut short); `done(key)` with
        the new recovery key, to show once."""

    def begin_change_passphrase(
        self, current: str, new: str, done: Callable[[], None], failed: Failed
    ) -> None:
        """Check the current passphrase, then change it (beside the window)."""

    def begin_recovery_key(
        self, passphrase: str, done: Callable[[str], None], failed: Failed
    ) -> None:
        """The recovery key again, given the passphrase (beside the window)."""

    def families(self) -> list[FamilyCode]:
        """Every family code, open and closed, with its number of reflections."""

    def set_family_active(self, code: str, active: bool) -> None:
        """Close a family code (its reflections stay), or open it again."""

    def begin_forget_plan(
        self, code: str, done: Callable[[ForgetPlan], None], failed: Failed
    ) -> None:
        """What forgetting a family would take and which backups hold it (beside the
        window); `done(plan)` on the window's thread."""

    def begin_forget_family(
        self, code: str, from_backups: bool, done: Callable[[Forgotten], None], failed: Failed
    ) -> None:
        """Forget a family (and, with `from_backups`, replace the backups that hold it);
        its reflections leave the lists at once; `done(forgotten)` once it is over."""

    def agency_folder(self) -> AgencyTemplates:
        """The agency's templates folder and what it gave when last read."""

    def set_agency_folder(
        self, folder: str, done: Callable[[AgencyTemplates], None], failed: Failed
    ) -> None:
        """Read templates from `folder` ("" for none) from now on; `done` with what it gave."""
