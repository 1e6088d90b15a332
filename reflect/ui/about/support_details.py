"""The details the About box copies for support: which Reflect, on which system.

They name versions only: never anything written in the journal, and never the journal's
folder (a path often holds the person's name), only whether it is the usual one. They are
in English whatever the screens' language, for whoever helps.
"""

from __future__ import annotations

import platform
from dataclasses import dataclass

import PySide6
from PySide6.QtCore import qVersion

from reflect import __version__
from reflect.ui.about.port import AboutPort


@dataclass(frozen=True)
class SupportDetails:
    """The versions and the kind of folder, as copied."""

    version: str
    journal_format: str
    usual_folder: bool
    system: str
    python: str
    qt: str
    pyside: str

    @classmethod
    def gather(cls, port: AboutPort) -> SupportDetails:
        """The details of this Reflect, this system and this journal's folder."""
        return cls(
            version=__version__,
            journal_format=port.journal_format(),
            usual_folder=port.in_usual_folder,
            system=platform.platform(),
            python=platform.python_version(),
            qt=qVersion(),
            pyside=PySide6.__version__,
        )

    def text(self) -> str:
        """One detail a line, ready to paste into a message."""
        folder = "the usual place" if self.usual_folder else "a folder chosen for it"
        return "\n".join(
            (
                f"Reflect {self.version}",
                f"Journal format: {self.journal_format}",
                f"Journal folder: {folder}",
                f"System: {self.system}",
                f"Python: {self.python}",
                f"Qt: {self.qt} (PySide6 {self.pyside})",
            )
        )
