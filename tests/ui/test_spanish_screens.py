"""The screens in Spanish: every word of the code has its translation, kept up to date with
the code by one command, and a window started in Spanish speaks it from the first screen."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QLocale, QSettings, QTranslator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from reflect.app import load_content
from reflect.session.journal_session import JournalSession
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from reflect.ui.main_window import MainWindow
from reflect.ui.widgets.language import install_translators
from tests.helpers.windows import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "reflect_es.ts"
QT_TOOLS = Path(PySide6.__file__).parent


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
    }


def test_every_word_of_the_code_is_translated_and_nothing_is_left_over(tmp_path: Path) -> None:
    fresh = tmp_path / "reflect_es.ts"
    shutil.copy(TS, fresh)
    sources = [str(p.relative_to(ROOT)) for p in sorted((ROOT / "reflect").rglob("*.py"))]
    subprocess.run(
        [str(QT_TOOLS / "lupdate"), "-locations", "none", *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    now = _messages(fresh)
    shipped = _messages(TS)
    assert set(now) == set(shipped), "run scripts/translations.py"
    assert all(context for context, _ in now), "a word with no context cannot be translated"
    unfinished = [key for key, m in now.items() if m.find("translation").get("type")]  # type: ignore[union-attr]
    assert unfinished == []
    assert len(now) >= 700


def test_the_compiled_translation_is_the_one_the_source_makes(tmp_path: Path) -> None:
    made = tmp_path / "reflect_es.qm"
    subprocess.run(
        [str(QT_TOOLS / "lrelease"), str(TS), "-qm", str(made)], check=True, capture_output=True
    )
    assert made.read_bytes() == TS.with_suffix(".qm").read_bytes(), "run scripts/translations.py"


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    install_translators(qapp, "es")
    yield
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def test_a_window_started_in_spanish_speaks_it_from_the_unlock_screen_on(
    qtbot: QtBot, tmp_path: Path, spanish: None
) -> None:
    paths = JournalPaths(tmp_path / "journal")
    Journal.create(paths, PASSPHRASE)[0].close()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(JournalSession(paths), lambda: load_content("es"), settings)
    qtbot.addWidget(window)
    window.show()
    unlock = window.entry.unlock_page
    assert "frase de contraseña" in unlock.passphrase.placeholderText().casefold()
    qtbot.keyClicks(unlock.passphrase, PASSPHRASE)
    qtbot.keyClick(unlock.passphrase, "\r")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=10_000)
    page = window.journal_page
    assert page.list_pane.new_button.text() != "New reflection"
    # Keys named the way the system names them, in Spanish: "Control+Abajo", not "Ctrl+Down".
    assert page.list_pane.new_button.toolTip() == "Escribir sobre una visita (Control+N)"
    assert "Control+Abajo" in " ".join(label.text() for label in window.findChildren(QLabel))
    page.new_reflection()
    editor = page.editor
    assert editor.template_box.currentText() == "Después de una visita"
    assert editor.prompts[0].prompt.text == "En una o dos frases, ¿qué pasó en esta visita?"
    assert window.menuBar().actions()[0].text().replace("&", "") == "Diario"
    # At 1024x600 the longer Spanish words still fit the form: nothing is cut at its side.
    window.resize(920, 540)
    page.new_quick_check_in()
    qtbot.wait(50)
    assert editor.horizontalScrollBar().maximum() == 0
    window.session.lock()


def test_the_list_of_error_sentences_is_the_one_the_code_makes() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "error_sentences", ROOT / "scripts" / "error_sentences.py"
    )
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    listed = ROOT / "reflect" / "ui" / "widgets" / "error_sentences.py"
    assert listed.read_text(encoding="utf-8") == script.catalogue(), "run scripts/translations.py"
    assert len(script.sentences()) >= 50


def test_an_error_from_below_the_screens_is_said_in_spanish(spanish: None) -> None:
    from reflect.domain.errors import WrongPassphrase
    from reflect.ui.widgets.error_words import said

    sentence = said(WrongPassphrase())
    assert sentence != WrongPassphrase().sentence
    assert "frase de contraseña" in sentence


def test_a_sentence_kept_in_a_module_constant_is_listed_and_said_in_spanish(
    spanish: None,
) -> None:
    from reflect.domain.errors import DamagedJournal
    from reflect.storage.journal_files import NOT_A_FILE
    from reflect.ui.widgets.error_words import said

    assert "no es un archivo" in said(DamagedJournal(NOT_A_FILE))


def test_a_sentence_naming_a_folder_is_said_in_spanish_with_the_folder_in_it(
    spanish: None, tmp_path: Path
) -> None:
    from reflect.exchange.packet_files import Destination, problem
    from reflect.ui.widgets.error_words import said, say

    gone = tmp_path / "USB stick" / "exchange"
    error = problem(Destination.folder(gone), "supervision")
    assert str(gone) in error.sentence  # English below the screens
    shown = said(error)
    assert shown.startswith(f"No se encontró la carpeta de intercambio {gone}.")
    assert shown.endswith("Luego vuelva a compartir. No se marcó nada como compartido.")
    # Kept as text (a waiting packet's problem, a refused packet's reason), it is still said
    # in Spanish: the sentence is matched to its listed form.
    assert say(error.sentence) == shown


def test_no_error_sentence_below_the_screens_is_made_at_run_time() -> None:
    """Every sentence an error can say is fixed in the code, with the parts known only at
    run time given as details: otherwise it could not be translated."""
    import ast
    import builtins

    from reflect.domain.errors import ReflectError

    made_at_run_time = []
    for layer in ("domain", "storage", "exchange", "session", "content", "files"):
        for path in sorted((ROOT / "reflect" / layer).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (
                    isinstance(node, ast.Call)
                    and node.args
                    and isinstance(node.args[0], ast.JoinedStr | ast.BinOp)
                    and getattr(node.func, "id", getattr(node.func, "attr", "")).endswith(
                        ("Error", "Input", "Found", "Rejected", "Shareable", "Written")
                    )
                    and getattr(node.func, "id", "") not in {"ContentError", *dir(builtins)}
                ):
                    made_at_run_time.append(f"{path.name}:{node.lineno}")
    assert made_at_run_time == []
    assert ReflectError("{n} left", n="3").sentence == "3 left"


def test_qt_s_own_file_dialog_speaks_us_spanish(spanish: None, tmp_path: Path) -> None:
    """Qt's Spanish lacks some of its file dialog's labels and says "fichero"; Reflect's
    own translation fills them, as Spanish in the United States says them."""
    from PySide6.QtWidgets import QFileDialog, QTreeView

    (tmp_path / "a folder").mkdir()
    dialog = QFileDialog(None, "", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert labels == {"&Buscar en:", "&Nombre de archivo:", "&Tipo de archivo:"}
    view = dialog.findChildren(QTreeView)[0]
    model = view.model()
    dialog.show()
    deadline = 50
    while model.rowCount(view.rootIndex()) == 0 and deadline:
        QApplication.processEvents()
        deadline -= 1
        QTest.qWait(20)
    assert model.index(0, 2, view.rootIndex()).data() == "Carpeta"
    dialog.close()


def test_every_context_is_a_class_so_its_words_are_found_at_run_time() -> None:
    """`tr` looks words up under the calling class's name: a context that is not a class
    (a module helper's `parent.tr`) is never found, and its words stay in English."""
    contexts = {c.findtext("name") for c in ET.parse(TS).getroot().iter("context")}
    assert all(name and name[0].isupper() for name in contexts), sorted(contexts)
