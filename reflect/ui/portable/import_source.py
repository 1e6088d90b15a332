"""The import's first page: the kind of journal, and its file or folder. The kind is
guessed from what is chosen (its name and first bytes) and said, and the visitor can
correct it; a refused file's sentence is shown here, to choose another."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from reflect.domain.journal_import import ImportKind
from reflect.ui.cards.card_parts import QuietLabel
from reflect.ui.portable import save_places
from reflect.ui.portable.import_words import kind_choice, kind_name
from reflect.ui.widgets.announce import announce
from reflect.ui.widgets.documents_folder import documents

KINDS = (ImportKind.JRNL, ImportKind.DAY_ONE, ImportKind.MARKDOWN, ImportKind.REFLECT)
ChooseSource = Callable[[QWidget, str, str, str], str]
"""(parent, title, folder to start in, file types) -> the file chosen, or ""."""


def choose_source_file(parent: QWidget, title: str, start: str, kinds: str) -> str:
    """The system's dialog for opening a file."""
    path, _ = QFileDialog.getOpenFileName(parent, title, start, kinds)
    return path


def guess(path: Path) -> ImportKind | None:
    """The kind `path` looks like (None when unclear, or not there)."""
    from reflect.exchange.import_guess import guess_import_kind  # loads the readers

    return guess_import_kind(path) if path.exists() else None


class ImportSource(QWidget):
    """`choose_file` and `choose_folder` can be replaced (tests answer at once)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choose_file: ChooseSource = choose_source_file
        self.choose_folder: save_places.ChooseFolder = save_places.choose_folder
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(
            self.tr(
                "Bring in the entries of another journal, or a Reflect export. You see what "
                "it holds first; nothing is added until you choose Import."
            )
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        kinds_box = QGroupBox(self.tr("Kind of journal"))
        kinds = QVBoxLayout(kinds_box)
        self.kinds = QButtonGroup(self)
        self.kind_buttons: dict[ImportKind, QRadioButton] = {}
        for kind in KINDS:
            radio = QRadioButton(kind_choice(kind))
            radio.setAccessibleName(kind_choice(kind).replace("&", ""))
            self.kinds.addButton(radio)
            kinds.addWidget(radio)
            self.kind_buttons[kind] = radio
        self.kind_buttons[ImportKind.JRNL].setChecked(True)
        column.addWidget(kinds_box)
        where_label = QLabel(self.tr("File or &folder"))
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("The file or folder to import"))
        where_label.setBuddy(self.path)
        self.browse = QPushButton(self.tr("C&hoose…"))
        self.browse.setAccessibleName(self.tr("Choose the file or folder to import"))
        self.browse.setAutoDefault(False)
        self.browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(self.browse)
        column.addWidget(where_label)
        column.addLayout(where)
        self.guess_note = QuietLabel()
        column.addWidget(self.guess_note)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.problem)
        column.addStretch(1)
        self.path.editingFinished.connect(lambda: self.follow(self.chosen()))

    def kind(self) -> ImportKind:
        """The kind chosen."""
        for kind, radio in self.kind_buttons.items():
            if radio.isChecked():
                return kind
        return ImportKind.JRNL

    def chosen(self) -> Path | None:
        """The file or folder typed or chosen; None when there is none yet."""
        text = self.path.text().strip()
        return Path(text).expanduser() if text else None

    def _browse(self) -> None:
        current = self.chosen()
        start = str(current.parent if current is not None else documents())
        if self.kind() is ImportKind.MARKDOWN:
            chosen = self.choose_folder(self, self.tr("Choose the folder of notes"), start)
        else:
            chosen = self.choose_file(
                self,
                self.tr("Choose the file to import"),
                start,
                self.tr("Journal files (*.txt *.json *.zip);;All files (*)"),
            )
        if chosen:
            self.path.setText(chosen)
            self.follow(Path(chosen))

    def follow(self, path: Path | None) -> None:
        """Choose the kind `path` looks like, and say so (the visitor can correct it)."""
        self.problem.clear()
        if path is None:
            self.guess_note.clear()
            return
        guessed = guess(path)
        if guessed is None:
            self.guess_note.setText(
                self.tr("Reflect could not tell what kind of journal this is: choose its kind.")
            )
            return
        self.kind_buttons[guessed].setChecked(True)
        self.guess_note.setText(
            self.tr("This looks like a {kind}. Choose another kind if it is not.").format(
                kind=kind_name(guessed)
            )
        )

    def refused(self, sentence: str) -> None:
        """Say why the source was not read (heard at once), and go back to it."""
        self.problem.setText(sentence)
        announce(self.problem, sentence, assertive=True)
        self.path.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_first(self) -> None:
        """Reading order starts at the kind chosen."""
        self.kind_buttons[self.kind()].setFocus(Qt.FocusReason.OtherFocusReason)
