"""The bundle `make bundle` builds, as a user or an agency's IT gets it: the one-folder app,
the unpacked .tar.gz and the .deb unpacked into a temporary root each pass the self-check,
with no display and nothing of this checkout in sight. Slow (a build takes a minute or
two): run with REFLECT_BUNDLE_TESTS=1 (`make test-bundle`, and `.ci/run`)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest

from reflect import __version__
from reflect.display_libraries import PACKAGES
from reflect.ui.widgets.app_icon import SIZES
from tests.cli.test_self_check import FROZEN_0005, STEPS, step_names
from tests.packaging.conftest import Built

pytestmark = pytest.mark.bundle
MB = 1_000_000


def run(program: Path, tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """`program ARGS` with a bare environment: its own home, no display, no Python path."""
    bare = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "TMPDIR": str(tmp_path), **env}
    return subprocess.run(
        [str(program), *args],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=bare,
        timeout=120,
        check=False,
        stdin=subprocess.DEVNULL,
    )


def assert_self_check_passes(program: Path, tmp_path: Path) -> None:
    done = run(program, tmp_path, "--self-check")
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"Reflect {__version__} self-check (bundle;" in done.stdout.splitlines()[0]
    assert step_names(done.stdout) == STEPS
    assert done.stdout.splitlines()[-1] == "Reflect passed its self-check."


def test_the_bundle_passes_its_self_check(built: Built, tmp_path: Path) -> None:
    assert_self_check_passes(built.program, tmp_path)
    assert run(built.program, tmp_path, "--version").stdout.strip() == f"Reflect {__version__}"


def test_the_bundle_reads_an_older_journal_without_its_passphrase(
    built: Built, tmp_path: Path
) -> None:
    folder = tmp_path / "journal"
    shutil.copytree(FROZEN_0005 / "visitor", folder)
    done = run(built.program, tmp_path, "--self-check", "--read-only", "--data-dir", str(folder))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "its key file is readable; backups: 0, none yet" in done.stdout


def test_the_bundle_opens_its_window(built: Built, tmp_path: Path) -> None:
    done = run(
        built.program,
        tmp_path,
        "--data-dir",
        str(tmp_path / "journal"),
        QT_QPA_PLATFORM="offscreen",
        REFLECT_QUIT_AFTER_FIRST_PAINT="1",
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("first-paint ")
    assert (tmp_path / "journal" / "logs").is_dir()


def test_the_bundle_holds_only_what_reflect_uses_and_stays_small(built: Built) -> None:
    internal = built.bundle / "_internal"
    translations = {p.name for p in internal.rglob("*.qm") if "PySide6" in p.parts}
    assert translations == {"qtbase_es.qm"}
    assert {p.name for p in (internal / "spellchecker" / "resources").iterdir()} == {
        "en.json.gz",
        "es.json.gz",
    }
    names = {p.name for p in internal.rglob("*")}
    assert not [n for n in names if n.startswith(("libQt6Quick", "libQt6Qml", "libQt6WebEngine"))]
    assert not [n for n in names if n.startswith(("libxcb", "libX11", "libfontconfig", "libGL"))]
    unpacked = sum(p.lstat().st_size for p in built.bundle.rglob("*") if not p.is_dir())
    assert unpacked <= 150 * MB
    assert built.archive.stat().st_size <= 60 * MB


def test_the_archive_unpacks_to_a_folder_that_passes_the_self_check(
    built: Built, tmp_path: Path
) -> None:
    with tarfile.open(built.archive) as tar:
        tar.extractall(tmp_path / "unpacked", filter="tar")
    (top,) = (tmp_path / "unpacked").iterdir()
    assert top.name == f"reflect-{__version__}"
    assert_self_check_passes(top / "reflect", tmp_path)


def test_the_deb_installs_to_opt_with_its_menu_entry_and_passes_the_self_check(
    built: Built, tmp_path: Path
) -> None:
    root = tmp_path / "root"
    subprocess.run(["dpkg", "-x", str(built.deb), str(root)], check=True)
    link = root / "usr" / "bin" / "reflect"
    assert os.readlink(link) == "/opt/reflect/reflect"
    share = root / "usr" / "share"
    assert (share / "applications" / "reflect.desktop").is_file()
    for size in SIZES:
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "reflect.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "reflect.svg").is_file()
    assert [p.name for p in (share / "metainfo").iterdir()] == [
        "org.reflectjournal.Reflect.metainfo.xml"
    ]
    depends = subprocess.run(
        ["dpkg-deb", "--field", str(built.deb), "Depends"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert set(PACKAGES) <= {d.strip() for d in depends.split(",")}
    control = tmp_path / "control"
    subprocess.run(["dpkg-deb", "--control", str(built.deb), str(control)], check=True)
    postinst = (control / "postinst").read_text(encoding="utf-8")
    assert "/opt/reflect/reflect --self-check --read-only" in postinst
    assert os.access(control / "postinst", os.X_OK)
    assert_self_check_passes(root / "opt" / "reflect" / "reflect", tmp_path)
