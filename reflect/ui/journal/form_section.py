"""One section of the reflection form: its heading, the core questions, and the rest behind
"Go deeper".

The core is what a tired visitor answers in a few minutes; the deeper questions open with
one press (a click, or Space on the focused button) and the choice is remembered. A
section never hides words: deeper questions already answered open it, and a retired
question shows only when this reflection answered it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QToolButton, QVBoxLayout, QWidget

from reflect.domain.library import Library
from reflect.domain.prompt import Depth
from reflect.domain.reflection import Reflection
from reflect.domain.template import Section
from reflect.ui.design.icons import set_icon
from reflect.ui.design.looks import Look, look
from reflect.ui.design.scales import TYPE, Spacing, TextRole
from reflect.ui.journal.prompt_widget import PromptWidget
from reflect.ui.widgets.heading import HeadingLabel
from reflect.ui.widgets.plurals import english_plural


class FormSection(QWidget):
    """Emits `deeper_toggled(open)` when the visitor opens or closes "Go deeper"."""

    deeper_toggled = Signal(bool)

    def __init__(
        self,
        section: Section,
        library: Library,
        never_write: Callable[[], Sequence[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.section = section
        space = Spacing.of(self.font())
        layout = QVBoxLayout(self)
        # Room above each heading gives the page its rhythm: a pause, then the next part.
        layout.setContentsMargins(0, space.xl, 0, 0)
        layout.setSpacing(space.xs)
        self.title = HeadingLabel(section.title, TYPE[TextRole.SECTION].scale)
        layout.addWidget(self.title)
        self.prompts: list[PromptWidget] = []
        self.deeper = QWidget()
        deeper_layout = QVBoxLayout(self.deeper)
        deeper_layout.setContentsMargins(0, 0, 0, 0)
        deeper_layout.setSpacing(space.xs)
        deeper_count = 0
        for prompt in section.prompts:
            widget = PromptWidget(prompt, library, never_write=never_write)
            self.prompts.append(widget)
            if prompt.depth is Depth.DEEPER and not prompt.retired:
                deeper_layout.addWidget(widget)
                deeper_count += 1
            else:
                layout.addWidget(widget)
            widget.setVisible(not prompt.retired)
        # A quiet disclosure (a caret and words), not a push button among the answers.
        self.go_deeper = look(QToolButton(), Look.DISCLOSURE)
        self.go_deeper.setCheckable(True)
        self.go_deeper.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.go_deeper.setCursor(Qt.CursorShape.PointingHandCursor)
        line = self.go_deeper.fontMetrics().height()
        self.go_deeper.setIconSize(QSize(line, line))
        set_icon(self.go_deeper, "caret-right")
        deeper = self.tr("Go deeper: %n more question(s)", "", deeper_count)
        self.go_deeper.setText(english_plural(deeper, deeper_count))
        self.go_deeper.setAccessibleName(
            self.tr("Go deeper in {section}").format(section=section.title)
        )
        self.go_deeper.setToolTip(self.tr("More questions, for when there is time and reason."))
        self.go_deeper.toggled.connect(self._toggled)
        layout.addWidget(self.go_deeper, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.deeper)
        self.go_deeper.setVisible(deeper_count > 0)
        self.deeper.hide()

    def _toggled(self, open_: bool) -> None:
        self._show_deeper(open_)
        self.deeper_toggled.emit(open_)

    def _show_deeper(self, open_: bool) -> None:
        self.deeper.setVisible(open_)
        set_icon(self.go_deeper, "caret-down" if open_ else "caret-right")

    def set_open(self, open_: bool) -> None:
        """Open or close "Go deeper" as remembered, without reporting it as a choice."""
        self.go_deeper.blockSignals(True)
        self.go_deeper.setChecked(open_)
        self.go_deeper.blockSignals(False)
        self._show_deeper(open_)

    def show_answered(self, reflection: Reflection) -> None:
        """Open whatever holds words of this reflection: answered deeper questions open the
        section, and a retired question shows only when it was answered."""
        for widget in self.prompts:
            answered = reflection.answer(widget.prompt.id) is not None
            if widget.prompt.retired:
                widget.setVisible(answered)
            elif answered and widget.prompt.depth is Depth.DEEPER:
                self.set_open(True)

    def focus_chain(self) -> list[QWidget]:
        """What Tab visits here, in reading order: each shown answer (with the cards of a
        heavy note under it), then "Go deeper", then the deeper answers."""
        core = [w for w in self.prompts if not self.deeper.isAncestorOf(w)]
        deeper = [w for w in self.prompts if self.deeper.isAncestorOf(w)]
        chain: list[QWidget] = [stop for w in core for stop in w.focus_chain()]
        chain.append(self.go_deeper)
        chain.extend(stop for w in deeper for stop in w.focus_chain())
        return chain
