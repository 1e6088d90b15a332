"""Which language Reflect speaks: the visitor's choice, else the system's when Reflect
speaks it; Spanish brings Qt's own words in Spanish too."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reflect.ui.settings.language_settings import LanguageSettings
from reflect.ui.widgets.language import LANGUAGE_KEY, install_translators, language_to_use

SPANISH = QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico)
GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def restored(qapp: QApplication) -> Iterator[None]:
    """Put English back after a test that installs Spanish."""
    before = QLocale()
    yield
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def test_the_system_decides_until_the_visitor_chooses(settings: QSettings) -> None:
    assert language_to_use(settings, SPANISH) == "es"
    assert language_to_use(settings, GERMAN) == "en"  # a language Reflect does not speak
    settings.setValue(LANGUAGE_KEY, "en")
    assert language_to_use(settings, SPANISH) == "en"
    settings.setValue(LANGUAGE_KEY, "klingon")  # a damaged setting: the system again
    assert language_to_use(settings, SPANISH) == "es"


def test_spanish_brings_qts_own_words_and_spanish_dates(restored: None) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert install_translators(app, "es")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
    assert QLocale().language() == QLocale.Language.Spanish
    assert install_translators(app, "en") == []


def test_choosing_espanol_is_kept_and_said_to_apply_at_the_next_start(
    qtbot: QtBot, settings: QSettings
) -> None:
    settings.setValue(LANGUAGE_KEY, "en")
    widget = LanguageSettings(settings)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.choice.currentText() == "English" and not widget.note.isVisible()
    widget.choice.setFocus()
    qtbot.keyClicks(widget.choice, "Esp")  # a combo box finds the choice as it is typed
    assert widget.choice.currentData() == "es"
    assert settings.value(LANGUAGE_KEY) == "es"
    assert widget.note.isVisible() and "Español" in widget.note.text()
    assert "next time it starts" in widget.note.text()
    qtbot.keyClick(widget.choice, Qt.Key.Key_Up)
    assert widget.choice.currentData() == "en"
    assert not widget.note.isVisible()  # back to the language it speaks now
