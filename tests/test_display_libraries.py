"""On a Linux machine that lacks a library Qt's window needs, the launcher says in one
sentence which package to install, instead of Qt's plugin message; elsewhere it stays out
of the way."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from reflect import app, display_libraries
from reflect.display_libraries import PACKAGES, check_before_window, uses_xcb

README = Path(__file__).resolve().parents[1] / "README.md"
X11 = {"XDG_SESSION_TYPE": "x11"}


def without(*missing: str) -> object:
    """A library lookup that finds everything but `missing`."""
    return lambda soname: soname not in missing


def test_one_missing_library_is_named_by_its_package_with_the_command() -> None:
    sentence = check_before_window(X11, without("libxcb-cursor.so.0"), "linux")
    assert sentence == (
        "Reflect cannot open its window because the system package libxcb-cursor0 is "
        "missing; install it with: sudo apt install libxcb-cursor0"
    )


def test_several_missing_libraries_are_named_together_in_one_sentence() -> None:
    lookup = without("libxcb-icccm.so.4", "libxkbcommon-x11.so.0", "libxcb-keysyms.so.1")
    sentence = check_before_window({}, lookup, "linux")
    assert sentence == (
        "Reflect cannot open its window because these system packages are missing: "
        "libxcb-icccm4, libxcb-keysyms1, libxkbcommon-x11-0; install them with: "
        "sudo apt install libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0"
    )


def test_nothing_is_said_when_every_library_loads() -> None:
    assert check_before_window(X11, without(), "linux") is None


@pytest.mark.parametrize(
    ("environ", "platform"),
    [
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux"),
        ({"QT_QPA_PLATFORM": "wayland"}, "linux"),
        ({"XDG_SESSION_TYPE": "wayland"}, "linux"),
        ({}, "win32"),
        ({}, "darwin"),
    ],
)
def test_no_check_where_qt_will_not_open_through_x11(
    environ: dict[str, str], platform: str
) -> None:
    assert not uses_xcb(environ, platform)
    assert check_before_window(environ, without("libxcb-cursor.so.0"), platform) is None


@pytest.mark.parametrize(
    "environ", [{}, X11, {"QT_QPA_PLATFORM": "xcb"}, {"QT_QPA_PLATFORM": "xcb:dpi=96"}]
)
def test_checked_where_qt_opens_through_x11(environ: dict[str, str]) -> None:
    assert uses_xcb(environ, "linux")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 is Linux's")
def test_the_launcher_prints_the_sentence_and_stops_before_qt(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setattr(display_libraries, "loads", without("libxcb-cursor.so.0"))
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setenv("XDG_SESSION_TYPE", "x11")
    assert app.run(data_dir=str(tmp_path / "journal")) == 1
    printed = capsys.readouterr()
    assert printed.out == ""
    assert printed.err.strip() == check_before_window(X11, without("libxcb-cursor.so.0"), "linux")
    assert not (tmp_path / "journal").exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="libc.so.6 is Linux's")
def test_the_real_lookup_finds_the_c_library_and_not_an_invented_one() -> None:
    assert display_libraries.loads("libc.so.6")
    assert not display_libraries.loads("libreflect-no-such-library.so.9")


def test_the_readme_names_every_package_in_one_apt_install_line() -> None:
    lines = [line for line in README.read_text("utf-8").splitlines() if "apt install" in line]
    named = [re.findall(r"\S+", line.split("apt install", 1)[1]) for line in lines]
    assert [words for words in named if set(words) == set(PACKAGES)], lines
