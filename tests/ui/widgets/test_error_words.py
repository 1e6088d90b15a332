"""An error that names a file is said in the screens' language with the file's name in it,
and the words of an export follow the language too."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from reflect.domain.errors import ImportRefused
from reflect.exchange.reflect_json_reader import DAMAGED_EXPORTED_REFLECTION
from reflect.session.export_wording import translated_export_words
from reflect.ui.widgets.error_words import said
from reflect.ui.widgets.language import install_translators


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    install_translators(qapp, "es")
    yield
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def test_a_sentence_naming_a_file_is_translated_then_filled(spanish: None) -> None:
    error = ImportRefused(DAMAGED_EXPORTED_REFLECTION, "diario.json", 12)
    assert error.sentence.startswith("Nothing was imported: reflection 12 in diario.json")
    assert said(error).startswith("No se importó nada: la reflexión 12 de diario.json")


def test_an_english_screen_says_it_as_written(qapp: QApplication) -> None:
    error = ImportRefused(DAMAGED_EXPORTED_REFLECTION, "journal.json", 3)
    assert said(error) == error.sentence


def test_the_export_speaks_the_screens_language(spanish: None) -> None:
    words = translated_export_words()
    assert (words.title, words.themes, words.page) == (
        "Reflexiones",
        "Temas",
        "Página {page} de {pages}",
    )
