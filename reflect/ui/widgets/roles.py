"""Accessible roles that Qt gives no setter for: headings, and the rail's tabs of pages.

Qt chooses what a screen reader hears a widget as by the widget's class: a label is plain
text, and a checkable button is a check box. A title is a heading, though (screen readers
move from heading to heading), and the rail's buttons are the tabs of a list of pages, the
current one selected. A widget asks for its role with `speak_as`; one factory, installed
with the first such widget, answers Qt for every widget that asked.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface, QAccessibleStateChangeEvent
from PySide6.QtWidgets import QAbstractButton, QAccessibleWidget, QLabel, QWidget

ROLE = "reflect_accessible_role"  # the widget property that holds the role asked for


def speak_as(widget: QWidget, role: QAccessible.Role) -> None:
    """Have screen readers take `widget` for a `role` (before it is first shown)."""
    _install()
    widget.setProperty(ROLE, role.value)


@functools.cache
def _install() -> None:
    """Answer Qt for the widgets that asked for a role (once: Qt keeps its factories)."""
    QAccessible.installFactory(_factory)


def selection_changed(button: QAbstractButton) -> None:
    """Tell screen readers that a tab of pages was chosen or left (call on `toggled`)."""
    changed = QAccessible.State()
    changed.selected = True
    QAccessible.updateAccessibility(QAccessibleStateChangeEvent(button, changed))


def _factory(_class_name: str, thing: QObject) -> QAccessibleInterface | None:
    role = thing.property(ROLE) if isinstance(thing, QWidget) else None
    if not isinstance(role, int) or not isinstance(thing, QWidget):
        return None
    return _Spoken(thing, QAccessible.Role(role))


def _shown(widget: QWidget) -> str:
    """The words a label or button shows, as a screen reader should say them (a mnemonic's
    "&" is not said)."""
    if isinstance(widget, QLabel) and widget.buddy() is None:
        return widget.text()  # no mnemonic: an "&" is shown as it is
    if isinstance(widget, (QLabel, QAbstractButton)):
        return widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    return ""


class _Spoken(QAccessibleWidget):
    """A widget heard in the role it asked for: named by its accessible name or else by
    what it shows; a checkable button among tabs is selected while checked, and pressed
    by the screen reader's "press"."""

    def text(self, t: QAccessible.Text) -> str:
        """The name is the accessible name, or else the words shown."""
        if t == QAccessible.Text.Name:
            widget = self.widget()
            return widget.accessibleName() or _shown(widget)
        return super().text(t)

    def state(self) -> QAccessible.State:
        """As Qt says, and selectable, selected while checked, for a tab."""
        state = super().state()
        button = self.widget()
        if isinstance(button, QAbstractButton) and button.isCheckable():
            state.selectable = True
            state.selected = button.isChecked()
        return state

    def actionNames(self) -> list[str]:
        """A button can be pressed, as its own interface would offer."""
        names = list(super().actionNames())
        if isinstance(self.widget(), QAbstractButton):
            names.insert(0, QAccessibleWidget.pressAction())
        return names

    def doAction(self, actionName: str) -> None:
        """Press the button, or what Qt does."""
        button = self.widget()
        if actionName == QAccessibleWidget.pressAction() and isinstance(button, QAbstractButton):
            button.click()
            return
        super().doAction(actionName)
