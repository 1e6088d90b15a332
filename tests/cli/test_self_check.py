"""`reflect --self-check`, as an agency's IT person runs it after installing: one line a
step, exit 0 when all passed; and `--read-only`, run after installing over an older
version, which looks at the journal's files without the passphrase and writes nothing."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reflect.cli import installation_check
from reflect.cli.self_check import self_check
from reflect.domain.errors import KeyFileDamaged
from reflect.files.shipped import RESOURCES, shipped
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths

CHECKOUT = Path(__file__).resolve().parents[2]
FROZEN_0005 = CHECKOUT / "tests" / "data" / "journals" / "0005"
STEPS = [
    "resources found",
    "migrations found",
    "Qt found",
    "spelling word lists found",
    "journal created",
    "reflection written",
    "search found it",
    "backup taken",
    "backup restored",
    "check before sharing found phone numbers",
    "packet shared and opened by a second journal",
    "reply read back",
    "integrity checked",
]


def reflect(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`python -m reflect ARGS` from this checkout, with no display and its own home."""
    env = {k: v for k, v in os.environ.items() if k not in {"REFLECT_DATA_DIR", "DISPLAY"}}
    env.update(PYTHONPATH=str(CHECKOUT), HOME=str(tmp_path), TMPDIR=str(tmp_path))
    return subprocess.run(
        [sys.executable, "-m", "reflect", *args],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
        check=False,
        stdin=subprocess.DEVNULL,
    )


def step_names(printed: str) -> list[str]:
    """The steps an output says passed, in order."""
    return [line[4:].split(" (")[0] for line in printed.splitlines() if line.startswith("ok  ")]


def frozen_copy(tmp_path: Path) -> Path:
    """The visitor's journal written by the Reflect of schema 0005, copied."""
    folder = tmp_path / "journal"
    shutil.copytree(FROZEN_0005 / "visitor", folder)
    folder.chmod(0o700)
    return folder


def everything_in(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in folder.rglob("*")
    }


def test_the_self_check_passes_every_step_and_leaves_nothing_behind(tmp_path: Path) -> None:
    done = reflect(tmp_path, "--self-check")
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Reflect ") and "self-check (source tree;" in lines[0]
    assert step_names(done.stdout) == STEPS
    assert lines[-1] == "Reflect passed its self-check."
    # Its journals lived in a temporary folder, removed at the end; home is untouched.
    assert [p.name for p in tmp_path.iterdir()] == []


def test_a_failing_step_is_named_with_its_sentence_and_the_check_stops(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An installation that lost Reflect's Spanish: the step says which file, and stops."""
    resources = tmp_path / "resources"
    shutil.copytree(shipped(RESOURCES), resources)
    (resources / "translations" / "reflect_es.qm").unlink()
    monkeypatch.setattr(installation_check, "shipped", {RESOURCES: resources}.__getitem__)
    out = io.StringIO()
    assert self_check(out=out) == 1
    lines = out.getvalue().splitlines()
    assert lines[1] == (
        "FAILED  resources found: Reflect's own files are incomplete; this one is missing: "
        "translations/reflect_es.qm. Install Reflect again; your journal is kept apart from "
        "them and is not touched."
    )
    assert lines[2:] == ["Reflect failed its self-check."]


def test_read_only_with_no_journal_yet_checks_the_files_and_creates_nothing(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "no-journal-here"
    done = reflect(tmp_path, "--self-check", "--read-only", "--data-dir", str(folder))
    assert done.returncode == 0, done.stdout + done.stderr
    assert step_names(done.stdout) == [*STEPS[:4], "journal files look whole"]
    assert f"no journal in {folder} yet: nothing to check" in done.stdout
    assert done.stdout.splitlines()[-1] == "Reflect passed its read-only self-check."
    assert not folder.exists()


def test_after_an_upgrade_the_read_only_check_passes_on_the_old_journal_and_writes_nothing(
    tmp_path: Path,
) -> None:
    """The journal of an older Reflect, as a newer one finds it after installing over it:
    the read-only part passes without the passphrase and changes nothing; the first
    opening backs the journal up before migrating, and the check then counts that backup."""
    folder = frozen_copy(tmp_path)
    before = everything_in(folder)
    done = reflect(tmp_path, "--self-check", "--read-only", "--data-dir", str(folder))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "its key file is readable; backups: 0, none yet" in done.stdout
    assert everything_in(folder) == before
    passphrase = (FROZEN_0005 / "passphrase.txt").read_text("utf-8").strip()
    Journal.open(JournalPaths(folder), passphrase, auto_backup=False).close()
    after = reflect(tmp_path, "--self-check", "--read-only", "--data-dir", str(folder))
    assert after.returncode == 0, after.stdout + after.stderr
    assert "backups: 1, newest" in after.stdout
    (backup,) = (folder / "backups").iterdir()
    assert backup.name.endswith("-before-migration.reflect-backup")


@pytest.mark.parametrize(
    ("damage", "sentence"),
    [
        ("cut short", "ends part-way through a page: it was cut short"),
        ("plain SQLite", "The journal file is damaged and cannot be opened"),
        ("key file damaged", KeyFileDamaged.message),
    ],
)
def test_read_only_names_a_damaged_journal_file_and_fails(
    tmp_path: Path, damage: str, sentence: str
) -> None:
    folder = frozen_copy(tmp_path)
    database = folder / "journal.reflect"
    if damage == "cut short":
        database.write_bytes(database.read_bytes()[:-100])
    elif damage == "plain SQLite":
        database.write_bytes(b"SQLite format 3\x00" + bytes(8192))
    else:
        (folder / "journal.keys").write_text('{"format": "something else"}', encoding="utf-8")
    done = reflect(tmp_path, "--self-check", "--read-only", "--data-dir", str(folder))
    assert done.returncode == 1
    failed = done.stdout.splitlines()[-2]
    assert failed.startswith("FAILED  journal files look whole: ")
    assert sentence in failed
    assert done.stdout.splitlines()[-1] == "Reflect failed its read-only self-check."


def test_read_only_is_refused_without_the_self_check(tmp_path: Path) -> None:
    done = reflect(tmp_path, "--read-only")
    assert done.returncode == 2
    assert "--read-only goes with --self-check" in done.stderr
