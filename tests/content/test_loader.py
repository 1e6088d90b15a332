"""Where content is loaded from, and the folder-level rules."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from reflect.content import load_library, resources_folder
from reflect.content.resources import CHECKOUT
from reflect.domain.errors import ContentError
from tests.helpers.content_factory import write_content


def test_loads_from_an_explicit_folder_given_as_path_or_text(tmp_path: Path) -> None:
    write_content(tmp_path)
    for folder in (tmp_path, str(tmp_path)):
        library = load_library(folder)
        assert [c.id for c in library.cards] == ["alpha", "beta"]
        assert [t.id for t in library.templates] == ["t"]


def test_loads_from_any_traversable_such_as_a_zip(tmp_path: Path) -> None:
    # importlib.resources may hand back a zip-backed folder when the app is frozen or zipped.
    write_content(tmp_path / "content")
    archive = tmp_path / "content.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for file in sorted((tmp_path / "content").rglob("*.*")):
            zipped.write(file, file.relative_to(tmp_path / "content").as_posix())
    library = load_library(zipfile.Path(archive))
    assert [c.id for c in library.cards] == ["alpha", "beta"]


def test_a_checkout_uses_its_top_level_resources_folder() -> None:
    folder = resources_folder()
    assert Path(str(folder)) == CHECKOUT / "resources"
    assert (folder / "cards").is_dir()
    assert len(load_library().cards) >= 30


def test_missing_cards_folder_is_named(tmp_path: Path) -> None:
    write_content(tmp_path, cards={})
    (tmp_path / "cards").rmdir()
    with pytest.raises(ContentError) as caught:
        load_library(tmp_path)
    assert (caught.value.file, caught.value.field) == ("cards", "folder")


def test_an_empty_templates_folder_is_refused(tmp_path: Path) -> None:
    write_content(tmp_path, templates={"notes.txt": "not a template"})
    with pytest.raises(ContentError) as caught:
        load_library(tmp_path)
    assert (caught.value.file, caught.value.field) == ("templates", "folder")


def test_a_file_that_is_not_utf8_is_named(tmp_path: Path) -> None:
    write_content(tmp_path)
    (tmp_path / "cards" / "beta.md").write_bytes(b'+++\nid = "beta"\n+++\n\xff\xfe caf\xe9\n')
    with pytest.raises(ContentError) as caught:
        load_library(tmp_path)
    assert (caught.value.file, caught.value.field) == ("cards/beta.md", "file")
