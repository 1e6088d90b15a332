"""The layers point one way: files, domain <- storage/content <- exchange <- ui <- session;
app.py wires them, and so does the command line (cli/) for its commands. No module grows
past the ceiling."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "reflect"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
                base = parts[: len(parts) - node.level]
                prefix = ".".join(base)
                names.add(f"{prefix}.{node.module}" if node.module else prefix)
            elif node.module:
                names.add(node.module)
    return names


def _modules(layer: str) -> list[Path]:
    root = PACKAGE / layer if layer else PACKAGE
    return sorted(root.rglob("*.py"))


def _top(name: str) -> str:
    return name.split(".", maxsplit=1)[0]


def test_domain_imports_nothing_of_ours_and_only_the_stdlib() -> None:
    for module in _modules("domain"):
        for name in _imports(module):
            assert not name.startswith("reflect.") or name.startswith("reflect.domain"), (
                module,
                name,
            )
            assert _top(name) not in {"sqlalchemy", "sqlcipher3", "PySide6", "alembic"}, (
                module,
                name,
            )


def test_only_ui_session_app_and_cli_import_qt() -> None:
    # The command line prints a PDF with Qt, so it makes the (windowless) application.
    for module in _modules(""):
        rel = module.relative_to(PACKAGE).as_posix()
        if rel.startswith(("ui/", "session/", "cli/")) or rel == "app.py":
            continue
        for name in _imports(module):
            assert _top(name) not in {"PySide6", "shiboken6"}, (rel, name)


def test_only_storage_imports_sqlalchemy_or_sqlcipher() -> None:
    for module in _modules(""):
        rel = module.relative_to(PACKAGE).as_posix()
        if rel.startswith("storage/"):
            continue
        for name in _imports(module):
            assert _top(name) not in {"sqlalchemy", "sqlcipher3", "alembic"}, (rel, name)


def test_lower_layers_never_reach_up() -> None:
    forbidden = {
        "storage": ("reflect.content", "reflect.exchange", "reflect.ui", "reflect.app"),
        "content": ("reflect.storage", "reflect.exchange", "reflect.ui", "reflect.app"),
        "exchange": ("reflect.ui", "reflect.app", "reflect.session"),
        "ui": ("reflect.storage", "reflect.session", "reflect.app", "reflect.demo"),
        "session": ("reflect.app", "reflect.demo"),
    }
    for layer, prefixes in forbidden.items():
        for module in _modules(layer):
            for name in _imports(module):
                assert not name.startswith(prefixes), (module, name)


def test_only_the_entry_point_reaches_the_command_line() -> None:
    """cli/ is wired like app.py: nothing but `reflect/__main__.py` imports it, and it
    reaches the journal through storage and exchange, never through the session."""
    for module in _modules(""):
        rel = module.relative_to(PACKAGE).as_posix()
        names = _imports(module)
        if rel.startswith("cli/"):
            assert not any(n.startswith(("reflect.session", "reflect.app")) for n in names), rel
        elif rel != "__main__.py":
            assert not any(n.startswith("reflect.cli") for n in names), rel


def test_safe_files_use_only_the_standard_library() -> None:
    for module in _modules("files"):
        for name in _imports(module):
            assert not name.startswith("reflect.") or name.startswith("reflect.files"), (
                module,
                name,
            )


def test_only_app_and_demo_reach_the_session() -> None:
    for module in _modules(""):
        rel = module.relative_to(PACKAGE).as_posix()
        if rel.startswith(("session/", "demo")) or rel == "app.py":
            continue
        for name in _imports(module):
            assert not name.startswith("reflect.session"), (rel, name)


def test_no_module_is_over_400_lines() -> None:
    long = {
        module.relative_to(PACKAGE).as_posix(): n
        for module in _modules("")
        if (n := len(module.read_text(encoding="utf-8").splitlines())) > 400
    }
    assert long == {}


def test_the_main_window_only_builds_and_moves_between_pages() -> None:
    """It builds the pages, the rail and the menu; what they do lives with them."""
    window = PACKAGE / "ui" / "main_window.py"
    assert len(window.read_text(encoding="utf-8").splitlines()) < 250
