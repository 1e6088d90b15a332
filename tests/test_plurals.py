"""No count is made plural by hand: every one goes through Qt's plural forms (`%n`), as
reflect/ui/widgets/plurals.py describes. This reads the source, so a hand-made plural
cannot come back."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "reflect"
MECHANISM = PACKAGE / "ui" / "widgets" / "plurals.py"  # where "(s)" is resolved, once

NOUNS = (
    "reflection comment packet hour minute second day week month session backup place "
    "answer provider character question time match file cop(?:y|ie) item entr(?:y|ie)"
)
NOUN = rf"(?:{'|'.join(NOUNS.split())})s?\b(?!\(s\))"
COUNTS = "n m c u count total number done left goal found wait seconds minutes hours days weeks"
# A placeholder that holds a count: "{n}", "{count}", "{len(found)}", "{self.unread_count}".
COUNT = rf"\{{(?:{'|'.join(COUNTS.split())}|len\(.*?\)|[\w.]*_count)(?:[:!][^}}]*)?\}}|%d"
# "{n} reflections", "{n} new comments", "%d hours": a number put before a noun by hand.
NUMBER_THEN_NOUN = re.compile(rf"(?:{COUNT})\s+(?:[a-z]+\s+)?{NOUN}")
# "1 new comment", "1 reflection": the singular spelled out beside the plural.
ONE_THEN_NOUN = re.compile(rf"(?:^|\s)1\s+(?:new\s+|more\s+)?{NOUN}")
UI = ("ui", "session")  # the modules whose every string may reach the screen
TRANSLATE = {"tr", "translate"}


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _calls(node: ast.AST, names: set[str]) -> Iterator[ast.Call]:
    for child in ast.walk(node):
        if isinstance(child, ast.Call) and _name(child.func) in names:
            yield child


def _compares_with_one(test: ast.expr) -> bool:
    return any(
        isinstance(c, ast.Compare)
        and any(isinstance(op, (ast.Eq, ast.NotEq)) for op in c.ops)
        and any(isinstance(x, ast.Constant) and x.value == 1 for x in [c.left, *c.comparators])
        for c in ast.walk(test)
    )


def _is_s(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and node.value in {"s", ""}


def _is_noun(node: ast.stmt | ast.expr) -> bool:
    """A string literal naming something counted: "reflection", f"{n} reflections"."""
    if isinstance(node, ast.JoinedStr):
        parts = [v.value for v in node.values if isinstance(v, ast.Constant)]
        return bool(re.search(NOUN, " ".join(str(p) for p in parts)))
    return isinstance(node, ast.Constant) and bool(re.search(NOUN, str(node.value)))


def _texts(node: ast.AST) -> Iterator[tuple[int, str]]:
    """Every string literal but docstrings, with each f-string's parts joined."""
    docstrings = {
        id(n.body[0].value)
        for n in ast.walk(node)
        if isinstance(n, (ast.Module, ast.ClassDef, ast.FunctionDef))
        and n.body
        and isinstance(n.body[0], ast.Expr)
        and isinstance(n.body[0].value, ast.Constant)
    }
    parts_of_fstrings = set()
    for child in ast.walk(node):
        if isinstance(child, ast.JoinedStr):
            parts_of_fstrings.update(id(v) for v in child.values)
            text = "".join(
                str(v.value) if isinstance(v, ast.Constant) else "{" + ast.unparse(v.value) + "}"
                for v in child.values
                if isinstance(v, (ast.Constant, ast.FormattedValue))
            )
            yield child.lineno, text
    for child in ast.walk(node):
        if (
            isinstance(child, ast.Constant)
            and isinstance(child.value, str)
            and id(child) not in docstrings | parts_of_fstrings
        ):
            yield child.lineno, child.value


def _translated(tree: ast.AST) -> Iterator[tuple[int, str]]:
    for call in _calls(tree, TRANSLATE):
        for argument in call.args[:2]:
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                yield argument.lineno, argument.value


def hand_made_plurals(source: str, on_screen: bool = True) -> list[str]:
    """Where `source` makes a plural by hand, one line each; `on_screen` when every string
    in it may be shown (else only its translated strings are read for numbers)."""
    tree = ast.parse(source)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.If, ast.IfExp)) and _compares_with_one(node.test):
            branches = node.body if isinstance(node.body, list) else [node.body]
            branches += node.orelse if isinstance(node.orelse, list) else [node.orelse]
            words = any(any(_calls(b, TRANSLATE)) for b in branches)
            if isinstance(node, ast.IfExp):
                pair = (node.body, node.orelse)
                words = words or all(map(_is_s, pair)) or all(map(_is_noun, pair))
            if words:
                found.append(f"{node.lineno}: a choice between words by comparing with 1")
    first_arguments = {
        id(call.args[0])
        for call in _calls(tree, TRANSLATE)
        if call.args and isinstance(call.args[0], ast.Constant)
    } | {
        id(call.args[1])
        for call in _calls(tree, {"translate"})
        if len(call.args) > 1 and isinstance(call.args[1], ast.Constant)
    }
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and "(s)" in node.value
            and id(node) not in first_arguments
        ):
            found.append(f'{node.lineno}: "(s)" outside a tr() call: {node.value!r}')
    for function in ast.walk(tree):
        if isinstance(function, (ast.FunctionDef, ast.Lambda)):
            plural = [
                c
                for c in _calls(function, TRANSLATE)
                if any(isinstance(a, ast.Constant) and "(s)" in str(a.value) for a in c.args)
            ]
            if plural and not any(_calls(function, {"english_plural"})):
                found.append(f"{function.lineno}: a plural left to show its '(s)'")
    for line, text in _texts(tree) if on_screen else _translated(tree):
        if NUMBER_THEN_NOUN.search(text) or ONE_THEN_NOUN.search(text):
            found.append(f"{line}: a number put before a noun by hand: {text!r}")
    return list(dict.fromkeys(found))


def test_no_module_makes_a_plural_by_hand() -> None:
    found = [
        f"{path.relative_to(PACKAGE.parent)}:{where}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if path != MECHANISM
        for where in hand_made_plurals(
            path.read_text(encoding="utf-8"), path.relative_to(PACKAGE).parts[0] in UI
        )
    ]
    assert found == [], "\n".join(found)


@pytest.mark.parametrize(
    "source",
    [
        'word = "reflection" if n == 1 else "reflections"',
        "text = f\"{n} reflection{'s' if n != 1 else ''}\"",
        'text = f"{n} reflection" + ("s" if n != 1 else "")',
        'text = f"{len(found)} reflections match"',
        'text = tr("{n} new comments").format(n=n)',
        'text = "%d hours" % n',
        "def f(self, n):\n    if n == 1:\n        return self.tr('A packet')\n"
        "    return self.tr('Packets')",
        "def f(self, n):\n    return self.tr('%n packet(s) waiting', '', n)",
        'label = QLabel("Backup(s) kept")',
        'text = self.tr("1 new comment")',
    ],
)
def test_the_scan_finds_a_hand_made_plural(source: str) -> None:
    assert hand_made_plurals(source)


@pytest.mark.parametrize(
    "source",
    [
        "def f(self, n):\n    return english_plural(self.tr('%n packet(s) waiting', '', n), n)",
        'target = path.name if n == 1 else f"{stem}-{n}{SUFFIX}"',  # a file name, no words
        'pattern = "MMM yyyy" if month == 1 else "MMM"',  # a date format
        'title = self.tr("Infant Family Specialist: 24 hours within 1 to 2 years")',
        'text = self.tr("Last 7 days")',
    ],
)
def test_the_scan_leaves_other_code_alone(source: str) -> None:
    assert hand_made_plurals(source) == []
