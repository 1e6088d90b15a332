"""Collect every fixed sentence an error below the screens can say, for translation.

    .venv/bin/python scripts/error_sentences.py    (run by scripts/translations.py)

Storage, exchange and the domain never import Qt, so their sentences are plain strings that
Qt's lupdate cannot find. This reads their source, takes each string given to a
`ReflectError` (as its class's `message`, or as the first argument where one is raised),
and writes them to `reflect/ui/widgets/error_sentences.py` as `QT_TRANSLATE_NOOP` entries in
the context `ErrorSentences`, where lupdate finds them; the screens translate an error's
sentence in that context when they show it. A part known only at run time (a folder, a
number) is a `{name}` in the fixed sentence, given to the error as a detail; a detail that
is itself a fixed sentence is listed too.
"""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAYERS = ("domain", "storage", "exchange", "session", "content", "files")
CATALOGUE = ROOT / "reflect" / "ui" / "widgets" / "error_sentences.py"
HEADER = '''"""Every fixed sentence an error below the screens can say, listed for translation.

Made by `scripts/error_sentences.py` (run by `scripts/translations.py`): do not edit.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

SENTENCES = (
'''


def _error_classes(trees: list[ast.Module]) -> set[str]:
    """Names of ReflectError and every class deriving from it, in any module read."""
    names = {"ReflectError"}
    grew = True
    while grew:
        grew = False
        for tree in trees:
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in names:
                    bases = {
                        b.id if isinstance(b, ast.Name) else getattr(b, "attr", "")
                        for b in node.bases
                    }
                    if bases & names:
                        names.add(node.name)
                        grew = True
    return names


def _constants(trees: list[ast.Module]) -> dict[str, list[str]]:
    """Module-level names bound to one string (`NOT_A_FILE = "..."`), in any module read;
    two modules may use one name for different sentences, so each name keeps them all."""
    found: dict[str, list[str]] = {}
    for tree in trees:
        for node in tree.body:
            if (
                isinstance(node, ast.Assign)
                and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)
                and isinstance(node.value, ast.Constant)
                and isinstance(node.value.value, str)
            ):
                found.setdefault(node.targets[0].id, []).append(node.value.value)
    return found


def _fixed(
    value: ast.expr,
    constants: dict[str, list[str]],
    local: dict[str, list[ast.expr]] | None = None,
) -> list[str]:
    """The sentences an argument can be, when they are written in the code: a string, a
    module constant, either side of `a if test else b` made of those, or a name the
    enclosing function (`local`) sets to those."""
    if isinstance(value, ast.Constant) and isinstance(value.value, str):
        return [value.value]
    if isinstance(value, ast.Name) and value.id in constants:
        return list(constants[value.id])
    if isinstance(value, ast.Name) and local and value.id in local:
        return [s for v in local[value.id] for s in _fixed(v, constants)]
    if isinstance(value, ast.IfExp):
        return _fixed(value.body, constants, local) + _fixed(value.orelse, constants, local)
    return []  # made at run time: it cannot be listed


def _locals(trees: list[ast.Module]) -> dict[int, dict[str, list[ast.expr]]]:
    """For each call inside a function, the names that function sets and to what."""
    found: dict[int, dict[str, list[ast.expr]]] = {}
    for tree in trees:
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef):
                continue
            names: dict[str, list[ast.expr]] = {}
            for node in ast.walk(function):
                if (
                    isinstance(node, ast.Assign)
                    and len(node.targets) == 1
                    and isinstance(node.targets[0], ast.Name)
                ):
                    names.setdefault(node.targets[0].id, []).append(node.value)
            for node in ast.walk(function):
                if isinstance(node, ast.Call):
                    found[id(node)] = names
    return found


def _names_error(node: ast.Call, classes: set[str]) -> bool:
    """Whether a call makes one of the error classes."""
    func = node.func
    name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
    return name in classes


def sentences() -> list[str]:
    """Every fixed error sentence, in a stable order, each once."""
    files = [p for layer in LAYERS for p in sorted((ROOT / "reflect" / layer).rglob("*.py"))]
    trees = [ast.parse(p.read_text(encoding="utf-8")) for p in files]
    classes = _error_classes(trees)
    constants = _constants(trees)
    local = _locals(trees)
    found: list[str] = []
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and node.name in classes:
                for item in node.body:
                    if (
                        isinstance(item, ast.Assign)
                        and any(isinstance(t, ast.Name) and t.id == "message" for t in item.targets)
                        and isinstance(item.value, ast.Constant)
                        and isinstance(item.value.value, str)
                    ):
                        found.append(item.value.value)
            if isinstance(node, ast.Call) and node.args:
                name = (
                    node.func.id
                    if isinstance(node.func, ast.Name)
                    else getattr(node.func, "attr", "")
                )
                first = node.args[0]
                # A ContentError's first argument names a file, JournalMissing's its backups.
                if name in classes and name not in {"ContentError", "JournalMissing"}:
                    found.extend(_fixed(first, constants, local.get(id(node))))
            if isinstance(node, ast.Call) and _names_error(node, classes):
                # A part given as a detail can be a fixed sentence of its own ("Then share
                # again."): listed too, and translated where it is put in.
                for keyword in node.keywords:
                    found.extend(_fixed(keyword.value, constants, local.get(id(node))))
    return list(dict.fromkeys(s for s in found if s.strip()))


def catalogue() -> str:
    """The module's text."""
    lines = [
        f'    QT_TRANSLATE_NOOP("ErrorSentences", {json.dumps(s, ensure_ascii=False)}),\n'
        for s in sentences()
    ]
    return HEADER + "".join(lines) + ")\n"


def main() -> int:
    """Write the catalogue."""
    CATALOGUE.write_text(catalogue(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
