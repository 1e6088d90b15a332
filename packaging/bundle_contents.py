"""What goes into Reflect's bundle, and what is left out: read by `reflect.spec`.

PyInstaller's own hooks gather generously (every Qt plugin a module might load, every Qt
translation, every language's word list). This keeps what Reflect uses, so the bundle stays
small and holds nothing it never runs. Plain functions over PyInstaller's lists of
`(destination, source, kind)` entries, so they can be read (and tested) without PyInstaller.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parents[1]
"""The checkout the bundle is built from."""
APP_ID = "org.reflectjournal.Reflect"
"""Reflect's reverse-DNS name: AppStream's component id and macOS's bundle identifier."""

Entry = tuple[str, str, str]
"""PyInstaller's TOC entry: where it goes in the bundle, where it comes from, its kind."""

UNUSED_MODULES = (
    # Qt modules Reflect never imports (it uses QtCore, QtGui, QtWidgets, QtPrintSupport).
    "PySide6.Qt3DAnimation",
    "PySide6.Qt3DCore",
    "PySide6.Qt3DExtras",
    "PySide6.Qt3DInput",
    "PySide6.Qt3DLogic",
    "PySide6.Qt3DRender",
    "PySide6.QtCharts",
    "PySide6.QtConcurrent",
    "PySide6.QtDataVisualization",
    "PySide6.QtDBus",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtNetwork",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuick3D",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickWidgets",
    "PySide6.QtSql",
    "PySide6.QtSvgWidgets",
    "PySide6.QtTest",
    "PySide6.QtUiTools",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtXml",
    # The standard library's and dependencies' parts Reflect never runs. SQLite is
    # SQLCipher's own (sqlcipher3); Pygments only colours Mako's error pages.
    "tkinter",
    "pydoc",
    "pydoc_data",
    "doctest",
    "lib2to3",
    "readline",
    "sqlite3",
    "pygments",
    "alembic.testing",
    "sqlalchemy.testing",
    "mako.testing",
    # libphonenumber's place names, carriers and time zones: only numbers are looked for.
    "phonenumbers.geocoder",
    "phonenumbers.geodata",
    "phonenumbers.carrier",
    "phonenumbers.carrierdata",
    "phonenumbers.timezone",
    "phonenumbers.tzdata",
)

QT_PLUGINS = {
    # Windows, macOS and X11 or Wayland on Linux; "offscreen" and "minimal" for the
    # self-check's machines and CI, which have no display.
    "platforms": {
        "libqxcb.so",
        "libqwayland.so",
        "libqoffscreen.so",
        "libqminimal.so",
        "qwindows.dll",
        "qoffscreen.dll",
        "qminimal.dll",
        "libqcocoa.dylib",
        "libqoffscreen.dylib",
        "libqminimal.dylib",
    },
    "platforminputcontexts": {
        "libcomposeplatforminputcontextplugin.so",
        "libibusplatforminputcontextplugin.so",
    },
    # The desktop portal only: Qt's own file dialog is the one Reflect's Spanish covers,
    # and the GTK theme would tie the bundle to the system's GTK.
    "platformthemes": {"libqxdgdesktopportal.so"},
    "iconengines": None,
    "imageformats": {
        "libqsvg.so",
        "libqico.so",
        "qsvg.dll",
        "qico.dll",
        "libqsvg.dylib",
        "libqico.dylib",
        "libqicns.dylib",
    },
    "xcbglintegrations": None,
    "wayland-decoration-client": None,
    "wayland-graphics-integration-client": None,
    "wayland-shell-integration": {"libxdg-shell.so"},
    "printsupport": None,
    "styles": None,
    "accessiblebridge": None,
}
"""The Qt plugin folders kept, each with the files kept (None: all of them)."""

QT_TRANSLATIONS = {"qtbase_es.qm"}
"""Qt's own words Reflect loads: its Spanish (Reflect speaks English and Spanish)."""

WORD_LISTS = {"en.json.gz", "es.json.gz"}
"""pyspellchecker's lists Reflect reads: English and Spanish."""


def data_files(root: Path = ROOT) -> list[tuple[str, str]]:
    """Reflect's own files, laid out as the wheel lays them out (`reflect.files.shipped`).

    `resources/` goes inside the package, less what only building needs (the translation's
    source); the migrations go as the Python files Alembic reads.
    """
    found: list[tuple[str, str]] = []
    resources = root / "resources"
    for path in sorted(resources.rglob("*")):
        if path.is_file() and path.suffix != ".ts":
            relative = path.relative_to(resources).parent.as_posix()
            found.append((str(path), f"reflect/resources/{relative}".rstrip("/.")))
    migrations = root / "reflect" / "storage" / "migrations"
    for path in sorted(migrations.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            relative = path.relative_to(migrations).parent.as_posix()
            found.append((str(path), f"reflect/storage/migrations/{relative}".rstrip("/.")))
    lists = spellchecker_lists()
    found.extend((str(lists / name), "spellchecker/resources") for name in sorted(WORD_LISTS))
    return found


def spellchecker_lists() -> Path:
    """pyspellchecker's folder of word lists, where it is installed."""
    spec = importlib.util.find_spec("spellchecker")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("pyspellchecker is not installed: pip install -e '.[bundle]'")
    return Path(next(iter(spec.submodule_search_locations))) / "resources"


def keep(entry: Entry) -> bool:
    """Whether the bundle keeps `entry` (a data file, a library, or a link to one)."""
    return keep_data(entry) and keep_binary(entry)


def keep_data(entry: Entry) -> bool:
    """False for the Qt translations and word lists Reflect never loads."""
    target = PurePosixPath(entry[0].replace("\\", "/"))
    if "translations" in target.parts and target.suffix == ".qm" and "PySide6" in target.parts:
        return target.name in QT_TRANSLATIONS
    if target.parent.name == "resources" and target.parent.parent.name == "spellchecker":
        return target.name in WORD_LISTS
    return keep_plugin(target)


def keep_binary(entry: Entry) -> bool:
    """False for Qt plugins Reflect never loads, the Qt libraries only those need, and the
    Linux system's own libraries.

    What Qt's window needs from a Linux system (X11, xcb, fontconfig, OpenGL, GLib, CUPS)
    is left to the system: it belongs with the display server, the fonts and the printers
    there, the `.deb` depends on it, and the launcher names the package when one is
    missing. Only the libraries Python itself runs on travel with it.
    """
    target = PurePosixPath(entry[0].replace("\\", "/"))
    source = PurePosixPath(entry[1].replace("\\", "/"))
    if target.name.startswith(UNUSED_QT_LIBRARIES):
        return False
    if source.parts[1:2] in (("lib",), ("lib64",), ("usr",)) and sys.platform.startswith("linux"):
        return target.name.startswith(PYTHON_RUNTIME)
    return keep_plugin(target)


def keep_plugin(target: PurePosixPath) -> bool:
    """Whether `target` (a path inside the bundle) is a Qt plugin Reflect keeps; anything
    that is no Qt plugin is kept."""
    parts = target.parts
    if "plugins" not in parts or "PySide6" not in parts:
        return True
    below = parts[parts.index("plugins") + 1 :]
    if len(below) < 2:
        return True
    kept = QT_PLUGINS.get(below[0], set())
    return kept is None or below[-1] in kept


def filtered(entries: Iterable[Entry]) -> list[Entry]:
    """The entries the bundle keeps."""
    return [entry for entry in entries if keep(entry)]


UNUSED_QT_LIBRARIES = (
    # Linked only by the plugins left out above (VNC, EGLFS, the Wayland compositor's).
    "libQt6Network.",
    "libQt6EglFSDeviceIntegration.",
    "libQt6EglFsKmsSupport.",
    "libQt6WlShellIntegration.",
)
PYTHON_RUNTIME = (
    # The libraries Python's own modules link: the bundle's Python needs them whatever
    # system it runs on (ssl and hashlib, ctypes, compression, XML, decimal, uuid).
    "libpython",
    "libffi.",
    "libssl.",
    "libcrypto.",
    "libz.",
    "libbz2.",
    "liblzma.",
    "libexpat.",
    "libmpdec.",
    "libuuid.",
    "libcrypt.",
    "libb2.",
)
