"""The application's stylesheet, written from a theme's colours and the scales.

Only what the palette cannot say is here: rounded soft edges, the focus ring, the accent on
the one primary action, and the looks pages ask for by name (`looks.Look`). Combo boxes,
spin boxes and check boxes are drawn here too: Fusion draws their edges a shade darker than
the page, which all but vanishes on a dark one. Their ticks and arrows are the pictures in
`indicators.py`.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetricsF

from reflect.ui.design.colours import Colours
from reflect.ui.design.indicators import url
from reflect.ui.design.scales import TYPE, Spacing, TextRole, font_for, point_size


def _type_rules(font: QFont, c: Colours) -> str:
    rules = []
    for role in TextRole:
        weight = 600 if TYPE[role].weight >= QFont.Weight.DemiBold else 400
        colour = f"color: {c.text_muted};" if role in (TextRole.HELP, TextRole.CAPTION) else ""
        rules.append(
            f'*[textRole="{role.value}"] {{ font-size: {point_size(font, role)}pt;'
            f" font-weight: {weight}; {colour} }}"
        )
    return "\n".join(rules)


def stylesheet(c: Colours, font: QFont) -> str:
    """The stylesheet for theme `c` beside text in `font`."""
    s = Spacing.of(font)
    caption = point_size(font, TextRole.CAPTION)
    r = s.radius
    # A pill's corners: half its height, or Qt draws them square (a radius larger than
    # half the height is ignored).
    pill = max(3, int(QFontMetricsF(font_for(font, TextRole.CAPTION)).height() / 2))
    return f"""
QToolTip {{ background: {c.surface}; color: {c.text}; border: 1px solid {c.border}; }}
QPushButton {{
    background: {c.surface}; color: {c.text}; border: 1px solid {c.border};
    border-radius: {r}px; padding: {s.xs}px {s.m}px; min-height: {s.l}px;
}}
QPushButton:hover {{ border-color: {c.border_strong}; background: {c.surface_raised}; }}
QPushButton:pressed, QPushButton:checked {{ background: {c.accent_soft}; color: {c.on_accent_soft}; }}
QPushButton:focus {{ border: 2px solid {c.accent}; padding: {s.xs - 1}px {s.m - 1}px; }}
QPushButton:disabled {{ color: {c.text_muted}; background: {c.window}; border-color: {c.border}; }}
QPushButton[look="primary"] {{ background: {c.accent}; color: {c.on_accent}; border-color: {c.accent}; font-weight: 600; }}
QPushButton[look="primary"]:hover {{ border-color: {c.text}; }}
QPushButton[look="primary"]:focus {{ border: 2px solid {c.text}; }}
QPushButton[look="primary"]:disabled {{ background: {c.surface_raised}; color: {c.text_muted}; border-color: {c.border}; }}
QPushButton[look="quiet"] {{ background: transparent; border: 1px solid transparent; color: {c.accent}; padding: {s.xs}px {s.s}px; }}
QPushButton[look="quiet"]:hover {{ border-color: {c.border}; }}
QPushButton[look="quiet"]:focus {{ border: 2px solid {c.accent}; padding: {s.xs - 1}px {s.s - 1}px; }}
QPushButton[look="chip"], QToolButton[look="chip"] {{
    background: {c.accent_soft}; color: {c.on_accent_soft}; border: 1px solid {c.accent_soft};
    border-radius: {s.m}px; padding: 1px {s.s}px; min-height: 0px; font-size: {caption}pt;
}}
QPushButton[look="chip"]:hover, QToolButton[look="chip"]:hover {{ border-color: {c.accent}; }}
QPushButton[look="chip"]:focus, QToolButton[look="chip"]:focus {{ border: 2px solid {c.accent}; padding: 0px {s.s - 1}px; }}
QLineEdit, QPlainTextEdit, QTextEdit {{
    background: {c.surface}; color: {c.text}; border: 1px solid {c.border_strong};
    border-radius: {r}px; padding: {s.xs}px; selection-background-color: {c.accent};
    selection-color: {c.on_accent};
}}
QLineEdit {{ padding: {max(1, s.xs - 1)}px {s.s}px; }}
QLineEdit:hover, QPlainTextEdit:hover, QTextEdit:hover {{ border-color: {c.accent}; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus {{ border: 2px solid {c.accent}; }}
QLineEdit:focus {{ padding: {max(0, s.xs - 2)}px {s.s - 1}px; }}
QPlainTextEdit:focus, QTextEdit:focus {{ padding: {s.xs - 1}px; }}
QTextEdit[look="answer"], QPlainTextEdit[look="answer"] {{ padding: {s.s}px; }}
QTextEdit[look="answer"]:focus, QPlainTextEdit[look="answer"]:focus {{ padding: {s.s - 1}px; }}
QLineEdit:read-only, QTextEdit:read-only, QPlainTextEdit:read-only {{ background: {c.window}; }}
QTextBrowser, QTextBrowser:focus, QTextBrowser:hover {{ border: none; background: transparent; padding: 0px; }}
QAbstractItemView {{
    background: {c.surface}; border: 1px solid {c.border}; border-radius: {r}px;
    selection-background-color: {c.accent}; selection-color: {c.on_accent};
}}
QAbstractItemView:focus {{ border: 1px solid {c.accent}; }}
QHeaderView::section {{
    background: {c.surface_raised}; color: {c.text}; border: none;
    border-bottom: 1px solid {c.border}; padding: {s.xs}px {s.s}px; font-weight: 600;
}}
QTabWidget::pane {{ border: 1px solid {c.border}; border-radius: {r}px; background: {c.window}; top: -1px; }}
QTabBar::tab {{
    background: transparent; color: {c.text_muted}; border: none;
    border-bottom: 3px solid transparent; padding: {s.s}px {s.m}px; margin-right: {s.xs}px;
}}
QTabBar::tab:hover {{ color: {c.text}; border-bottom-color: {c.border}; }}
QTabBar::tab:selected {{ color: {c.text}; border-bottom-color: {c.accent}; font-weight: 600; }}
QTabBar::tab:focus {{ background: {c.accent_soft}; color: {c.on_accent_soft}; border-radius: {r}px; }}
QProgressBar {{
    background: {c.surface_raised}; border: 1px solid {c.border}; border-radius: {r}px;
    text-align: center; color: {c.text}; min-height: {s.m}px;
}}
QProgressBar::chunk {{ background: {c.accent}; border-radius: {max(1, r - 1)}px; }}
QGroupBox {{
    border: 1px solid {c.border}; border-radius: {r}px; margin-top: {s.l}px;
    padding: {s.m}px {s.s}px {s.s}px {s.s}px; background: {c.surface};
}}
QGroupBox::title {{ subcontrol-origin: margin; left: {s.s}px; padding: 0px {s.xs}px; font-weight: 600; }}
QSplitter::handle {{ background: {c.window}; }}
QFrame[look="card"] {{ background: {c.surface}; border: 1px solid {c.border}; border-radius: {r + 2}px; }}
QFrame[look="tile"] {{ background: {c.surface}; border: 1px solid {c.border}; border-radius: {r + 2}px; }}
QFrame[look="notice"] {{ background: {c.notice}; border: 1px solid {c.notice_border}; border-radius: {r}px; }}
QFrame[look="notice"] QLabel {{ color: {c.on_notice}; background: transparent; }}
QFrame[look="problem"], QLabel[look="problem"] {{ color: {c.danger}; border-left: 3px solid {c.danger}; padding-left: {s.s}px; }}
QLabel[look="badge"] {{
    background: {c.accent}; color: {c.on_accent}; border-radius: {pill}px;
    padding: 0px {s.xs + 1}px; font-size: {caption}pt; font-weight: 600;
}}
QLabel[look="mark"] {{ color: {c.text_muted}; font-size: {caption}pt; }}
QLabel[look="chip"] {{
    background: {c.accent_soft}; color: {c.on_accent_soft}; border-radius: {pill}px;
    padding: 0px {s.s}px; font-size: {caption}pt;
}}
QWidget[look="sidebar"] {{ background: {c.surface}; border-right: 1px solid {c.border}; }}
QToolButton[look="nav"] {{
    background: transparent; color: {c.text}; border: 2px solid transparent;
    border-radius: {r}px; padding: {s.s}px {s.m}px; text-align: left;
}}
QToolButton[look="nav"]:hover {{ background: {c.surface_raised}; }}
QToolButton[look="nav"]:checked {{ background: {c.accent_soft}; color: {c.on_accent_soft}; font-weight: 600; }}
QToolButton[look="nav"]:focus {{ border-color: {c.accent}; }}
{_control_rules(c, s, font)}
{_type_rules(font, c)}
{_journal_list_rules(c, s)}
{_editor_rules(c, s)}
{_cards_and_hours_rules(c, s)}
{_supervision_and_messages_rules(c, s)}
"""


def _control_rules(c: Colours, s: Spacing, font: QFont) -> str:
    """Drop-down lists, number and date boxes, check boxes and round choices: an edge that
    can be seen in both themes, the accent when chosen, and a ground behind the words when
    the keyboard is on them."""
    box = max(12, round(s.l * 0.95))  # a tick box about as tall as a capital and a half
    arrow = max(8, round(s.m * 0.9))
    return f"""
QComboBox, QAbstractSpinBox {{
    background: {c.surface}; color: {c.text}; border: 1px solid {c.border_strong};
    border-radius: {s.radius}px; padding: 1px {s.s}px; min-height: {s.l}px;
}}
QComboBox:hover, QAbstractSpinBox:hover {{ border-color: {c.accent}; }}
QComboBox:focus, QAbstractSpinBox:focus {{ border: 2px solid {c.accent}; padding: 0px {s.s - 1}px; }}
QComboBox:disabled, QAbstractSpinBox:disabled {{ color: {c.text_muted}; background: {c.window}; border-color: {c.border}; }}
QComboBox::drop-down, QDateEdit::drop-down {{ border: none; width: {s.l + s.xs}px; subcontrol-origin: padding; subcontrol-position: center right; }}
QComboBox::down-arrow, QDateEdit::down-arrow {{ image: {url("caret-down", c)}; width: {arrow}px; height: {arrow}px; }}
QComboBox QLineEdit, QAbstractSpinBox QLineEdit {{ border: none; padding: 0px; background: transparent; }}
QComboBox QAbstractItemView {{ border: 1px solid {c.border_strong}; border-radius: 0px; }}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{
    subcontrol-origin: border; width: {s.l}px; border: none; background: transparent;
}}
QAbstractSpinBox::up-button {{ subcontrol-position: top right; }}
QAbstractSpinBox::down-button {{ subcontrol-position: bottom right; }}
QAbstractSpinBox::up-arrow {{ image: {url("caret-up", c)}; width: {arrow - 2}px; height: {arrow - 2}px; }}
QAbstractSpinBox::down-arrow {{ image: {url("caret-down", c)}; width: {arrow - 2}px; height: {arrow - 2}px; }}
QAbstractSpinBox::up-button:hover, QAbstractSpinBox::down-button:hover {{ background: {c.accent_soft}; }}
QCheckBox, QRadioButton {{ spacing: {s.s}px; padding: 1px {s.xs}px; border-radius: {s.radius}px; }}
QCheckBox:focus, QRadioButton:focus {{ background: {c.accent_soft}; color: {c.on_accent_soft}; }}
QCheckBox::indicator, QAbstractItemView::indicator, QGroupBox::indicator {{
    width: {box}px; height: {box}px; border: 1px solid {c.border_strong};
    border-radius: {max(2, s.radius - 2)}px; background: {c.surface};
}}
QCheckBox::indicator:hover, QAbstractItemView::indicator:hover {{ border-color: {c.accent}; }}
QCheckBox::indicator:checked, QAbstractItemView::indicator:checked, QGroupBox::indicator:checked {{
    background: {c.accent}; border-color: {c.accent}; image: {url("check", c)};
}}
QCheckBox::indicator:indeterminate, QAbstractItemView::indicator:indeterminate {{ background: {c.accent_soft}; border-color: {c.accent}; }}
QCheckBox::indicator:disabled {{ background: {c.window}; border-color: {c.border}; }}
QRadioButton::indicator {{
    width: {box}px; height: {box}px; border: 1px solid {c.border_strong};
    border-radius: {box // 2 + 1}px; background: {c.surface};
}}
QRadioButton::indicator:hover {{ border-color: {c.accent}; }}
QRadioButton::indicator:checked {{ border: {max(4, box // 3)}px solid {c.accent}; }}
"""


# Each area's own rules, kept apart so that one area's looks never disturb another's.


def _journal_list_rules(c: Colours, s: Spacing) -> str:
    """The journal list's rows, headers and empty state."""
    # The rows draw their own cards (row_delegate.py); the list itself is only the ground.
    return f"""
QListView[look="journal-list"] {{
    background: {c.window}; border: 2px solid transparent; border-radius: {s.radius}px;
}}
QListView[look="journal-list"]:focus {{ border-color: {c.accent}; }}
"""


def _editor_rules(c: Colours, s: Spacing) -> str:
    """The reflection form: questions, answers, card chips, private marks."""
    return f"""
QTextEdit[look="answer"][private="true"] {{ background: {c.surface_raised}; border-style: dashed; }}
QTextEdit[look="answer"][private="true"]:focus {{ border-style: solid; }}
QToolButton[look="disclosure"] {{
    background: transparent; color: {c.text_muted}; border: 1px solid transparent;
    border-radius: {s.radius}px; padding: {s.xs}px {s.s}px {s.xs}px {s.xs}px;
}}
QToolButton[look="disclosure"]:hover {{ color: {c.text}; background: {c.surface_raised}; }}
QToolButton[look="disclosure"]:checked {{ color: {c.text}; }}
QToolButton[look="disclosure"]:focus {{ border: 2px solid {c.accent}; padding: {s.xs - 1}px {s.s - 1}px {s.xs - 1}px {s.xs - 1}px; }}
QFrame[look="comment"] {{
    background: {c.surface}; border: 1px solid {c.border}; border-left: 3px solid {c.accent};
    border-radius: {s.radius}px;
}}
"""


def _cards_and_hours_rules(c: Colours, s: Spacing) -> str:
    """The cards' reading layout and the hours' figures and tiles."""
    return f"""
QWidget[look="reading"] {{ background: {c.surface}; }}
QWidget[look="reading"] QTextBrowser, QWidget[look="reading"] QTextBrowser:read-only {{
    background: transparent; border: none;
}}
QFrame[look="sources"] {{ border: none; border-top: 1px solid {c.border}; padding-top: {s.s}px; }}
QFrame[look="sources"] QLabel {{ color: {c.text_muted}; }}
QTreeView[look="library"] {{ background: {c.window}; border: none; show-decoration-selected: 0; }}
QTreeView[look="library"]:focus {{ border: none; }}
QTreeView[look="library"]::item {{ border-radius: {s.radius}px; padding-left: {s.xs}px; }}
QTreeView[look="library"]::item:hover {{ background: {c.surface_raised}; }}
QTreeView[look="library"]::item:selected {{ background: {c.accent}; color: {c.on_accent}; }}
QTreeView[look="library"]::branch, QTreeView[look="library"]::branch:selected {{ background: {c.window}; }}
QProgressBar[look="meter"] {{
    background: {c.surface_raised}; border: none; border-radius: {s.xs}px;
    min-height: {s.s}px; max-height: {s.s}px;
}}
QProgressBar[look="meter"]::chunk {{ background: {c.accent}; border-radius: {s.xs}px; }}
QLabel[look="caution"] {{ border-left: 3px solid {c.notice_border}; padding-left: {s.s}px; }}
QFrame[look="tile"] QLabel {{ background: transparent; }}
"""


def _supervision_and_messages_rules(c: Colours, s: Spacing) -> str:
    """Supervision's lists with their states, and the dialogs' one style."""
    return f"""
QPushButton[look="destructive"] {{ color: {c.danger}; border-color: {c.danger}; }}
QPushButton[look="destructive"]:hover {{ background: {c.surface_raised}; }}
QPushButton[look="destructive"]:focus {{ border: 2px solid {c.danger}; }}
QPushButton[look="destructive"]:disabled {{ color: {c.text_muted}; border-color: {c.border}; }}
QListView[look="states"]::item, QTreeView[look="states"]::item {{
    padding: {s.s}px {s.s}px; border-bottom: 1px solid {c.border};
}}
QListView[look="states"]::item:selected, QTreeView[look="states"]::item:selected {{
    background: {c.accent_soft}; color: {c.on_accent_soft};
}}
QFrame[look="empty"] {{
    background: {c.surface}; border: 1px dashed {c.border_strong}; border-radius: {s.radius + 2}px;
}}
QFrame[look="empty"] QLabel {{ background: transparent; border: none; }}
QMessageBox {{ background: {c.window}; }}
QMessageBox QLabel#qt_msgbox_label {{ font-weight: 600; }}
QMessageBox QLabel#qt_msgbox_informativelabel {{ color: {c.text}; }}
QMessageBox QPushButton {{ min-width: {s.xxl * 3}px; }}
"""
