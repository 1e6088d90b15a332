"""The check before anything is shared or exported: each likely identifier, in context.

Every flag is a question, never a silent change: the visitor either goes to that place to
edit it, or shares anyway (a made-up name, a public park). Going back to edit is the
default, so Enter or Escape never shares by accident.

Use `check_before_sharing` for a list of reflections, or `IdentifierCheckDialog` directly
with places already found.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from reflect.domain.identifier_flag import IdentifierFlag
from reflect.domain.library import Library
from reflect.domain.reflection import Reflection
from reflect.exchange.deidentify import FlaggedPlace, Part, check_reflections
from reflect.ui.cards.card_parts import QuietLabel
from reflect.ui.widgets.heading import HeadingLabel
from reflect.ui.widgets.identifier_words import IdentifierWords, capitalised, kind_name
from reflect.ui.widgets.local_dates import qdate
from reflect.ui.widgets.plurals import english_plural
from reflect.ui.widgets.scrolled import scrolled

SHARE = "share"
EDIT = "edit"
PROMPT_CHARS = 48

Decision = tuple[str, int | None]


def describe_place(
    reflection: Reflection, prompt_id: str | None, library: Library, part: Part | None = None
) -> str:
    """A short label for where a flag is: '12 Nov · KL — In a sentence or two, what…'.

    `part` names the family code or the themes; otherwise a None prompt means the notes.
    """
    day = QLocale().toString(qdate(reflection.visit_date), "d MMM")
    if part is Part.FAMILY_CODE:
        what = IdentifierWords.tr("Family code")
    elif part is Part.THEMES:
        what = IdentifierWords.tr("Themes")
    elif part is Part.COMMENT:
        what = IdentifierWords.tr("A comment from supervision")
    elif prompt_id is None:
        what = IdentifierWords.tr("Other notes")
    else:
        try:
            what = library.prompt(prompt_id).text
        except KeyError:
            what = IdentifierWords.tr("An answer")
        if len(what) > PROMPT_CHARS:
            what = what[:PROMPT_CHARS].rsplit(maxsplit=1)[0].rstrip(",;:") + "…"
    code = reflection.family_code or IdentifierWords.tr("no code yet")
    return IdentifierWords.tr("{day} · {code} — {what}").format(day=day, code=code, what=what)


def emphasised(flag: IdentifierFlag) -> str:
    """The context as rich text, the flagged words in bold (everything else escaped)."""
    before, found, after = (html.escape(part) for part in flag.context_parts())
    return f"{before}<b>{found}</b>{after}"


class IdentifierCheckDialog(QDialog):
    """Shows each `(where, flag)`; afterwards `decision` is ("share", None) or ("edit", i).

    `exec()` returns Accepted only for Share anyway. Closing the dialog means going back to
    edit the first place, as the visitor chose not to share yet.
    """

    def __init__(
        self, places: Sequence[tuple[str, IdentifierFlag]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check before sharing"))
        self.setAccessibleName(self.tr("Check before sharing"))
        self.setModal(True)
        self.places = list(places)
        self.decision: Decision = (EDIT, 0)
        em = self.fontMetrics().height()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(em * 3 // 2, em * 3 // 2, em * 3 // 2, em)
        layout.setSpacing(em // 2)
        n = len(self.places)
        title = english_plural(self.tr("%n place(s) may identify someone", "", n), n)
        self.heading = HeadingLabel(title, 1.2, self)
        layout.addWidget(self.heading)
        self.intro = QLabel(
            self.tr(
                "Look at each one before it leaves this computer. Edit it, or share anyway "
                "if it is fine as it is, such as a made-up name or a public place."
            )
        )
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.edit_buttons: list[QPushButton] = []
        layout.addWidget(self._build_list(em), 1)
        layout.addLayout(self._build_buttons())
        if self.edit_buttons:  # start where reading starts: the first place found
            self.edit_buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(em * 44, min(em * 36, em * 12 + len(self.places) * em * 6))

    def _build_list(self, em: int) -> QScrollArea:
        column = QWidget()
        rows = QVBoxLayout(column)
        rows.setContentsMargins(0, 0, em // 2, 0)
        rows.setSpacing(em)
        for index, (where, flag) in enumerate(self.places):
            rows.addLayout(self._row(index, where, flag))
        rows.addStretch(1)
        return scrolled(column)

    def _row(self, index: int, where: str, flag: IdentifierFlag) -> QHBoxLayout:
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(QuietLabel(where, self))
        kind = capitalised(kind_name(flag.kind))
        context = QLabel(
            self.tr("{kind}:<br>“{context}”").format(
                kind=html.escape(kind), context=emphasised(flag)
            )
        )
        context.setTextFormat(Qt.TextFormat.RichText)
        context.setWordWrap(True)
        text.addWidget(context)
        edit = QPushButton(self.tr("Edit"))
        edit.setAccessibleName(self.tr("Edit {where}: {kind}").format(where=where, kind=kind))
        edit.setToolTip(self.tr("Open this reflection at this answer"))
        edit.clicked.connect(lambda _=False, i=index: self._edit(i))
        self.edit_buttons.append(edit)
        row = QHBoxLayout()
        row.addLayout(text, 1)
        row.addWidget(edit, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _build_buttons(self) -> QHBoxLayout:
        self.back_button = QPushButton(self.tr("Go back and edit"))
        self.back_button.setAccessibleName(self.tr("Go back and edit the first place"))
        self.back_button.clicked.connect(lambda: self._edit(0))
        self.share_button = QPushButton(self.tr("Share anyway"))
        self.share_button.setAccessibleName(self.tr("Share anyway, as it is"))
        self.share_button.setAutoDefault(False)
        self.share_button.clicked.connect(self._share)
        # Enter goes back to edit: sharing is always a deliberate click or Tab then Space.
        self.back_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.share_button)
        return buttons

    def _edit(self, index: int) -> None:
        self.decision = (EDIT, index)
        self.reject()

    def _share(self) -> None:
        self.decision = (SHARE, None)
        self.accept()

    def reject(self) -> None:
        """Escape or closing the window: back to edit (the first place unless one was chosen)."""
        if self.decision[0] != EDIT:
            self.decision = (EDIT, 0)
        super().reject()


def check_before_sharing(
    parent: QWidget | None,
    reflections: Sequence[Reflection],
    never_write: Iterable[str],
    library: Library,
) -> FlaggedPlace | None:
    """Run the check over what would be shared; ask only when something was found.

    Returns None to go ahead and share (nothing found, or Share anyway), or the place the
    visitor chose to edit, so the caller can open that reflection at that answer.
    """
    places = check_reflections(reflections, never_write)
    if not places:
        return None
    by_uuid = {r.uuid: r for r in reflections}
    dialog = IdentifierCheckDialog(
        [
            (describe_place(by_uuid[p.reflection_uuid], p.prompt_id, library, p.part), p.flag)
            for p in places
        ],
        parent,
    )
    dialog.exec()
    kind, index = dialog.decision
    dialog.deleteLater()
    if parent is not None:
        # Back to the window at once, so the caller can put the cursor in the answer to edit.
        parent.window().activateWindow()
    return None if kind == SHARE else places[index or 0]
