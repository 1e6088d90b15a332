"""The packaging scripts are not a package: their folder is put on the path to import them,
and the bundle tests share one build of this checkout."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from reflect import __version__

CHECKOUT = Path(__file__).resolve().parents[2]
PACKAGING = CHECKOUT / "packaging"
DIST = CHECKOUT / "dist"
# Last, so that no module of the test run's own (PyPA's `build`) is shadowed by a script here.
sys.path.append(str(PACKAGING))


@dataclass(frozen=True)
class Built:
    """What `make bundle` makes: the one-folder app, its archive and its .deb."""

    bundle: Path
    archive: Path
    deb: Path

    @property
    def program(self) -> Path:
        """The bundle's program."""
        return self.bundle / "reflect"


def _newest_source() -> float:
    folders = (CHECKOUT / "reflect", CHECKOUT / "resources", PACKAGING)
    return max(
        p.stat().st_mtime
        for folder in folders
        for p in folder.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    )


@pytest.fixture(scope="session")
def built() -> Built:
    """The bundle in dist/, built from this checkout now unless `make bundle` already built
    it from the code as it is (a build older than any source file is built again)."""
    archives = sorted(DIST.glob(f"reflect-{__version__}-linux-*.tar.gz"))
    debs = sorted(DIST.glob(f"reflect_{__version__}_*.deb"))
    program = DIST / "reflect" / "reflect"
    outputs = [program, *archives[:1], *debs[:1]]
    if len(outputs) < 3 or min(p.stat().st_mtime for p in outputs) < _newest_source():
        done = subprocess.run(
            [sys.executable, str(PACKAGING / "build.py")],
            capture_output=True,
            text=True,
            timeout=1200,
            check=False,
        )
        assert done.returncode == 0, done.stderr[-3000:]
        made = json.loads(done.stdout.strip().splitlines()[-1])
        return Built(Path(made["bundle"]), Path(made["archive"]), Path(made["deb"]))
    return Built(DIST / "reflect", archives[0], debs[0])
