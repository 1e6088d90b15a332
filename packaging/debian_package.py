"""The `.deb`: the bundle in /opt/reflect, a launcher, a menu entry, icons and AppStream data.

    /opt/reflect/                       the one-folder bundle (PyInstaller)
    /usr/bin/reflect                    a link to /opt/reflect/reflect
    /usr/share/applications/reflect.desktop
    /usr/share/icons/hicolor/NxN/apps/reflect.png (and scalable/apps/reflect.svg)
    /usr/share/metainfo/<APP_ID>.metainfo.xml
    /usr/share/doc/reflect/copyright

It depends on the system packages Qt's window needs (`reflect.display_libraries`), and
after installing it checks Reflect's files (`postinst`: the read-only self-check). Built
with `dpkg-deb`, files owned by root whatever user builds it.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import shutil
import subprocess
from pathlib import Path

from bundle_contents import APP_ID, ROOT

from reflect import __version__
from reflect.display_libraries import PACKAGES

LINUX = Path(__file__).resolve().parent / "linux"
ICONS = ROOT / "resources" / "icons"
RECOMMENDS = (
    # Printing the recovery key (Qt's CUPS plugin); Reflect's window on a Wayland session.
    "libcups2",
    "libwayland-client0",
    "libwayland-cursor0",
    "libwayland-egl1",
)
BASE = ("libstdc++6", "libgcc-s1", "zlib1g", "libzstd1")
"""What the bundle's Qt needs of the system besides the display's packages."""
DESCRIPTION = """\
A private reflective-practice journal for home visitors
 Reflect is a private reflective-practice journal for infant and early
 childhood mental health home visitors: after a visit it asks a few guided
 questions, with a short reference card behind each one. Everything stays in
 one encrypted file on your own computer, opened only by your passphrase or
 your recovery key, and nothing ever uses the network."""


def architecture() -> str:
    """This machine's Debian architecture name (amd64, arm64)."""
    done = subprocess.run(
        ["dpkg", "--print-architecture"], check=True, capture_output=True, text=True
    )
    return done.stdout.strip()


def libc() -> str:
    """The C library the bundle was built against, or newer: the libraries it carries from
    this machine (Python's own) may use anything this one has."""
    name, version = platform.libc_ver()
    return f"libc6 (>= {version})" if name == "glibc" and version else "libc6"


def control(arch: str, installed_kib: int) -> str:
    """The package's control file."""
    return (
        "Package: reflect\n"
        f"Version: {__version__}\n"
        f"Architecture: {arch}\n"
        "Maintainer: The Reflect authors <noreply@reflect.invalid>\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {', '.join((libc(), *BASE, *PACKAGES))}\n"
        f"Recommends: {', '.join(RECOMMENDS)}\n"
        "Section: utils\n"
        "Priority: optional\n"
        f"Description: {DESCRIPTION}\n"
    )


def metainfo(today: dt.date) -> str:
    """The AppStream file, with this version as its newest release."""
    template = (LINUX / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    return template.replace("@VERSION@", __version__).replace("@DATE@", today.isoformat())


def _folder_size_kib(folder: Path) -> int:
    total = sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_dir())
    return (total + 1023) // 1024


def stage(bundle: Path, root: Path, today: dt.date) -> None:
    """Lay out the package's files under `root` (emptied first)."""
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(bundle, root / "opt" / "reflect", symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    os.symlink("/opt/reflect/reflect", root / "usr" / "bin" / "reflect")
    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(LINUX / "reflect.desktop", share / "applications" / "reflect.desktop")
    for size_folder in sorted((ICONS / "hicolor").iterdir()):
        target = share / "icons" / "hicolor" / size_folder.name / "apps"
        target.mkdir(parents=True)
        shutil.copy2(size_folder / "apps" / "reflect.png", target / "reflect.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(ICONS / "reflect.svg", scalable / "reflect.svg")
    (share / "metainfo").mkdir(parents=True)
    (share / "metainfo" / f"{APP_ID}.metainfo.xml").write_text(metainfo(today), encoding="utf-8")
    (share / "doc" / "reflect").mkdir(parents=True)
    shutil.copy2(ROOT / "LICENSE", share / "doc" / "reflect" / "copyright")
    debian = root / "DEBIAN"
    debian.mkdir()
    (debian / "control").write_text(
        control(architecture(), _folder_size_kib(root)), encoding="utf-8"
    )
    shutil.copy2(LINUX / "postinst", debian / "postinst")
    _permissions(root)


def _permissions(root: Path) -> None:
    """Folders and programs 0755, other files 0644: what dpkg expects, whatever the umask."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir() or os.access(path, os.X_OK) or path.name == "postinst":
            path.chmod(0o755)
        else:
            path.chmod(0o644)


def build_deb(bundle: Path, work: Path, target: Path, today: dt.date | None = None) -> Path:
    """The `.deb` of `bundle` (the one-folder build) at `target`; `work` holds its staging."""
    root = work / "deb-root"
    stage(bundle, root, today or dt.date.today())
    target.unlink(missing_ok=True)
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(target)],
        check=True,
        capture_output=True,
    )
    return target


def check_metainfo(path: Path) -> str:
    """`appstreamcli validate`'s verdict on the metainfo file, or why it was not asked."""
    if shutil.which("appstreamcli") is None:
        return "not validated: appstreamcli is not installed (Debian package appstream)"
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(path)],
        check=False,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise SystemExit(f"AppStream metadata is not valid:\n{done.stdout}{done.stderr}")
    return "valid"
