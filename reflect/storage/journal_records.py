"""The journal's smaller records: family codes, comments, supervision sessions, trainings,
check-ins."""

from __future__ import annotations

from reflect.domain.check_in import CheckIn
from reflect.domain.comment import Comment
from reflect.domain.family_code import FamilyCode
from reflect.domain.supervision_session import SupervisionSession
from reflect.domain.training import Training
from reflect.storage import record_store, training_store
from reflect.storage.journal_restore import JournalRestore


class JournalRecords(JournalRestore):
    """Family codes, comments, sessions, trainings and check-ins of an open journal."""

    def family_codes(
        self, *, include_closed: bool = True, counted: bool = True
    ) -> list[FamilyCode]:
        """The visitor's family codes, alphabetically, with how many reflections each has
        (unless not `counted`: the pickers need only the codes, and counting takes time)."""
        return self._read(lambda conn: record_store.family_codes(conn, include_closed, counted))

    def add_family_code(self, code: str) -> FamilyCode:
        """Add a family code (a short code, never a name and no initials)."""
        with self._write() as conn:
            return record_store.add_family_code(conn, code, self._clock())

    def set_family_code_active(self, code: str, active: bool) -> None:
        """Close a family code, or open it again."""
        with self._write() as conn:
            record_store.set_family_code_active(conn, code, active)

    def add_comment(self, comment: Comment) -> Comment:
        """Attach a comment to a reflection (adding the same comment twice does nothing)."""
        with self._write() as conn:
            return record_store.add_comment(conn, comment)

    def comments_for(self, reflection_uuid: str) -> list[Comment]:
        """A reflection's comments, oldest first."""
        return self._read(lambda conn: record_store.comments_for(conn, reflection_uuid))

    def mark_comments_read(self, reflection_uuid: str) -> None:
        """Clear the unread mark on a reflection's comments."""
        with self._write() as conn:
            record_store.mark_comments_read(conn, reflection_uuid)

    def reflections_with_unread_comments(self) -> int:
        """How many reflections have comments from supervision not yet opened."""
        return self._read(record_store.reflections_with_unread_comments)

    def save_session(self, session: SupervisionSession) -> SupervisionSession:
        """Log (or correct) a supervision session."""
        with self._write() as conn:
            return record_store.save_session(conn, session)

    def sessions(self) -> list[SupervisionSession]:
        """Logged supervision sessions, newest first."""
        return self._read(record_store.sessions)

    def delete_session(self, uuid: str) -> None:
        """Remove a logged session."""
        with self._write() as conn:
            record_store.delete_session(conn, uuid)

    def save_training(self, training: Training) -> Training:
        """Log (or correct, by uuid) a training; returns it as stored."""
        with self._write() as conn:
            return training_store.save_training(conn, training)

    def trainings(self) -> list[Training]:
        """Logged trainings, newest first."""
        return self._read(training_store.trainings)

    def delete_training(self, uuid: str) -> None:
        """Remove a logged training."""
        with self._write() as conn:
            training_store.delete_training(conn, uuid)

    def add_check_in(self, check_in: CheckIn) -> CheckIn:
        """Store a self-care check-in."""
        with self._write() as conn:
            return record_store.add_check_in(conn, check_in)

    def check_ins(self, *, limit: int = 100) -> list[CheckIn]:
        """Recent check-ins, newest first."""
        return self._read(lambda conn: record_store.check_ins(conn, limit))
