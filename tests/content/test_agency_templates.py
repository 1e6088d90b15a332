"""An agency's templates folder: good files are offered with ids of their own, a bad file is
named with its line and the others still load, and a folder out of reach is a quiet note."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from reflect.content import load_library, resources_folder
from reflect.content.agency_templates import MAX_FILE_BYTES, read_agency_templates

LIBRARY = load_library()
SHIPPED = Path(str(resources_folder())) / "templates"

ONE_LANGUAGE = """\
id = "home-safety"
title = "Casa segura"
description = "Preguntas de la agencia, solo en español."
minutes = 3

[[sections]]
id = "seguridad"
title = "Seguridad"

[[sections.prompts]]
id = "home-safety.seen"
text = "¿Qué vio hoy en la casa?"
cards = ["felt-safety"]

[[sections.prompts]]
id = "home-safety.heaviness"
text = "¿Qué tan pesada fue la visita?"
kind = "scale"
low = "Ligera"
high = "Muy pesada"
"""


def _folder(tmp_path: Path, files: dict[str, str | bytes]) -> Path:
    folder = tmp_path / "agency"
    folder.mkdir()
    for name, text in files.items():
        data = text.encode("utf-8") if isinstance(text, str) else text
        (folder / name).write_bytes(data)
    return folder


def test_good_files_are_offered_with_ids_that_never_meet_reflects_own(tmp_path: Path) -> None:
    folder = _folder(
        tmp_path,
        {
            "home-safety.toml": ONE_LANGUAGE,
            "after-visit.toml": (SHIPPED / "after-visit.toml").read_text(encoding="utf-8"),
            "notes.txt": "not a template",
        },
    )
    found = read_agency_templates(str(folder))
    assert found.reachable and found.problems == ()
    assert [t.id for t in found.templates] == ["agency-after-visit", "agency-home-safety"]
    shipped = {t.id for t in LIBRARY.templates} | {
        p.id for t in LIBRARY.templates for p in t.iter_prompts()
    }
    for template in found.templates:
        assert template.id not in shipped
        assert not shipped & {p.id for p in template.iter_prompts()}
    # One language is enough (no Spanish twin is asked for), and the self-care view still
    # finds "how heavy" by the last part of the id.
    safety = found.templates[1]
    assert [p.id for p in safety.iter_prompts()] == [
        "agency-home-safety.seen",
        "agency-home-safety.heaviness",
    ]
    merged = LIBRARY.with_templates(found.templates)
    assert merged.template("agency-home-safety").title == "Casa segura"
    assert merged.template("after-visit") is LIBRARY.template("after-visit")


def test_a_bad_file_is_named_with_its_line_and_the_others_still_load(tmp_path: Path) -> None:
    broken_toml = ONE_LANGUAGE.replace('title = "Seguridad"', "title = Seguridad")
    empty_text = ONE_LANGUAGE.replace('text = "¿Qué vio hoy en la casa?"', 'text = ""')
    folder = _folder(
        tmp_path,
        {
            "a-broken.toml": broken_toml.replace("home-safety", "broken"),
            "b-empty-question.toml": empty_text.replace("home-safety", "empty"),
            "c-good.toml": ONE_LANGUAGE,
            "d-same-id.toml": ONE_LANGUAGE,
        },
    )
    found = read_agency_templates(str(folder))
    assert [t.id for t in found.templates] == ["agency-home-safety"]
    problems = {p.file: p for p in found.problems}
    assert set(problems) == {"a-broken.toml", "b-empty-question.toml", "d-same-id.toml"}
    assert problems["a-broken.toml"].line == 8
    assert "TOML" in problems["a-broken.toml"].problem
    assert problems["b-empty-question.toml"].line == 12
    assert "sections[0].prompts[0].text" in problems["b-empty-question.toml"].problem
    assert problems["d-same-id.toml"].line == 1
    assert "c-good.toml" in problems["d-same-id.toml"].problem


def test_a_folder_out_of_reach_is_a_quiet_note(tmp_path: Path) -> None:
    found = read_agency_templates(str(tmp_path / "unplugged drive"))
    assert not found.reachable and found.templates == () and found.problems == ()
    assert read_agency_templates("").templates == ()


def test_strange_files_are_refused_without_reading_them_whole(tmp_path: Path) -> None:
    folder = _folder(
        tmp_path,
        {
            "huge.toml": b"#" * (MAX_FILE_BYTES + 1),
            "latin1.toml": ONE_LANGUAGE.encode("latin-1", "replace").replace(b"?", b"\xbf"),
        },
    )
    (folder / "a-folder.toml").mkdir()
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "pipe.toml")
    found = read_agency_templates(str(folder))
    assert found.templates == ()
    said = {p.file: p.problem for p in found.problems}
    assert "larger than" in said["huge.toml"]
    assert "UTF-8" in said["latin1.toml"]
    assert "regular file" in said["a-folder.toml"]
    if hasattr(os, "mkfifo"):
        assert "regular file" in said["pipe.toml"]


def test_nothing_from_an_agency_file_reaches_the_logs(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    marker = "zqagencymarker"
    folder = _folder(
        tmp_path,
        {
            "bad.toml": ONE_LANGUAGE.replace('id = "home-safety"', f'id = "{marker} x"'),
            "good.toml": ONE_LANGUAGE.replace("Casa segura", marker),
        },
    )
    caplog.set_level(logging.DEBUG)
    found = read_agency_templates(str(folder))
    assert found.templates and found.problems
    assert marker not in caplog.text


def test_choices_an_answer_could_not_tell_apart_are_refused(tmp_path: Path) -> None:
    choices = ONE_LANGUAGE + (
        "\n[[sections.prompts]]\n"
        'id = "home-safety.sure"\n'
        'text = "¿Está segura?"\n'
        'kind = "choice"\n'
        'choices = ["Sí", "Sé"]\n'
    )
    folder = _folder(tmp_path, {"choices.toml": choices})
    found = read_agency_templates(str(folder))
    (problem,) = found.problems
    assert found.templates == ()
    assert problem.line == 23 and "home-safety.sure" in problem.problem
