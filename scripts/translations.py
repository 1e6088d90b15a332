"""Bring the Spanish translation of Reflect's own words up to date, then compile it.

    .venv/bin/python scripts/translations.py

Runs Qt's lupdate over `reflect/` into `resources/translations/reflect_es.ts` (keeping every
translation already made, dropping words no longer in the code), then lrelease into
`reflect_es.qm`, which the app loads. The test command checks that both are up to date and
that nothing is left untranslated.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import error_sentences
import PySide6

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
QT_TOOLS = Path(PySide6.__file__).parent
LANGUAGES = ("es",)


def sources() -> list[str]:
    """Every Python file of the package, in a stable order."""
    return [str(p.relative_to(ROOT)) for p in sorted((ROOT / "reflect").rglob("*.py"))]


def update(language: str) -> None:
    """lupdate then lrelease for one language."""
    ts = TRANSLATIONS / f"reflect_{language}.ts"
    subprocess.run(
        [
            str(QT_TOOLS / "lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            *sources(),
            "-target-language",
            language,
            "-ts",
            str(ts.relative_to(ROOT)),
        ],
        check=True,
        cwd=ROOT,
    )
    subprocess.run(
        [str(QT_TOOLS / "lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
    )


def main() -> int:
    """Update every language."""
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    error_sentences.main()  # the errors' sentences, where lupdate can find them
    for language in LANGUAGES:
        update(language)
    return 0


if __name__ == "__main__":
    sys.exit(main())
