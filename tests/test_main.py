"""`reflect --version` answers from an installed wheel, not only from the checkout."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from reflect import __version__


def test_python_dash_m_reflect_version_from_the_wheel(
    installed_wheel: Path, tmp_path: Path
) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-I",
            "-S",
            "-c",
            "import sys, runpy; sys.path.insert(0, sys.argv[1]);"
            " sys.argv = ['reflect', '--version'];"
            " runpy.run_module('reflect', run_name='__main__')",
            str(installed_wheel),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Reflect {__version__}"


def test_reflect_script_version_from_the_wheel(installed_wheel: Path, tmp_path: Path) -> None:
    script = installed_wheel / "bin" / "reflect"
    assert script.exists()
    env = {**os.environ, "PYTHONPATH": str(installed_wheel)}
    result = subprocess.run(
        [sys.executable, str(script), "--version"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Reflect {__version__}"
