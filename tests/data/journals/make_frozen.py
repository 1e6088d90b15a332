"""Write the frozen journals in this folder, each with the Reflect that wrote its schema version.

    .venv/bin/python tests/data/journals/make_frozen.py          # every revision in COMMITS
    .venv/bin/python tests/data/journals/make_frozen.py 0003     # one of them

For each revision it checks out the commit named in COMMITS into a temporary git worktree
and runs this same file there (`--write`, with that checkout first on PYTHONPATH and the
dependencies of the current virtual environment), so every byte of the journal is written by
that version's own code. Then it copies the journal folders, their recovery keys and
`expected.json` (the content, as that version read it back) here. The journals are written
afresh each time (new keys, new identifiers): rerun a revision whole, never by hand.

What goes in is in frozen_content.py; `read_back` here is also how the test reads each
journal with today's code, so both sides are read the same way.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import enum
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

# The last commit at which each revision was the newest schema: its most grown-up writer.
COMMITS = {
    # "0001" never shipped alone: 0001 and 0002 arrived together in f1cadd1.
    "0002": "ea29b61cb17025b9d6f5c4ff0f7410035b7a1dec",  # just before migration 0003
    "0003": "31f23e662cdb8e1a1ed675b1f77df820db8eb63b",  # just before migration 0004
    "0004": "f13c51c2e1a12a19021edd54958c97fbf4a12a20",  # just before migration 0005
    "0005": "a53fa2ff3e844059a064d872f32d49036a2f2e9a",  # just before migration 0006
}
PASSPHRASE = "an invented passphrase for frozen test journals"
HERE = Path(__file__).resolve().parent
JOURNAL_FILES = ("journal.reflect", "journal.keys")


# ------------------------------------------------------------------ writing (old code)
def _clock() -> Any:
    """A clock that moves one minute on each reading, so timestamps are fixed and ordered."""
    moments = iter(
        dt.datetime(2026, 11, 3, 9, 0, tzinfo=dt.UTC) + dt.timedelta(minutes=m)
        for m in range(100_000)
    )
    return lambda: next(moments)


def plain(value: Any) -> Any:
    """A domain value as JSON: dataclass fields by name, enums by value, dates in ISO form."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def read_back(journal: Any, revision: str, role: str) -> dict[str, Any]:
    """What this version itself reads from the journal it wrote."""
    uuids = sorted(t.uuid for t in journal.list_reflections(limit=100).items)
    content: dict[str, Any] = {
        "reflections": [plain(journal.get_reflection(u)) for u in uuids],
        "comments": {u: plain(journal.comments_for(u)) for u in uuids},
        "sessions": plain(journal.sessions()),
        "check_ins": plain(journal.check_ins()),
        "family_codes": plain(journal.family_codes()),
        "searches": {
            word: sorted(h.summary.uuid for h in journal.search(word))
            for word in ("arrorró", "arrorro", "lighthouse", "ñandú", "tight", "naps", "👀")
        },
    }
    if revision >= "0003":
        from reflect.exchange.supervision import Supervision

        supervision = Supervision(journal)
        contacts = supervision.contacts()
        content["contacts"] = [dict(plain(c), key_id=c.key_id) for c in contacts]
        content["my_key_id"] = supervision.my_contact().key_id
        if role == "supervisor":
            content["shared_with_me"] = plain(supervision.shared_with_me())
            content["my_comments"] = {
                c.key_id: plain(supervision.my_comments(c.key_id)) for c in contacts
            }
    return content


def write(revision: str, out: Path) -> None:
    """Run inside the old checkout: write the journals into `out`, with `expected.json`."""
    import frozen_content  # beside this file, which runs as a script here

    from reflect.storage.journal import Journal
    from reflect.storage.paths import JournalPaths
    from reflect.storage.schema_version import HEAD

    if revision != HEAD:
        raise SystemExit(f"this commit writes schema {HEAD}, not {revision}")

    roles = ["visitor", "supervisor"] if revision >= "0003" else ["visitor"]
    journals, expected = {}, {}
    for role in roles:
        journal, recovery_key = Journal.create(JournalPaths(out / role), PASSPHRASE, clock=_clock())
        journals[role] = journal
        (out / f"{role}.recovery-key.txt").write_text(recovery_key + "\n", encoding="utf-8")
    written = frozen_content.write_visitor(journals["visitor"], revision)
    if revision >= "0003":
        outbox = out / "outbox"
        outbox.mkdir()
        frozen_content.share_and_reply(
            journals["visitor"], journals["supervisor"], written["first"], outbox
        )
        shutil.rmtree(outbox)
    for role, journal in journals.items():
        expected[role] = read_back(journal, revision, role)
        journal.close()
    document = {"revision": revision, "journals": expected}
    (out / "expected.json").write_text(
        json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


# ------------------------------------------------------------------ driving (today's code)
def freeze(revision: str) -> None:
    """Check out the revision's commit, write its journals there, copy them here."""
    repo = Path(
        subprocess.run(
            ["git", "rev-parse", "--show-toplevel"],
            cwd=HERE,
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    with tempfile.TemporaryDirectory(prefix=f"reflect-{revision}-") as temp:
        checkout, out = Path(temp) / "checkout", Path(temp) / "out"
        subprocess.run(
            ["git", "worktree", "add", "--detach", str(checkout), COMMITS[revision]],
            cwd=repo,
            check=True,
            capture_output=True,
        )
        try:
            out.mkdir()
            env = {**os.environ, "PYTHONPATH": str(checkout), "QT_QPA_PLATFORM": "offscreen"}
            subprocess.run(
                [sys.executable, str(Path(__file__).resolve()), "--write", revision, str(out)],
                cwd=checkout,
                env=env,
                check=True,
            )
        finally:
            subprocess.run(
                ["git", "worktree", "remove", "--force", str(checkout)], cwd=repo, check=False
            )
        target = HERE / revision
        shutil.rmtree(target, ignore_errors=True)
        target.mkdir()
        for role in ("visitor", "supervisor"):
            if (out / role).is_dir():
                (target / role).mkdir()
                for name in JOURNAL_FILES:
                    shutil.copy2(out / role / name, target / role / name)
                shutil.copy2(out / f"{role}.recovery-key.txt", target)
        shutil.copy2(out / "expected.json", target)
        (target / "passphrase.txt").write_text(PASSPHRASE + "\n", encoding="utf-8")
    print(revision, sum(p.stat().st_size for p in target.rglob("*") if p.is_file()), "bytes")


def main(argv: list[str]) -> None:
    """`--write REVISION OUT` inside an old checkout; otherwise freeze the named revisions."""
    if argv[:1] == ["--write"]:
        write(argv[1], Path(argv[2]))
        return
    for revision in argv or list(COMMITS):
        freeze(revision)


if __name__ == "__main__":
    main(sys.argv[1:])
