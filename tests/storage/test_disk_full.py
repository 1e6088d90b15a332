"""A really full disk: a 3 MB tmpfs in a private mount namespace (Linux `unshare`).

Everything happens in the child, because the small disk vanishes with its namespace.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.helpers.passphrases import PASSPHRASE

CHILD = textwrap.dedent(
    """
    import datetime as dt, os, sys
    from pathlib import Path
    from reflect.domain.errors import DiskFull
    from reflect.domain.reflection import Answer, Reflection
    from reflect.storage.journal import Journal
    from reflect.storage.paths import JournalPaths

    disk = Path(sys.argv[1])
    ballast = disk / "ballast"
    paths = JournalPaths(disk / "journal")
    journal, _ = Journal.create(paths, sys.argv[2])

    def visit(tag, size):
        text = (tag + " ") * size
        return Reflection(dt.date(2026, 11, 3), "DF", "after-visit",
                          answers=(Answer("after-visit.what-happened", text),))

    earlier = [journal.add_reflection(visit(f"earlier{i}", 50)) for i in range(5)]
    with open(ballast, "wb") as handle:  # fill the disk up to the last few pages
        try:
            while True:
                handle.write(b"x" * 65536)
                handle.flush()
        except OSError:
            pass
    try:
        journal.add_reflection(visit("toolarge", 40000))
        print("saved-despite-full-disk")
    except DiskFull as error:
        print("refused:", error)
    ballast.unlink()  # space comes back
    journal.add_reflection(visit("afterwards", 50))
    journal.close()
    with Journal.open(paths, sys.argv[2], auto_backup=False) as again:
        again.verify()
        assert all(again.get_reflection(r.uuid) == r for r in earlier)
        assert again.search("toolarge") == [] and len(again.search("afterwards")) == 1
    print("intact")
    """
)


def test_full_disk_is_disk_full_and_nothing_is_lost(tmp_path: Path) -> None:
    disk = tmp_path / "small-disk"
    disk.mkdir()
    script = 'mount -t tmpfs -o size=3m,mode=0700 none "$1" && exec "$2" -c "$3" "$1" "$4"'
    result = subprocess.run(
        [
            "unshare",
            "--map-root-user",
            "--mount",
            "sh",
            "-c",
            script,
            "sh",
            str(disk),
            sys.executable,
            CHILD,
            PASSPHRASE,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stdout.splitlines()
    assert lines[0] == "refused: Not saved: the disk is full. Your text is still here."
    assert lines[-1] == "intact"
