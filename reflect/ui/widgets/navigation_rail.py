"""The sidebar down the window's left side: a page per row, icon and words, and Lock at
its foot.

A screen reader hears the page buttons as what they are, the tabs of a list of pages
("Pages"), the current one selected, rather than as the check boxes Qt makes of checkable
buttons. The arrow keys move between them and choose, as between tabs. A small count
beside a page (new comments, packets waiting) is part of what its tab is called, so it is
heard as well as seen.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reflect.ui.design.icons import set_icon
from reflect.ui.design.looks import Look, look, text_role
from reflect.ui.design.scales import Spacing, TextRole
from reflect.ui.widgets.app_icon import app_icon
from reflect.ui.widgets.key_names import key_names
from reflect.ui.widgets.roles import selection_changed, speak_as


class NavigationRail(QFrame):
    """Emits `chosen(index)` when a page's row is clicked, `lock_requested()` for Lock.

    `pages` are (label, icon name) pairs, in the order the sidebar lists them.
    """

    chosen = Signal(int)
    lock_requested = Signal()

    def __init__(self, pages: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        look(self, Look.SIDEBAR)
        space = Spacing.of(self.font())
        column = QVBoxLayout(self)
        column.setContentsMargins(space.s, space.m, space.s, space.m)
        column.setSpacing(space.xs)
        column.addLayout(self._name_row(space))
        column.addSpacing(space.m)
        self.pages = QWidget()
        self.pages.setAccessibleName(self.tr("Pages"))
        speak_as(self.pages, QAccessible.Role.PageTabList)
        tabs = QVBoxLayout(self.pages)
        tabs.setContentsMargins(0, 0, 0, 0)
        tabs.setSpacing(space.xs)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self._labels = [label for label, _ in pages]
        self._counts: list[QLabel] = []
        self._count_words = ["" for _ in pages]
        for index, (label, icon) in enumerate(pages):
            button = self._button(label, label, icon)
            button.setCheckable(True)
            speak_as(button, QAccessible.Role.PageTab)
            button.toggled.connect(lambda _on, b=button: selection_changed(b))
            self._counts.append(self._count_beside(button))
            self.group.addButton(button, index)
            tabs.addWidget(button)
        self.group.idClicked.connect(self.chosen)
        column.addWidget(self.pages)
        column.addStretch(1)
        self.lock = self._button(self.tr("Lock"), self.tr("Lock Reflect"), "lock-simple")
        self.lock.setToolTip(self.tr("Lock Reflect ({keys})").format(keys=key_names("Ctrl+L")))
        self.lock.clicked.connect(self.lock_requested)
        column.addWidget(self.lock)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        # Wide enough for the longest page name and a two-figure count beside it, and no
        # wider: on a 1024-pixel screen every pixel here is taken from the writing.
        widest = max(self.group.button(i).sizeHint().width() for i in range(len(pages)))
        self.setFixedWidth(widest + self.fontMetrics().horizontalAdvance("00") + space.l)

    def _name_row(self, space: Spacing) -> QHBoxLayout:
        """Reflect's icon and name at the top: where you are, quietly."""
        row = QHBoxLayout()
        row.setContentsMargins(space.s, 0, space.s, 0)
        row.setSpacing(space.s)
        mark = QLabel()
        size = round(self.fontMetrics().height() * 1.4)
        mark.setPixmap(app_icon().pixmap(size, size))
        name = text_role(QLabel(self.tr("Reflect")), TextRole.SECTION)
        row.addWidget(mark)
        row.addWidget(name, 1)
        return row

    def _button(self, text: str, name: str, icon: str) -> QToolButton:
        button = look(QToolButton(), Look.NAV)
        button.setText(text)
        button.setAccessibleName(name)
        set_icon(button, icon)
        size = round(self.fontMetrics().height() * 1.15)
        button.setIconSize(QSize(size, size))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return button

    def _count_beside(self, button: QToolButton) -> QLabel:
        """A small count at the row's right end, hidden while there is nothing to count."""
        inside = QHBoxLayout(button)
        inside.setContentsMargins(0, 0, Spacing.of(self.font()).s, 0)
        inside.addStretch(1)
        count = look(QLabel(), Look.BADGE)
        count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        count.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        count.hide()
        inside.addWidget(count, 0, Qt.AlignmentFlag.AlignVCenter)
        return count

    def set_count(self, index: int, count: int, words: str) -> None:
        """Show `count` beside page `index` (nothing when 0); `words` say what it counts,
        for screen readers and the tooltip ("2 reflections with new comments")."""
        badge, button = self._counts[index], self.group.button(index)
        badge.setText(str(count))
        badge.setVisible(count > 0)
        self._count_words[index] = words if count > 0 else ""
        label = self._labels[index]
        heard = f"{label}, {words}" if count > 0 else label
        button.setAccessibleName(heard)
        button.setToolTip(words if count > 0 else "")
        # Room for the badge, so a long label never runs under it.
        width = badge.sizeHint().width() + Spacing.of(self.font()).s if count > 0 else 0
        # A selector, so that the padding is the row's and not also the badge's inside it.
        button.setStyleSheet(f"QToolButton {{ padding-right: {width}px; }}" if width else "")

    def badge(self, index: int) -> QLabel:
        """The count shown beside page `index` (hidden when there is nothing to count)."""
        return self._counts[index]

    def count_words(self, index: int) -> str:
        """What the count beside page `index` says, or "" when there is none."""
        return self._count_words[index]

    def set_current(self, index: int) -> None:
        """Mark the page being shown; Tab into the sidebar lands on it (as into tabs), and
        the arrow keys go on from there."""
        button = self.group.button(index)
        if button is not None:
            button.setChecked(True)
        for other in self.group.buttons():
            other.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if other is button else Qt.FocusPolicy.ClickFocus
            )

    def stand_beside(self, pages: QWidget, *, in_: QWidget) -> None:
        """Lay the sidebar out at the left of `pages`, filling `in_`."""
        row = QHBoxLayout(in_)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self)
        row.addWidget(pages, 1)
