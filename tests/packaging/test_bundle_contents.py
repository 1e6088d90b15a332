"""What goes into the bundle and the .deb, decided without building either: the Qt parts,
translations and word lists Reflect uses are kept, the rest left out; the system's display
libraries are left to the system, which the .deb depends on."""

from __future__ import annotations

import ast
import configparser
import datetime as dt
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import bundle_contents
import debian_package
import pytest
from bundle_contents import APP_ID, UNUSED_MODULES, data_files, keep

from reflect import __version__
from reflect.display_libraries import PACKAGES
from reflect.storage.schema_version import KNOWN_REVISIONS

CHECKOUT = Path(__file__).resolve().parents[2]
SITE = "/venv/lib/python3.11/site-packages"
QT = f"{SITE}/PySide6/Qt"


def entry(target: str, source: str = "", kind: str = "DATA") -> tuple[str, str, str]:
    return (target, source or f"{SITE}/{target}", kind)


def qt_modules_reflect_imports() -> set[str]:
    """Every `PySide6.X` module Reflect's code imports."""
    found: set[str] = set()
    for path in (CHECKOUT / "reflect").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6."):
                found.add(str(node.module))
    return found


def test_no_qt_module_reflect_imports_is_left_out() -> None:
    used = qt_modules_reflect_imports()
    assert used == {
        "PySide6.QtCore",
        "PySide6.QtGui",
        "PySide6.QtWidgets",
        "PySide6.QtPrintSupport",
    }
    assert not used & set(UNUSED_MODULES)
    assert {"PySide6.QtQuick", "PySide6.QtQml", "PySide6.QtWebEngineCore"} <= set(UNUSED_MODULES)


def test_only_the_spanish_of_qt_is_kept() -> None:
    assert keep(entry("PySide6/Qt/translations/qtbase_es.qm"))
    assert not keep(entry("PySide6/Qt/translations/qtbase_fr.qm"))
    assert not keep(entry("PySide6/Qt/translations/qt_help_es.qm"))
    assert not keep(entry("PySide6/Qt/translations/assistant_es.qm"))


def test_only_the_english_and_spanish_word_lists_are_kept() -> None:
    assert keep(entry("spellchecker/resources/en.json.gz"))
    assert keep(entry("spellchecker/resources/es.json.gz"))
    assert not keep(entry("spellchecker/resources/fr.json.gz"))


@pytest.mark.parametrize(
    ("plugin", "kept"),
    [
        ("platforms/libqxcb.so", True),
        ("platforms/libqwayland.so", True),
        ("platforms/libqoffscreen.so", True),
        ("platforms/qwindows.dll", True),
        ("platforms/libqcocoa.dylib", True),
        ("platforms/libqvnc.so", False),
        ("platforms/libqeglfs.so", False),
        ("platformthemes/libqgtk3.so", False),
        ("imageformats/libqsvg.so", True),
        ("imageformats/libqpdf.so", False),
        ("printsupport/libcupsprintersupport.so", True),
        ("qmltooling/libqmldbg_debugger.so", False),
        ("sqldrivers/libqsqlite.so", False),
        ("tls/libqopensslbackend.so", False),
        ("styles/qmodernwindowsstyle.dll", True),
    ],
)
def test_only_the_qt_plugins_reflect_loads_are_kept(plugin: str, kept: bool) -> None:
    assert keep(entry(f"PySide6/Qt/plugins/{plugin}", kind="BINARY")) is kept


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux's system libraries")
def test_the_display_libraries_come_from_the_system_and_python_s_own_travel_with_it() -> None:
    system = "/usr/lib/x86_64-linux-gnu"
    for name in ("libxcb-cursor.so.0", "libfontconfig.so.1", "libglib-2.0.so.0", "libcups.so.2"):
        assert not keep(entry(name, f"{system}/{name}", "BINARY")), name
    for name in ("libpython3.11.so.1.0", "libffi.so.8", "libcrypto.so.3", "libz.so.1"):
        assert keep(entry(name, f"{system}/{name}", "BINARY")), name
    assert keep(entry("libpython3.11.so.1.0", "/root/.pyenv/lib/libpython3.11.so.1.0"))
    assert not keep(entry("PySide6/Qt/lib/libQt6Network.so.6", f"{QT}/lib/libQt6Network.so.6"))
    assert keep(entry("PySide6/Qt/lib/libQt6Widgets.so.6", f"{QT}/lib/libQt6Widgets.so.6"))


def test_reflect_s_files_are_laid_out_as_the_wheel_lays_them_out() -> None:
    placed = {(Path(source).name, target) for source, target in data_files()}
    assert ("reflect_es.qm", "reflect/resources/translations") in placed
    assert ("after-visit.toml", "reflect/resources/templates") in placed
    assert ("after-visit.toml", "reflect/resources/templates/es") in placed
    assert ("env.py", "reflect/storage/migrations") in placed
    versions = {name[:4] for name, target in placed if target.endswith("migrations/versions")}
    assert versions == set(KNOWN_REVISIONS)
    assert not [name for name, _ in placed if name.endswith((".ts", ".pyc"))]
    assert {name for name, target in placed if target == "spellchecker/resources"} == {
        "en.json.gz",
        "es.json.gz",
    }
    resources = [p for p in (CHECKOUT / "resources").rglob("*") if p.is_file()]
    assert len([s for s, t in data_files() if t.startswith("reflect/resources")]) == len(
        [p for p in resources if p.suffix != ".ts"]
    )


def test_the_deb_depends_on_every_package_the_window_needs() -> None:
    control = debian_package.control("amd64", 1000)
    fields = dict(line.split(": ", 1) for line in control.splitlines() if ": " in line[:30])
    depends = [d.strip() for d in fields["Depends"].split(",")]
    assert depends[0].startswith("libc6")
    assert set(PACKAGES) <= set(depends)
    assert fields["Version"] == __version__
    assert fields["Package"] == "reflect"
    assert "libcups2" in fields["Recommends"]


def test_the_menu_entry_starts_reflect_with_its_icon() -> None:
    desktop = configparser.ConfigParser(interpolation=None)
    desktop.optionxform = str  # type: ignore[assignment,method-assign]
    desktop.read(bundle_contents.ROOT / "packaging" / "linux" / "reflect.desktop", "utf-8")
    entry_ = desktop["Desktop Entry"]
    assert (entry_["Type"], entry_["Name"], entry_["Exec"], entry_["Icon"]) == (
        "Application",
        "Reflect",
        "reflect",
        "reflect",
    )
    assert entry_["Terminal"] == "false"
    assert "GenericName[es]" in entry_


def test_the_appstream_file_names_this_release_and_the_menu_entry() -> None:
    text = debian_package.metainfo(dt.date(2026, 12, 3))
    root = ET.fromstring(text)
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == "reflect.desktop"
    release = root.find("releases/release")
    assert release is not None
    assert (release.get("version"), release.get("date")) == (__version__, "2026-12-03")
    assert root.findtext("project_license") == "MIT"
