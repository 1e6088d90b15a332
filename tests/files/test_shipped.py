"""Reflect's own files (resources, migrations) are found by one function in each way Reflect
runs: from this checkout, from an installed wheel, and from the bundle (tests/packaging/,
when the bundle is built)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import textwrap
from pathlib import Path

from reflect.content.resources import resources_folder
from reflect.files.shipped import MIGRATIONS, RESOURCES, shipped
from reflect.storage.schema_version import KNOWN_REVISIONS, shipped_revisions

CHECKOUT = Path(__file__).resolve().parents[2]

PROBE = textwrap.dedent(
    """
    import contextlib, io, json, sys
    sys.path[:0] = [sys.argv[1]]
    sys.path.append(sys.argv[2])  # the dependencies, never this checkout
    import reflect
    from reflect.files.shipped import MIGRATIONS, RESOURCES, shipped
    from reflect.cli.self_check import self_check
    out = io.StringIO()
    status = self_check(out=out)
    print(json.dumps({
        "package": reflect.__file__,
        "resources": str(shipped(RESOURCES)),
        "migrations": str(shipped(MIGRATIONS)),
        "status": status,
        "printed": out.getvalue(),
    }))
    """
)


def test_from_the_checkout_resources_are_beside_the_package_and_migrations_inside() -> None:
    assert shipped(RESOURCES) == CHECKOUT / "resources"
    assert resources_folder() == CHECKOUT / "resources"
    assert shipped(MIGRATIONS) == CHECKOUT / "reflect" / "storage" / "migrations"
    assert shipped_revisions() == KNOWN_REVISIONS


def test_a_missing_folder_is_named_where_the_package_expects_it() -> None:
    assert shipped("no/such/folder") == CHECKOUT / "reflect" / "no" / "such" / "folder"


def test_from_an_installed_wheel_everything_is_found_inside_it_and_the_self_check_passes(
    installed_wheel: Path, tmp_path: Path
) -> None:
    # -I -S: no site-packages processing, so the editable checkout cannot be imported; the
    # dependencies come from this environment's site-packages, added after the wheel.
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "REFLECT_DATA_DIR"}}
    env.update(HOME=str(tmp_path), TMPDIR=str(tmp_path))
    probe = subprocess.run(
        [
            sys.executable,
            "-I",
            "-S",
            "-c",
            PROBE,
            str(installed_wheel),
            sysconfig.get_paths()["purelib"],
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
        check=False,
    )
    assert probe.returncode == 0, probe.stderr
    found = json.loads(probe.stdout)
    assert Path(found["package"]).is_relative_to(installed_wheel)
    assert Path(found["resources"]) == installed_wheel / "reflect" / "resources"
    assert Path(found["migrations"]) == installed_wheel / "reflect" / "storage" / "migrations"
    assert found["status"] == 0, found["printed"]
    assert "self-check (installed package;" in found["printed"]
    assert "ok  migrations found (0001 to " in found["printed"]
    assert found["printed"].endswith("Reflect passed its self-check.\n")
