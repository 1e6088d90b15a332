"""Telling a folder a cloud service copies from one that stays on the computer, from the
paths those services use on Windows, macOS and Linux (paths given, environment faked)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reflect.files import cloud_folders
from reflect.files.cloud_folders import CloudPlaces, SyncedFolder, synced_by, synced_folder

WINDOWS = CloudPlaces(home=r"C:\Users\Ana", windows=True)
MAC = CloudPlaces(home="/Users/ana", windows=False)
LINUX = CloudPlaces(home="/home/ana", windows=False)


def _service(folder: str, places: CloudPlaces) -> str | None:
    found = synced_by(folder, places)
    return None if found is None else found.service


@pytest.mark.parametrize(
    ("folder", "service"),
    [
        (r"C:\Users\Ana\OneDrive\Documents\Reflect", "OneDrive"),
        (r"C:\Users\Ana\OneDrive - Sunrise Family Services\Reflect", "OneDrive"),
        (r"c:\users\ANA\onedrive\reflect", "OneDrive"),
        (r"C:\Users\Ana\Dropbox\Reflect", "Dropbox"),
        (r"C:\Users\Ana\Dropbox (Sunrise)\Reflect", "Dropbox"),
        (r"C:\Users\Ana\iCloudDrive\Reflect", "iCloud Drive"),
        (r"C:\Users\Ana\Google Drive\Reflect", "Google Drive"),
        (r"G:\My Drive\Reflect", "Google Drive"),
        (r"G:\Shared drives\Home visiting\Reflect", "Google Drive"),
        (r"C:\Users\Ana\AppData\Local\Reflect", None),
        (r"C:\Users\Ana\Documents\Reflect", None),
        (r"D:\Reflect", None),
        (r"C:\Users\Ana\Documents\OneDrive notes\Reflect", None),
    ],
)
def test_windows(folder: str, service: str | None) -> None:
    assert _service(folder, WINDOWS) == service


@pytest.mark.parametrize(
    ("folder", "service"),
    [
        ("/Users/ana/Library/Mobile Documents/com~apple~CloudDocs/Reflect", "iCloud Drive"),
        ("/Users/ana/Library/CloudStorage/OneDrive-SunriseFamily/Reflect", "OneDrive"),
        ("/Users/ana/Library/CloudStorage/GoogleDrive-ana@sunrise.org/My Drive/R", "Google Drive"),
        ("/Users/ana/Library/CloudStorage/Dropbox/Reflect", "Dropbox"),
        ("/Users/ana/Library/CloudStorage/Box-Box/Reflect", "Box"),
        ("/Users/ana/Dropbox/Reflect", "Dropbox"),
        ("/Users/ana/OneDrive/Reflect", "OneDrive"),
        ("/Users/ana/Library/Application Support/Reflect", None),
        ("/Users/ana/Documents/Reflect", None),
        ("/Volumes/USB/Reflect", None),
    ],
)
def test_macos(folder: str, service: str | None) -> None:
    assert _service(folder, MAC) == service


@pytest.mark.parametrize(
    ("folder", "service"),
    [
        ("/home/ana/Dropbox/Reflect", "Dropbox"),
        ("/home/ana/OneDrive/Reflect", "OneDrive"),
        ("/home/ana/Google Drive/Reflect", "Google Drive"),
        ("/home/ana/.local/share/Reflect", None),
        ("/home/ana", None),
        ("/home/anabel/Dropbox/Reflect", None),
        ("/media/ana/USB/Reflect", None),
    ],
)
def test_linux(folder: str, service: str | None) -> None:
    assert _service(folder, LINUX) == service


def test_onedrive_folders_the_client_names_anywhere_on_the_computer() -> None:
    places = CloudPlaces(
        home=r"C:\Users\Ana",
        windows=True,
        environ={"OneDriveCommercial": r"D:\Work\OneDrive - Sunrise", "OneDrive": ""},
    )
    assert synced_by(r"D:\Work\OneDrive - Sunrise\Reflect", places) == SyncedFolder(
        "OneDrive", r"D:\Work\OneDrive - Sunrise"
    )
    assert synced_by(r"D:\Work\Reflect", places) is None


def test_the_top_of_what_is_copied_is_named() -> None:
    found = synced_by("/Users/ana/Library/CloudStorage/OneDrive-Sunrise/Notes/Reflect", MAC)
    assert found == SyncedFolder("OneDrive", "/Users/ana/Library/CloudStorage/OneDrive-Sunrise")


def test_dropbox_kept_where_its_own_note_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    note = tmp_path / ".dropbox" / "info.json"
    note.parent.mkdir()
    note.write_text(json.dumps({"business": {"path": "/data/Sunrise Dropbox", "host": 1}}))
    monkeypatch.setattr(Path, "home", lambda: tmp_path)
    monkeypatch.setattr(cloud_folders.os, "name", "posix")
    places = CloudPlaces.here()
    assert places.synced_roots == (SyncedFolder("Dropbox", "/data/Sunrise Dropbox"),)
    assert _service("/data/Sunrise Dropbox/Reflect", places) == "Dropbox"


@pytest.mark.parametrize("content", [b"{not json", b"[1, 2]", b'{"personal": 3}', b"x" * 70_000])
def test_a_strange_dropbox_note_is_passed_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes
) -> None:
    note = tmp_path / ".dropbox" / "info.json"
    note.parent.mkdir()
    note.write_bytes(content)
    monkeypatch.setattr(Path, "home", lambda: tmp_path)
    monkeypatch.setattr(cloud_folders.os, "name", "posix")
    assert CloudPlaces.here().synced_roots == ()


def test_the_environment_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OneDrive", "/srv/OneDrive")
    monkeypatch.delenv("OneDriveCommercial", raising=False)
    assert CloudPlaces.here().environ["OneDrive"] == "/srv/OneDrive"
    assert _service("/srv/OneDrive/Reflect", CloudPlaces.here()) == "OneDrive"


def test_a_link_into_a_synced_folder_is_followed(tmp_path: Path) -> None:
    inside = tmp_path / "Dropbox" / "Reflect"
    inside.mkdir(parents=True)
    link = tmp_path / "elsewhere"
    link.symlink_to(inside)
    places = CloudPlaces(home=str(tmp_path), windows=False)
    assert synced_folder(link, places) == SyncedFolder("Dropbox", str(tmp_path / "Dropbox"))
    assert synced_folder(tmp_path / "Documents" / "Reflect", places) is None
