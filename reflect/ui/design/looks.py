"""How a widget asks for a look of the design system: a property the stylesheet matches.

Pages never set colours or sizes themselves; they name what a thing is (a chip, a card, a
page title) and the theme's stylesheet (`stylesheet.py`) draws it, in either theme.
"""

from __future__ import annotations

from enum import Enum
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from reflect.ui.design.icons import tint
from reflect.ui.design.scales import TextRole

W = TypeVar("W", bound=QWidget)


class Look(Enum):
    """The shapes the design system draws (see docs/design.md)."""

    PLAIN = "plain"  # an ordinary control (what a primary action becomes when it is not)
    PRIMARY = "primary"  # the one main action of a page or dialog (accent)
    QUIET = "quiet"  # a secondary action drawn as text, like a link
    CHIP = "chip"  # a small rounded tag: a card link, a family code, a theme
    BADGE = "badge"  # a small count (unread comments, packets waiting)
    MARK = "mark"  # a small muted state beside something (Draft, Private, Shared)
    CARD = "card"  # a surface set on the page's ground: a list row, a group
    TILE = "tile"  # a summary figure with its caption
    NOTICE = "notice"  # the safety notice: warm ground, always drawn the same way
    PROBLEM = "problem"  # what went wrong and what to do, in place
    NAV = "nav"  # a page of the sidebar
    SIDEBAR = "sidebar"  # the sidebar's own ground
    ANSWER = "answer"  # a reflection's answer box: roomy, soft edge, firm on focus
    # The journal list's own looks:
    JOURNAL_LIST = "journal-list"  # the list of reflections: cards on the page's ground

    # The editor's own looks:
    DISCLOSURE = "disclosure"  # a quiet icon-and-words tool: "Go deeper", "Close card"
    COMMENT = "comment"  # a comment from supervision: a soft panel with a bar on its left

    # The cards' and hours' own looks:
    READING = "reading"  # a card's page: the surface ground, one column of text
    SOURCES = "sources"  # a card's sources: a quieter footer under a soft rule
    LIBRARY = "library"  # the list of cards beside the card: no box, on the page's ground
    METER = "meter"  # a slim progress bar in the accent; the figure beside it says it
    CAUTION = "caution"  # something to check about the hours, set apart by a rule

    # Supervision's and the dialogs' own looks:
    DESTRUCTIVE = "destructive"  # an action that removes or overwrites: never the accent
    STATES = "states"  # a list whose rows each show a state and their next step
    EMPTY = "empty"  # an empty state: what goes here, and what to do first


def _repolish(widget: QWidget) -> None:
    if not widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        return
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def look(widget: W, shape: Look) -> W:
    """Draw `widget` as `shape`; returns it."""
    widget.setProperty("look", shape.value)
    _repolish(widget)
    tint(widget)  # an icon on the accent takes the accent's text colour
    return widget


def text_role(widget: W, role: TextRole) -> W:
    """Set `widget`'s text at `role`'s step of the type scale; returns it."""
    widget.setProperty("textRole", role.value)
    _repolish(widget)
    return widget
