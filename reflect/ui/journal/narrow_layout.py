"""The journal on a narrow window: the list or the reflection, one at a time.

At a large text size (200 %) on a 1366 × 768 screen, or on a small one, the list and the
form do not fit side by side without one of them being squeezed past reading. Then the page
shows one of them: the list until a reflection is opened, the reflection until the visitor
goes back to the list. A card opened from a question takes the whole page until it is put
away. On a wide enough window nothing changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QPushButton, QSizePolicy, QSplitter, QStackedWidget, QWidget

from reflect.ui.design.looks import Look, look
from reflect.ui.journal.card_panel import CardPanel
from reflect.ui.journal.editor import ReflectionEditor
from reflect.ui.journal.list_pane import ListPane


class NarrowLayout(QObject):
    """Shows the list or the form alone when the page is too narrow for both."""

    def __init__(
        self,
        page: QWidget,
        splitter: QSplitter,
        list_pane: ListPane,
        middle: QStackedWidget,
        card_panel: CardPanel,
    ) -> None:
        super().__init__(page)
        self._page = page
        self._splitter = splitter
        self._list = list_pane
        self._middle = middle
        self._card = card_panel
        self._list_asked = False
        self.back = look(QPushButton(self.tr("← Your reflections")), Look.QUIET)
        self.back.setAccessibleName(self.tr("Back to the list of reflections"))
        self.back.setToolTip(self.tr("The list of reflections; this one stays open"))
        self.back.clicked.connect(self.show_list)
        self.back.hide()
        editor = middle.widget(1)
        assert isinstance(editor, ReflectionEditor)
        self._editor = editor
        editor.add_above_form(self.back)
        editor.loaded.connect(self.show_form)
        middle.currentChanged.connect(lambda _index: self.arrange())
        card_panel.closed.connect(self.arrange)
        list_pane.search_asked.connect(self.show_list)
        page.installEventFilter(self)
        # The page asks only for the wider of the two panes, not both: on a narrow window
        # it is given less than both need, and shows one of them.
        policy = splitter.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        splitter.setSizePolicy(policy)
        splitter.setMinimumWidth(max(list_pane.minimumWidth(), middle.minimumWidth()))

    @property
    def narrow(self) -> bool:
        """Whether the page is too narrow for the list and the form side by side."""
        need = (
            self._list.minimumWidth() + self._middle.minimumWidth() + self._splitter.handleWidth()
        )
        return self._page.width() < need

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrange the panes again whenever the page changes width."""
        if watched is self._page and event.type() == QEvent.Type.Resize:
            self.arrange()
        return False

    def show_list(self) -> None:
        """The list, the open reflection kept as it is (narrow pages only)."""
        self._list_asked = True
        self.arrange()
        if self.narrow:
            self._list.view.setFocus()

    def show_form(self) -> None:
        """The reflection just opened or started."""
        self._list_asked = False
        self.arrange()

    def arrange(self) -> None:
        """Show what fits: everything on a wide page, one pane on a narrow one."""
        if not self.narrow:
            self.back.hide()
            self._middle.show()
            if not (self._card.isVisible() and self._page.width() < CARD_BESIDE_FROM):
                self._list.show()
            return
        editing = self._middle.currentWidget() is self._editor and not self._list_asked
        card = self._card.isVisibleTo(self._page)
        self._list.setVisible(not editing and not card)
        self._middle.setVisible(editing and not card)
        self.back.setVisible(editing)


CARD_BESIDE_FROM = 1080
"""Below this page width (a window under about 1200 px) a card takes the list's place
instead of squeezing the form."""
