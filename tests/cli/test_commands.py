"""`reflect init`, `import`, `export` and `verify`, run as the visitor runs them: in a
terminal, as their own process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reflect.domain.errors import JournalAlreadyOpen, JournalExists
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths
from tests.helpers.command_line import figures, reflect
from tests.helpers.full_journal import PRIVATE_WORDS, fill
from tests.helpers.passphrases import FAST, PASSPHRASE
from tests.helpers.pdf_text import pdf_text


@pytest.fixture
def journal_folder(tmp_path: Path) -> Path:
    """A journal with one of everything in it, closed."""
    folder = tmp_path / "journal"
    journal = Journal.create(JournalPaths(folder), PASSPHRASE, kdf=FAST)[0]
    with journal:
        fill(journal)
    return folder


def test_init_makes_a_journal_and_shows_its_recovery_key_once(tmp_path: Path) -> None:
    folder = tmp_path / "new"
    made = reflect(tmp_path, "init", "--passphrase-stdin", "--data-dir", str(folder))
    assert made.returncode == 0, made.stderr
    lines = made.stdout.splitlines()
    key_lines = [line.strip() for line in lines if line.startswith("    ")]
    assert len(key_lines) == 1
    assert "Print it or write it down" in made.stdout
    assert made.stdout.count(key_lines[0]) == 1
    Journal.open_with_recovery_key(JournalPaths(folder), key_lines[0]).close()
    Journal.open(JournalPaths(folder), PASSPHRASE).close()
    again = reflect(tmp_path, "--data-dir", str(folder), "init", "--passphrase-stdin")
    assert again.returncode == 1
    assert again.stderr.strip() == JournalExists().sentence


def test_export_to_json_then_import_into_another_journal_and_again(
    tmp_path: Path, journal_folder: Path
) -> None:
    out = tmp_path / "all.json"
    exported = reflect(
        tmp_path,
        "--data-dir",
        str(journal_folder),
        "export",
        "--format",
        "json",
        "--out",
        str(out),
        "--passphrase-stdin",
        "--include-check-ins",
    )
    assert exported.returncode == 0, exported.stderr
    assert figures(exported.stdout)["reflections"] == "3"
    assert figures(exported.stdout)["private answers left out"] == "1"
    assert "Add --include-private" in exported.stdout
    assert len(json.loads(out.read_text(encoding="utf-8"))["check_ins"]) == 2
    other = tmp_path / "other"
    Journal.create(JournalPaths(other), PASSPHRASE, kdf=FAST)[0].close()
    args = ("import", "--from", "reflect", str(out), "--data-dir", str(other))
    imported = reflect(tmp_path, *args, "--passphrase-stdin")
    assert imported.returncode == 0, imported.stderr
    assert "all.json (Reflect export):" in imported.stdout
    preview, added = imported.stdout.split("Imported:")
    shown = figures(preview)
    assert (shown["reflections"], shown["new to this journal"], shown["comments"]) == (
        "3",
        "3",
        "2",
    )
    assert shown["visit dates"] == "2026-03-02 to 2026-05-20"
    assert "2026-03-02  AB-1     Mum held the baby close by the window." in preview
    counted = figures(added)
    assert (counted["reflections"], counted["comments"], counted["supervision sessions"]) == (
        "3",
        "2",
        "2",
    )
    assert "A backup was taken first" in imported.stdout
    twice = reflect(tmp_path, *args, "--passphrase-stdin")
    assert twice.returncode == 0, twice.stderr
    assert figures(twice.stdout)["already in this journal"] == "3"
    assert "Nothing was added" in twice.stdout
    with Journal.open(JournalPaths(other), PASSPHRASE) as journal:
        assert journal.record_counts()["reflections"] == 3


def test_a_dry_run_only_shows_what_would_come(tmp_path: Path, journal_folder: Path) -> None:
    out = tmp_path / "all.json"
    base = ("--data-dir", str(journal_folder))
    reflect(tmp_path, *base, "export", "--format", "json", "--out", str(out), "--passphrase-stdin")
    other = tmp_path / "other"
    Journal.create(JournalPaths(other), PASSPHRASE, kdf=FAST)[0].close()
    shown = reflect(
        tmp_path,
        "import",
        "--from",
        "reflect",
        str(out),
        "--dry-run",
        "--data-dir",
        str(other),
        "--passphrase-stdin",
    )
    assert shown.returncode == 0, shown.stderr
    assert "Nothing was imported (--dry-run)." in shown.stdout
    with Journal.open(JournalPaths(other), PASSPHRASE) as journal:
        assert journal.record_counts()["reflections"] == 0


def test_markdown_and_pdf_of_a_date_range_with_private_answers_when_asked(
    tmp_path: Path, journal_folder: Path
) -> None:
    base = ("--data-dir", str(journal_folder), "--passphrase-stdin")
    folder = tmp_path / "march"
    made = reflect(
        tmp_path,
        "export",
        "--format",
        "markdown",
        "--out",
        str(folder),
        "--from",
        "2026-03-01",
        "--to",
        "2026-03-31",
        *base,
    )
    assert made.returncode == 0, made.stderr
    assert [p.name for p in folder.iterdir()] == ["2026-03-02-AB-1.md"]
    one = tmp_path / "all.md"
    made = reflect(
        tmp_path, "export", "--format", "markdown", "--out", str(one), "--include-private", *base
    )
    assert made.returncode == 0, made.stderr
    assert PRIVATE_WORDS in one.read_text(encoding="utf-8")
    pdf = tmp_path / "spring.pdf"
    made = reflect(
        tmp_path, "export", "--format", "pdf", "--out", str(pdf), "--to", "2026-04-30", *base
    )
    assert made.returncode == 0, made.stderr
    text = "".join(pdf_text(pdf.read_bytes()).split())
    assert "Mumheldthebabyclosebythewindow." in text
    assert "Ashortcall;dadsoundedtired." in text
    assert "Inmyownwordsthistime." not in text  # visited in May: after the range


def test_verify_checks_the_journal_and_counts_what_it_holds(
    tmp_path: Path, journal_folder: Path
) -> None:
    checked = reflect(tmp_path, "verify", "--data-dir", str(journal_folder), "--passphrase-stdin")
    assert checked.returncode == 0, checked.stderr
    assert "The journal passed its integrity check." in checked.stdout
    assert figures(checked.stdout) == {
        "reflections": "3",
        "comments": "2",
        "supervision sessions": "2",
        "check-ins": "2",
        "family codes": "3",
        "backups": "0",
    }


def test_a_journal_open_in_the_window_is_refused_with_its_sentence(
    tmp_path: Path, journal_folder: Path
) -> None:
    with Journal.open(JournalPaths(journal_folder), PASSPHRASE, auto_backup=False):
        refused = reflect(tmp_path, "verify", "--data-dir", str(journal_folder), stdin="")
    assert refused.returncode == 1
    assert refused.stderr.strip() == JournalAlreadyOpen().sentence


def test_a_wrong_passphrase_or_no_journal_is_refused_with_a_sentence(
    tmp_path: Path, journal_folder: Path
) -> None:
    wrong = reflect(
        tmp_path,
        "verify",
        "--data-dir",
        str(journal_folder),
        "--passphrase-stdin",
        stdin="not the passphrase\n",
    )
    assert wrong.returncode == 1
    assert wrong.stderr.startswith("That passphrase does not open this journal")
    nowhere = tmp_path / "nowhere"
    missing = reflect(tmp_path, "verify", "--data-dir", str(nowhere), "--passphrase-stdin")
    assert missing.returncode == 1
    assert f"There is no journal in {nowhere}." in missing.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("export", "--out", "x.json"),
        ("export", "--format", "json", "--out", "x.json", "--from", "yesterday"),
        ("import", "--from", "evernote", "notes.enex"),
        ("--demo", "verify"),
    ],
)
def test_a_wrong_command_line_is_a_usage_error(tmp_path: Path, args: tuple[str, ...]) -> None:
    wrong = reflect(tmp_path, *args, stdin="")
    assert wrong.returncode == 2
    assert "usage:" in wrong.stderr
