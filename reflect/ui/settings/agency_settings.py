"""Settings, Your agency's questions: a folder of template files (in the format of Reflect's
own) whose sets of questions are offered beside Reflect's, and what was found in it.

A file that cannot be used is named with the line of its problem; the others are still
offered. A folder that cannot be reached (a network drive unplugged) is said quietly: the
sets it gave before are not offered until it can be read again, and reflections written
with them still open.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from reflect.domain.agency_templates import AgencyTemplates
from reflect.domain.errors import ReflectError
from reflect.ui.cards.card_parts import QuietLabel
from reflect.ui.settings.port import SettingsPort
from reflect.ui.settings.section_parts import button_row, choose_folder, folder_line, section_column
from reflect.ui.widgets.page_column import button
from reflect.ui.widgets.plurals import english_plural


class AgencySettings(QWidget):
    """Emits `error(ReflectError)`; shows the agency's folder and what it gave."""

    error = Signal(object)

    def __init__(self, port: SettingsPort, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._port = port
        layout = section_column(
            self,
            self.tr("Your agency's questions"),
            self.tr(
                "Optional. If your agency gives you sets of questions of its own (template "
                "files ending in .toml), choose the folder they are in: they are offered "
                "beside Reflect's own when you start a reflection. They are read each time "
                "you unlock your journal."
            ),
        )
        self.folder = folder_line(self.tr("Agency's templates folder"), self.tr("No agency folder"))
        layout.addWidget(self.folder)
        self.choose_button = button(
            self.tr("Choose &agency folder…"),
            self.tr("Choose agency's templates folder"),
            self._choose,
        )
        self.stop_button = button(
            self.tr("Stop using the agency folder"),
            self.tr("Stop using the agency's templates folder"),
            self._stop,
        )
        layout.addLayout(button_row(self.choose_button, self.stop_button))
        self.found = QuietLabel()
        self.found.setWordWrap(True)
        layout.addWidget(self.found)

    def show_agency(self) -> None:
        """Fill in from the open journal (what the folder gave when last read)."""
        self.show_found(self._port.agency_folder())

    def show_found(self, found: AgencyTemplates) -> None:
        """Show the folder, how many sets it gave, and each file that was not used."""
        self.folder.setText(found.folder)
        self.folder.setCursorPosition(0)
        self.stop_button.setEnabled(bool(found.folder))
        self.found.setText(self.describe(found))

    def describe(self, found: AgencyTemplates) -> str:
        """What the folder gave, in words (empty when no folder is chosen)."""
        if not found.folder:
            return ""
        if not found.reachable:
            return self.tr(
                "The folder {folder} cannot be reached right now, so its sets of questions "
                "are not offered. Reflections written with them still open. Connect the "
                "drive; Reflect looks again the next time you unlock."
            ).format(folder=found.folder)
        n = len(found.templates)
        lines = [
            english_plural(self.tr("%n set(s) of questions offered from this folder.", "", n), n)
        ]
        for problem in found.problems:
            if problem.line is None:
                line = self.tr("{file} was not used: {problem}.")
            else:
                line = self.tr("{file}, line {line}, was not used: {problem}.")
            lines.append(line.format(file=problem.file, line=problem.line, problem=problem.problem))
        if found.more_files:
            lines.append(self.tr("Only the first 100 files of the folder were read."))
        return "\n".join(lines)

    def clear(self) -> None:
        """Forget what is shown (on lock)."""
        self.folder.clear()
        self.found.clear()

    def _choose(self) -> None:
        if not self._port.is_open:
            return
        chosen = choose_folder(
            self, self.tr("Choose your agency's templates folder"), self.folder.text()
        )
        if chosen and self._port.is_open:
            self.set_folder(chosen)

    def set_folder(self, folder: str) -> None:
        """Read sets of questions from `folder` ("" for none) from now on."""
        try:
            self._port.set_agency_folder(folder, self.show_found, self.error.emit)
        except ReflectError as error:
            self.error.emit(error)
            return
        if folder:  # read beside the window; `show_found` once it is read
            self.folder.setText(folder)
            self.found.setText(self.tr("Reading the folder…"))

    def _stop(self) -> None:
        self.set_folder("")
