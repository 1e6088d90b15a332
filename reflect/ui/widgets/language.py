"""Which language Reflect speaks: the visitor's choice (or the system's), applied at start.

The choice is kept per computer in the settings file beside the journal, because the
unlock screen must already speak it. Reflect's own words come from the compiled
translation in `resources/translations/`, and Qt's own (dialog buttons, context menus)
from the translations Qt ships.
"""

from __future__ import annotations

from importlib.resources import as_file

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from reflect.content import resources_folder

LANGUAGE_KEY = "ui/language"
SYSTEM = ""
"""The setting's value for "as the system speaks"."""
SPOKEN = ("en", "es")
"""The languages Reflect speaks, English first (the language its words are written in)."""


def chosen(settings: QSettings) -> str:
    """The setting: SYSTEM, "en" or "es"."""
    value = str(settings.value(LANGUAGE_KEY, SYSTEM))
    return value if value in SPOKEN else SYSTEM


def language_to_use(settings: QSettings, system: QLocale | None = None) -> str:
    """The language to speak now: the one chosen, or the system's when Reflect speaks it
    (English otherwise)."""
    return chosen(settings) or system_language(system)


def system_language(system: QLocale | None = None) -> str:
    """The system's language when Reflect speaks it, English otherwise."""
    spoken = (system or QLocale.system()).language()
    return "es" if spoken == QLocale.Language.Spanish else "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Reflect's and Qt's translations for `language` (the app keeps them: they
    are its children). English needs none: the code is written in it."""
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.system().territory()))
        return []
    # Spanish as used in the United States: dates and numbers as US programmes write them.
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.UnitedStates))
    installed: list[QTranslator] = []
    # Qt's own first, then Reflect's: the one installed last is asked first, so Reflect's
    # file can fill what Qt's lacks and say "archivo" where Qt's says "fichero".
    qt_own = QTranslator(app)
    if qt_own.load(
        QLocale(language),
        "qtbase",
        "_",
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    ):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    ours = QTranslator(app)
    compiled = resources_folder() / "translations" / f"reflect_{language}.qm"
    with as_file(compiled) as path:
        if ours.load(str(path)):
            app.installTranslator(ours)
            installed.append(ours)
    return installed
