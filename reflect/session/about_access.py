"""The About box's port: the journal's folder and format, answered while locked too."""

from __future__ import annotations

from reflect.session.base import SessionBase
from reflect.storage.paths import JournalPaths
from reflect.storage.schema_version import HEAD


class AboutAccess(SessionBase):
    """Implements `reflect.ui.about.port.AboutPort`."""

    @property
    def in_usual_folder(self) -> bool:
        """True when the journal is kept in the platform's user data folder."""
        return self.paths.folder == JournalPaths.usual().folder

    def journal_format(self) -> str:
        """The schema revision this Reflect writes: an open journal has been brought up to
        it, and one that is locked is brought up to it when opened."""
        return HEAD
