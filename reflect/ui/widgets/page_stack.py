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
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QStackedWidget, QWidget


class PageStack(QStackedWidget):
    """A stack of pages, each in a scroll area unless it fits itself to any width.

    Whatever takes the keyboard on a page is scrolled into sight, in every scroll area
    around it: Tab from the sidebar into a long page, or Shift+Tab back from its foot,
    must never leave the focus somewhere off screen.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._bring_into_sight)

    def _bring_into_sight(self, _old: QWidget | None, now: QWidget | None) -> None:
        if now is None or not self.isAncestorOf(now):
            return
        margin = now.fontMetrics().height()
        holder = now.parentWidget()
        while holder is not None and holder is not self:
            # Only the areas that merely hold a page (they never take the keyboard): a form
            # that scrolls itself, such as the reflection's, keeps its own place.
            if (
                isinstance(holder, QScrollArea)
                and holder.focusPolicy() == Qt.FocusPolicy.NoFocus
                and holder.widget() is not None
            ):
                holder.ensureWidgetVisible(now, margin, margin)
            holder = holder.parentWidget()

    def add_page(self, page: QWidget, *, scrolls: bool = True) -> int:
        """Add `page`; in a scroll area that appears only when the window is too small.

        The page is styled at once (polished), not with every other page when the stack is
        first shown: a window that builds its pages one at a time then never waits for
        them all at once."""
        held: QWidget = page
        if scrolls:
            held = area = QScrollArea()
            area.setWidgetResizable(True)
            area.setFrameShape(QFrame.Shape.NoFrame)
            area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its page's controls take the focus
            area.setWidget(page)
        index = self.addWidget(held)
        held.ensurePolished()
        return index

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
