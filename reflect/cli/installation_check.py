"""The self-check's read-only part: Reflect's own files, Qt's, and the journal's files.

None of it needs the passphrase, writes anything or opens the journal: after installing
Reflect over an older version (or to see why a start fails) it says whether the installed
files are whole, and whether the journal's files look like a journal. Each check returns
a short detail to print, or raises `ReflectError` with the sentence to print.
"""

from __future__ import annotations

import sys
from pathlib import Path

from reflect.domain.errors import ReflectError
from reflect.files.shipped import MIGRATIONS, RESOURCES, shipped

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
MISSING_FILES = (
    "Reflect's own files are incomplete; this one is missing: {missing}. Install Reflect "
    "again; your journal is kept apart from them and is not touched."
)
PLATFORM_PLUGIN = {"linux": "libqxcb.so", "win32": "qwindows.dll", "darwin": "libqcocoa.dylib"}
"""The Qt plugin that opens a window on each system."""
PAGE = 512
"""SQLite writes whole pages, and its smallest page is this size."""


def _require(path: Path, name: str) -> None:
    if not path.exists():
        raise ReflectError(MISSING_FILES, missing=name)


def resources() -> str:
    """The cards and templates load in both languages, and the other files are there."""
    from reflect.content import load_library

    folder = shipped(RESOURCES)
    _require(folder, str(folder))
    english = load_library(language="en")
    spanish = load_library(language="es")
    for name in (
        "translations/reflect_es.qm",
        "spelling/es-more.txt.gz",
        "glossary/es.toml",
        "demo/check-ins.toml",
        *(f"icons/hicolor/{n}x{n}/apps/reflect.png" for n in ICON_SIZES),
    ):
        _require(folder.joinpath(*name.split("/")), name)
    if len(spanish.cards) != len(english.cards):
        raise ReflectError(MISSING_FILES, missing="cards/es")
    cards, sets = len(english.cards), len(english.templates)
    return f"{cards} cards, {sets} question sets, in English and Spanish"


def migrations() -> str:
    """Alembic reads every migration this version knows from the shipped files."""
    from reflect.storage.schema_version import KNOWN_REVISIONS, shipped_revisions

    folder = shipped(MIGRATIONS)
    _require(folder / "env.py", f"{MIGRATIONS}/env.py")
    found = shipped_revisions()
    if found != KNOWN_REVISIONS:
        missing = [r for r in KNOWN_REVISIONS if r not in found]
        raise ReflectError(MISSING_FILES, missing=f"{MIGRATIONS}/versions ({', '.join(missing)})")
    return f"{found[0]} to {found[-1]}"


def qt() -> str:
    """Qt's modules load (without a display), with its Spanish and its window plugin."""
    from PySide6 import QtGui, QtPrintSupport, QtWidgets  # noqa: F401 (loading is the check)
    from PySide6.QtCore import QLibraryInfo, qVersion

    translations = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    _require(translations / "qtbase_es.qm", "Qt's Spanish (qtbase_es.qm)")
    platform = next((p for key, p in PLATFORM_PLUGIN.items() if sys.platform.startswith(key)), "")
    if platform:
        plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
        _require(plugins / "platforms" / platform, f"Qt's window plugin ({platform})")
    return f"Qt {qVersion()}"


def spelling() -> str:
    """pyspellchecker's English and Spanish word lists are there."""
    from reflect.ui.widgets.spelling import spelling_available

    if not spelling_available():
        raise ReflectError(MISSING_FILES, missing="the English and Spanish word lists")
    return "English and Spanish"


def window_libraries() -> str | None:
    """On Linux, the sentence naming the system packages the window still needs (the rest
    of Reflect runs without them); None when nothing is missing."""
    from reflect.display_libraries import missing_packages, missing_sentence

    if not sys.platform.startswith("linux"):
        return None
    packages = missing_packages()
    return missing_sentence(packages) if packages else None


def journal_files(data_dir: str | None) -> str:
    """The journal's own files, looked at without the passphrase: what was found.

    The database must be a regular file of whole pages that is not plain SQLite (it is
    encrypted from its first byte, so more cannot be said without the key); the key file
    must be one Reflect wrote; the backups are counted. A folder with no journal yet is
    said so, and passes: there is nothing to damage.
    """
    from reflect.storage.backups import list_backups
    from reflect.storage.journal_files import check_journal_file
    from reflect.storage.key_file import read_slot
    from reflect.storage.paths import JournalPaths

    paths = JournalPaths.resolve(data_dir)
    if not paths.database.exists() and not paths.keys.exists():
        return f"no journal in {paths.folder} yet: nothing to check"
    check_journal_file(paths)
    size = paths.database.stat().st_size
    if size % PAGE:
        raise ReflectError(
            "The journal file in {folder} ends part-way through a page: it was cut short. "
            "It has not been changed. You can restore it from a backup.",
            folder=str(paths.folder),
        )
    read_slot(paths.keys)
    backups = list_backups(paths.backups)
    newest = f"newest {backups[0].taken_at:%Y-%m-%d}" if backups else "none yet"
    return (
        f"{paths.database}, {size / 1024 / 1024:.1f} MB; its key file is readable; "
        f"backups: {len(backups)}, {newest}"
    )
