"""Build Reflect's bundle on this machine, and on Linux its archive and `.deb`.

    python packaging/build.py [--dist dist] [--work build/bundle]

(`make bundle`.) PyInstaller builds the one-folder app from packaging/reflect.spec into
DIST/reflect (DIST/Reflect.app too on macOS); on Linux this then writes
DIST/reflect-VERSION-linux-ARCH.tar.gz and DIST/reflect_VERSION_ARCH.deb. The last line
printed is JSON: each file made and its size in bytes (the unpacked bundle's too).
Windows' installer and macOS's disk image are made by .github/workflows/release.yml.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from reflect import __version__  # noqa: E402

LINUX = sys.platform.startswith("linux")


def run_pyinstaller(dist: Path, work: Path) -> Path:
    """PyInstaller on the spec; the bundle's folder."""
    env = dict(os.environ)
    # This checkout's Reflect, whatever else the environment has installed.
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work / "pyinstaller"),
            str(HERE / "reflect.spec"),
        ],
        check=True,
        env=env,
        cwd=ROOT,
    )
    return dist / "reflect"


def folder_bytes(folder: Path) -> int:
    """The unpacked size of `folder`: its files' sizes, links not followed."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_dir())


def archive(bundle: Path, target: Path) -> Path:
    """`bundle` as a .tar.gz whose one top folder is named for this version."""
    target.unlink(missing_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    with tarfile.open(partial, "w:gz", compresslevel=9) as tar:
        tar.add(bundle, arcname=f"reflect-{__version__}")
    partial.replace(target)
    return target


def machine() -> str:
    """x86_64, aarch64: as `uname -m` names this machine."""
    return platform.machine().lower() or "unknown"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "bundle")
    args = parser.parse_args()
    dist, work = args.dist.resolve(), args.work.resolve()
    bundle = run_pyinstaller(dist, work)
    made = {"bundle": str(bundle), "bundle_bytes": folder_bytes(bundle)}
    if LINUX:
        from debian_package import architecture, build_deb, check_metainfo

        tarball = archive(bundle, dist / f"reflect-{__version__}-linux-{machine()}.tar.gz")
        deb = build_deb(bundle, work, dist / f"reflect_{__version__}_{architecture()}.deb")
        metainfo = next((work / "deb-root" / "usr" / "share" / "metainfo").iterdir())
        made.update(
            archive=str(tarball),
            archive_bytes=tarball.stat().st_size,
            deb=str(deb),
            deb_bytes=deb.stat().st_size,
            metainfo=check_metainfo(metainfo),
        )
    print(json.dumps(made))


if __name__ == "__main__":
    main()
