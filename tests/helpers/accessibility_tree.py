"""Walking the accessibility tree as a screen reader does, from `QAccessible`'s interface
of a widget down through `child(i)`: every control says what it is (a name), and every
label says what it shows (no fixed name standing in for changing text)."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleInterface, Qt, QTextDocument
from PySide6.QtWidgets import QLabel, QWidget

Role = QAccessible.Role

CONTROL_ROLES = frozenset(
    {
        Role.Button,
        Role.ButtonDropDown,
        Role.ButtonMenu,
        Role.CheckBox,
        Role.RadioButton,
        Role.Switch,
        Role.ComboBox,
        Role.EditableText,
        Role.SpinBox,
        Role.Slider,
        Role.Dial,
        Role.List,
        Role.ListItem,
        Role.Tree,
        Role.TreeItem,
        Role.Table,
        Role.PageTab,
        Role.PageTabList,
        Role.MenuItem,
        Role.Link,
    }
)


def shown_text(label: QLabel) -> str:
    """What a label shows, as plain text: its rich text read as Qt reads it aloud."""
    text = label.text()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and Qt.mightBeRichText(text)
    )
    if rich:
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _words(text: str) -> str:
    return " ".join(text.split())


def _where(iface: QAccessibleInterface, path: list[str]) -> str:
    thing = iface.object()
    kind = type(thing).__name__ if thing is not None else "?"
    role = iface.role().name
    shown = _words(iface.text(QAccessible.Text.Name))[:50]
    return f"{role} {kind} {shown!r} in {' > '.join(path[-3:]) or 'the window'}"


def _problem(iface: QAccessibleInterface) -> str:
    """Why a screen reader would be misled here, or "" when it is not."""
    role, state = iface.role(), iface.state()
    name = _words(iface.text(QAccessible.Text.Name))
    if role in CONTROL_ROLES and state.focusable and not name:
        return "no name"
    if role == Role.ComboBox and name == _words(iface.text(QAccessible.Text.Value)):
        # Qt on Linux names a combo box by its value and its question by a label that
        # has it as buddy; elsewhere the name is the accessible name (or that label).
        labels = iface.relations(QAccessible.RelationFlag.Label)
        if not any(_words(label.text(QAccessible.Text.Name)) for label, _ in labels):
            return "reads only its value: its question is never said"
    thing = iface.object()
    if role not in (Role.StaticText, Role.Heading) or not isinstance(thing, QLabel):
        return ""
    if not thing.pixmap().isNull():
        return ""
    shown = _words(shown_text(thing))
    # A name that is not the text shown hides it, unless the text is still read in full
    # as the description (a comment read with whose it is, say).
    read_in_full = bool(shown) and _words(iface.text(QAccessible.Text.Description)) == shown
    if name != shown and not read_in_full:
        return f"name {name!r} hides the text shown {shown[:60]!r}"
    return ""


def spoken(iface: QAccessibleInterface) -> tuple[str, str]:
    """(question, value) as a screen reader says a control: its name, or when Qt names it by
    its value (a combo box on Linux), the label it has as buddy."""
    name, value = iface.text(QAccessible.Text.Name), iface.text(QAccessible.Text.Value)
    if name == value:
        labels = iface.relations(QAccessible.RelationFlag.Label)
        name = next((label.text(QAccessible.Text.Name) for label, _ in labels), "")
    return name, value


def _visible(root: QWidget) -> list[QAccessibleInterface]:
    """Every interface under `root` that a screen reader would present, in reading order."""
    found: list[QAccessibleInterface] = []
    seen: set[int] = set()

    def walk(iface: QAccessibleInterface | None) -> None:
        if iface is None or not iface.isValid() or iface.state().invisible:
            return
        ident = QAccessible.uniqueId(iface)
        if ident not in seen:
            seen.add(ident)
            found.append(iface)
            for i in range(iface.childCount()):
                walk(iface.child(i))

    walk(QAccessible.queryAccessibleInterface(root))
    return found


def heard(root: QWidget, role: QAccessible.Role) -> list[str]:
    """The names of what a screen reader hears as `role` under `root`, in order."""
    return [_words(i.text(QAccessible.Text.Name)) for i in _visible(root) if i.role() == role]


def misleading(root: QWidget) -> list[str]:
    """A line for each visible control under `root` without a name, and for each label
    whose accessible name is not the text it shows."""
    found: list[str] = []
    top = QAccessible.queryAccessibleInterface(root)
    assert top is not None and top.isValid()
    seen: set[int] = set()

    def walk(iface: QAccessibleInterface, path: list[str]) -> None:
        state = iface.state()
        if state.invisible:
            return
        ident = QAccessible.uniqueId(iface)
        if ident in seen:
            return
        seen.add(ident)
        problem = _problem(iface)
        if problem:
            found.append(f"{_where(iface, path)}: {problem}")
        here = _words(iface.text(QAccessible.Text.Name))[:30]
        step = [*path, f"{iface.role().name} {here!r}"] if here else path
        for i in range(iface.childCount()):
            child = iface.child(i)
            if child is not None and child.isValid():
                walk(child, step)

    walk(top, [])
    return found
