"""The demo's data files: found in a checkout and in an installed wheel, and a mistake in
one is named by file and field before anything is built."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import pytest

from reflect.content.resources import CHECKOUT
from reflect.demo import demo_reflections
from reflect.demo.check_ins import demo_check_ins
from reflect.demo.supervision_items import demo_comments, demo_sessions
from reflect.domain.errors import ContentError
from reflect.domain.reflection import ShareState

TODAY = dt.date(2026, 3, 11)
SHIPPED = CHECKOUT / "resources" / "demo"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A copy of the shipped data files, to break one thing in."""
    copy = tmp_path / "demo-data"
    shutil.copytree(SHIPPED, copy)
    return copy


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_every_family_file_is_a_table_of_reflections_with_a_code() -> None:
    files = sorted((SHIPPED / "families").glob("*.toml"))
    assert len(files) >= 5
    codes = {tomllib.loads(f.read_text(encoding="utf-8"))["code"] for f in files}
    assert codes == {r.family_code for r in demo_reflections(TODAY)}


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        (
            "minutes = 60",
            "minute = 60",
            "families/b-08.toml: reflections[0].minute: is not a field of the demo",
        ),
        (
            "days_ago = 40",
            'days_ago = "forty"',
            "families/b-08.toml: reflections[0].days_ago: must be a whole number",
        ),
        (
            "days_ago = 40",
            "days_ago = -40",
            "families/b-08.toml: reflections[0].days_ago: must not be negative",
        ),
        (
            'share = "to-share"',
            'share = "maybe"',
            "families/b-08.toml: reflections[2].share: must be one of private, to-share, shared",
        ),
        (
            'themes = ["the-4-ss", "relationship"]',
            'themes = "the-4-ss"',
            "families/b-08.toml: reflections[0].themes: must be a list of text",
        ),
        (
            'heaviness = "4"',
            "heaviness = 4",
            "families/b-08.toml: reflections[0].answers.heaviness: must be text",
        ),
        (
            "days_ago = 40\n",
            'days_ago = 40\nprivate = ["no-such-answer"]\n',
            "families/b-08.toml: reflections[0].private: names a prompt not answered",
        ),
        ('code = "B-08"', 'code = "B-08', "families/b-08.toml: TOML: "),
        ('code = "B-08"\n', "", "families/b-08.toml: code: is missing"),
    ],
)
def test_a_mistake_in_a_family_file_is_named(data: Path, old: str, new: str, problem: str) -> None:
    _edit(data / "families" / "b-08.toml", old, new)
    with pytest.raises(ContentError) as error:
        demo_reflections(TODAY, data)
    assert error.value.sentence.startswith(problem)


def test_a_comment_on_a_reflection_never_shared_is_named(data: Path) -> None:
    _edit(data / "supervision.toml", "reflection = 7", "reflection = 1")
    shared = [r.uuid for r in demo_reflections(TODAY, data) if r.share_state is ShareState.SHARED]
    with pytest.raises(ContentError, match=r"comments\[1\]\.reflection: is not a shared"):
        demo_comments(TODAY, shared, data)


def test_a_waiting_comment_cannot_have_been_read(data: Path) -> None:
    _edit(data / "supervision.toml", 'packet = "waiting"', 'packet = "waiting"\nread = true')
    shared = [r.uuid for r in demo_reflections(TODAY, data) if r.share_state is ShareState.SHARED]
    with pytest.raises(ContentError, match=r"comments\[2\]\.read: only a comment already"):
        demo_comments(TODAY, shared, data)


def test_a_session_in_an_unknown_mode_is_named(data: Path) -> None:
    _edit(data / "supervision.toml", 'mode = "video"', 'mode = "carrier pigeon"')
    with pytest.raises(ContentError, match=r"sessions\[1\]\.mode: must be one of in-person"):
        demo_sessions(TODAY, "Supervisor", data)


def test_a_check_in_time_that_is_not_a_time_is_named(data: Path) -> None:
    _edit(data / "check-ins.toml", 'time = "08:15"', 'time = "breakfast"')
    with pytest.raises(ContentError, match=r"check_ins\[0\]\.time: must be a time like 16:30"):
        demo_check_ins(TODAY, data)


PROBE = textwrap.dedent(
    """
    import datetime as dt, json, sys
    from pathlib import Path
    sys.path.insert(0, sys.argv[1])
    import reflect
    from reflect.demo import DEMO_PASSPHRASE, EXCHANGE_FOLDER, create_demo_journal
    from reflect.demo.data_file import demo_folder
    from reflect.exchange.exchange_folder import incoming
    from reflect.exchange.supervision import Supervision
    from reflect.storage.journal import Journal
    from reflect.storage.paths import JournalPaths
    folder = Path(sys.argv[2])
    create_demo_journal(folder, dt.date(2026, 3, 11))
    paths = JournalPaths(folder)
    with Journal.open(paths, DEMO_PASSPHRASE, auto_backup=False) as journal:
        waiting = incoming(folder / EXCHANGE_FOLDER, Supervision(journal))
        print(json.dumps({
            "package": reflect.__file__,
            "data": str(demo_folder()),
            "reflections": journal.count_reflections(),
            "waiting": [p.kind for p in waiting],
        }))
    """
)


def test_the_demo_builds_from_an_installed_wheel(installed_wheel: Path, tmp_path: Path) -> None:
    probe = subprocess.run(
        [sys.executable, "-I", "-c", PROBE, str(installed_wheel), str(tmp_path / "demo")],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    found = json.loads(probe.stdout)
    assert Path(found["package"]).is_relative_to(installed_wheel)
    assert Path(found["data"]) == installed_wheel / "reflect" / "resources" / "demo"
    assert found["reflections"] == len(demo_reflections(TODAY))
    assert found["waiting"] == ["reply"]
