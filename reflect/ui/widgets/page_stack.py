"""The workspace's pages, one shown at a time, each able to scroll when the window is small.

At a large text size (200 %) a page laid out for a 1366 × 768 screen can need more room
than the screen has. A page that cannot shrink would make the window itself larger than the
screen, with its edges out of reach; here such a page scrolls inside the window instead.
A page that arranges itself for a narrow window (the journal shows its list or its form)
is added as it is.

The scroll areas are this stack's own business: `currentWidget`, `indexOf` and
`setCurrentWidget` speak of the pages themselves.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QStackedWidget, QWidget


class PageStack(QStackedWidget):
    """A stack of pages, each in a scroll area unless it fits itself to any width."""

    def add_page(self, page: QWidget, *, scrolls: bool = True) -> int:
        """Add `page`; in a scroll area that appears only when the window is too small."""
        if not scrolls:
            return self.addWidget(page)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the page's own controls take the focus
        area.setWidget(page)
        return self.addWidget(area)

    def page(self, index: int) -> QWidget | None:
        """The page at `index`, not its scroll area."""
        return _inside(self.widget(index))

    def currentWidget(self) -> QWidget:
        """The page shown, not its scroll area."""
        shown = _inside(super().currentWidget())
        assert shown is not None
        return shown

    def indexOf(self, page: QWidget) -> int:
        """Where `page` is in the stack, whether or not it scrolls."""
        for index in range(self.count()):
            if self.page(index) is page:
                return index
        return -1

    def setCurrentWidget(self, page: QWidget) -> None:
        """Show `page`."""
        self.setCurrentIndex(self.indexOf(page))


def all_pages(page: QWidget) -> QWidget:
    """The stack `page` is in (to hold every page while the journal is being replaced), or
    `page` itself when it is in none."""
    parent = page.parentWidget()
    while parent is not None and not isinstance(parent, PageStack):
        parent = parent.parentWidget()
    return parent or page


def _inside(widget: QWidget | None) -> QWidget | None:
    """The page a stack entry holds: the widget itself, or what its scroll area shows."""
    if isinstance(widget, QScrollArea) and widget.widget() is not None:
        return widget.widget()
    return widget
