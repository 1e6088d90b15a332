"""The system libraries Qt needs to open a window on Linux, and the packages that hold them.

On a fresh Debian or Ubuntu machine Qt stops with its own message ("xcb-cursor0 or
libxcb-cursor0 is needed to load the Qt xcb platform plugin") and a list of plugins. Before
the application is made, the launcher tries to load each library Qt's X11 plugin needs, and
when some cannot be loaded it says in one sentence which packages to install instead. The
same table gives the `.deb` its dependencies and the README its `apt install` line.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

LIBRARIES: tuple[tuple[str, str], ...] = (
    # What Qt's xcb platform plugin (libqxcb.so, libQt6XcbQpa) and QtGui load, with the
    # Debian and Ubuntu package of each. The first few are the ones desktops lack.
    ("libxcb-cursor.so.0", "libxcb-cursor0"),
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ("libxcb-image.so.0", "libxcb-image0"),
    ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ("libxcb-util.so.1", "libxcb-util1"),
    ("libxcb-randr.so.0", "libxcb-randr0"),
    ("libxcb-shape.so.0", "libxcb-shape0"),
    ("libxcb-shm.so.0", "libxcb-shm0"),
    ("libxcb-sync.so.1", "libxcb-sync1"),
    ("libxcb-xfixes.so.0", "libxcb-xfixes0"),
    ("libxcb-xkb.so.1", "libxcb-xkb1"),
    ("libxcb-render.so.0", "libxcb-render0"),
    ("libxcb.so.1", "libxcb1"),
    ("libX11-xcb.so.1", "libx11-xcb1"),
    ("libX11.so.6", "libx11-6"),
    ("libxkbcommon.so.0", "libxkbcommon0"),
    ("libfontconfig.so.1", "libfontconfig1"),
    ("libfreetype.so.6", "libfreetype6"),
    ("libGL.so.1", "libgl1"),
    ("libEGL.so.1", "libegl1"),
    ("libglib-2.0.so.0", "libglib2.0-0"),
    ("libdbus-1.so.3", "libdbus-1-3"),
)

PACKAGES: tuple[str, ...] = tuple(dict.fromkeys(package for _, package in LIBRARIES))
"""Every package above, once each, in the table's order."""

MISSING = (
    "Reflect cannot open its window because the system package {packages} is missing; "
    "install it with: sudo apt install {packages}"
)
MISSING_MANY = (
    "Reflect cannot open its window because these system packages are missing: "
    "{listed}; install them with: sudo apt install {packages}"
)


def uses_xcb(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt will open its window through X11 (xcb) here.

    Only on Linux; when QT_QPA_PLATFORM names xcb first, or names nothing and the session
    is not a Wayland one (there Qt opens through Wayland and needs none of this).
    """
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return chosen.split(";")[0].split(":")[0] == "xcb"
    return environ.get("XDG_SESSION_TYPE", "") != "wayland"


def loads(soname: str) -> bool:
    """Whether the dynamic loader finds and loads the library `soname` (it stays loaded:
    Qt loads the same ones a moment later)."""
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing_packages(loadable: Callable[[str], bool] | None = None) -> list[str]:
    """The packages whose library `loadable` (default: `loads`) cannot load, in the table's
    order."""
    can_load = loadable or loads
    return list(dict.fromkeys(package for soname, package in LIBRARIES if not can_load(soname)))


def missing_sentence(packages: list[str]) -> str:
    """One sentence naming the missing packages and the command that installs them."""
    template = MISSING if len(packages) == 1 else MISSING_MANY
    return template.format(listed=", ".join(packages), packages=" ".join(packages))


def check_before_window(
    environ: Mapping[str, str] | None = None,
    loadable: Callable[[str], bool] | None = None,
    platform: str = sys.platform,
) -> str | None:
    """The sentence to print instead of starting, or None when the window can open."""
    if not uses_xcb(os.environ if environ is None else environ, platform):
        return None
    packages = missing_packages(loadable)
    return missing_sentence(packages) if packages else None
