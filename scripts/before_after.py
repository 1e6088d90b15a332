"""Side-by-side pictures of each page before and after a design change, for docs/design.md.

    QT_QPA_PLATFORM=offscreen python scripts/before_after.py BEFORE_DIR AFTER_DIR OUT_DIR

BEFORE_DIR and AFTER_DIR hold the page gallery's PNGs (`screenshots.py --pages-only`,
run on the two commits); OUT_DIR gets `<page>.png`: before on the left, after on the right,
each at half size with its caption above.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter

CAPTION = 36
GAP = 16


def pair(before: Path, after: Path, out: Path) -> None:
    """Write `before` and `after` side by side, halved, captioned, into `out`."""
    left, right = QImage(str(before)), QImage(str(after))
    half_w, half_h = left.width() // 2, left.height() // 2
    canvas = QImage(2 * half_w + GAP, half_h + CAPTION, QImage.Format.Format_RGB32)
    canvas.fill(QColor("#ffffff"))
    painter = QPainter(canvas)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    font = QFont()
    font.setPixelSize(20)
    font.setBold(True)
    painter.setFont(font)
    for x, image, words in ((0, left, "Before"), (half_w + GAP, right, "After")):
        painter.setPen(QColor("#1f2328"))
        painter.drawText(QRect(x, 0, half_w, CAPTION), Qt.AlignmentFlag.AlignCenter, words)
        painter.drawImage(QRect(x, CAPTION, half_w, half_h), image)
    painter.end()
    canvas.save(str(out))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", default="1366x768-light")
    args = parser.parse_args()
    _app = QGuiApplication(sys.argv[:1])
    args.out.mkdir(parents=True, exist_ok=True)
    for before in sorted(args.before.glob(f"*-{args.size}.png")):
        after = args.after / before.name
        if after.is_file():
            page = before.name.removesuffix(f"-{args.size}.png")
            pair(before, after, args.out / f"{page}.png")
            print("wrote", args.out / f"{page}.png")


if __name__ == "__main__":
    main()
