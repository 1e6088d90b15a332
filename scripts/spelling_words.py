"""Make `resources/spelling/es-more.txt.gz`: the Spanish words pyspellchecker's list lacks.

pyspellchecker's Spanish list holds dictionary headwords, few of their forms: "sonrió",
"están", "hablamos" and "bebé" are not in it, so a visitor writing what happened at a visit
would see most of her verbs underlined. This takes the 150,000 most used Spanish words of
wordfreq's large list (letters only), leaves out those pyspellchecker has, and leaves out a
word written without its accent where the accented spelling is the more used ("sonrie"
beside "sonríe"), so a missing accent is still underlined.

wordfreq is not one of Reflect's dependencies; run this in a throwaway environment:

    python3 -m venv /tmp/wf && /tmp/wf/bin/pip install wordfreq==3.1.1
    /tmp/wf/bin/python scripts/spelling_words.py
"""

from __future__ import annotations

import gzip
import re
import sys
import unicodedata
from importlib.util import find_spec
from pathlib import Path

import wordfreq  # type: ignore[import-not-found]

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "resources" / "spelling" / "es-more.txt.gz"
LETTERS = re.compile(r"^[a-záéíóúüñ]+$")
HOW_MANY = 150_000


def _plain(word: str) -> str:
    """The word without its accents (ñ kept apart from n as Spanish does not)."""
    parts = unicodedata.normalize("NFD", word)
    return "".join(c for c in parts if unicodedata.category(c) != "Mn").replace("ñ", "n")


def _known() -> set[str]:
    spec = find_spec("spellchecker")
    assert spec is not None and spec.submodule_search_locations
    folder = Path(next(iter(spec.submodule_search_locations))) / "resources"
    with gzip.open(folder / "es.json.gz", "rt", encoding="utf-8") as lines:
        return {line[1 : line.index('"', 1)] for line in lines if line.startswith('"')}


def main() -> int:
    """Write the list, one word a line, sorted."""
    known = _known()
    top = [
        w
        for w in wordfreq.top_n_list("es", HOW_MANY, wordlist="large")
        if LETTERS.match(w) and len(w) >= 2
    ]
    most_used: dict[str, str] = {}
    for word in top:  # most used first
        most_used.setdefault(_plain(word), word)
    words = sorted(
        w for w in top if w not in known and not (w == _plain(w) and most_used[_plain(w)] != w)
    )
    with gzip.GzipFile(TARGET, "wb", mtime=0) as out:
        out.write(("\n".join(words) + "\n").encode("utf-8"))
    print(f"{len(words)} words -> {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
