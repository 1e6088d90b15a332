"""Render Reflect's application icon from its drawing, for every platform.

    .venv/bin/python scripts/icons.py

Reads `resources/icons/reflect.svg` and writes, beside it:
- `hicolor/NxN/apps/reflect.png` for the freedesktop sizes (the window uses these too);
- `reflect.ico`, every Windows size in one file;
- `reflect.icns`, every macOS size in one file.

The files are committed, so a build never needs to render. Both containers hold PNG
images, which Windows (since Vista) and macOS (since 10.7) read at every size; they are
written here by hand, so rendering needs nothing but Qt.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
DRAWING = ICONS / "reflect.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# macOS's PNG-holding icon types, and the pixel size each holds.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"ic11", 32),  # 16 pt at twice the density
    (b"icp5", 32),
    (b"ic12", 64),  # 32 pt at twice the density
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic13", 256),  # 128 pt at twice the density
    (b"ic08", 256),
    (b"ic14", 512),  # 256 pt at twice the density
    (b"ic09", 512),
    (b"ic10", 1024),  # 512 pt at twice the density
)


def png_path(size: int) -> Path:
    """Where the PNG of one size lives (the freedesktop icon theme's layout)."""
    return ICONS / "hicolor" / f"{size}x{size}" / "apps" / "reflect.png"


def render(size: int) -> bytes:
    """The drawing as a square PNG of `size` pixels, transparent around the tile."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(DRAWING))
    if not renderer.isValid():
        raise SystemExit(f"{DRAWING} is not a drawing Qt can read")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """A Windows icon file holding each PNG (a 0 in the directory means 256 pixels)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = [], []
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset))
        blobs.append(png)
        offset += len(png)
    return header + b"".join(entries) + b"".join(blobs)


def icns(images: dict[int, bytes]) -> bytes:
    """A macOS icon file: each entry its four-letter type, its length, its PNG."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(images[size])) + images[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    """Render every size and write every file."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    sizes = sorted({*PNG_SIZES, *ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    images = {size: render(size) for size in sizes}
    for size in PNG_SIZES:
        target = png_path(size)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(images[size])
    (ICONS / "reflect.ico").write_bytes(ico({size: images[size] for size in ICO_SIZES}))
    (ICONS / "reflect.icns").write_bytes(icns(images))
    del app
    print(f"rendered {len(sizes)} sizes into {ICONS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
