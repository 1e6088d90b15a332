"""Plurals through Qt's own plural forms (`%n`), readable before any translation is loaded.

A translation file gives each language its plural forms. Reflect ships its English source
text only, where Qt would show "4 week(s)": this resolves the "(s)" for English. A sentence
is worded so that only the noun changes with the number ("%n packet(s) waiting", never
"%n packet(s) is waiting"), since "(s)" is all English needs to be resolved.

Every count goes through `self.tr(text, "", n)` (or `QCoreApplication.translate(context,
text, "", n)`) and then `english_plural`, or through `translate_plural` at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

FRACTION_FORM = 3
"""The count whose plural form a number with decimals ("1.5 hours") takes.

Qt chooses plural forms for whole numbers only. In English, as in German, Spanish or Dutch,
any number with decimals takes the plural; in Russian, Polish, Czech, Slovenian or
Lithuanian it takes the form those languages give to 3 (as 2 would land on a dual form in
Slovenian or Arabic). So 3 is the count that chooses the fraction's form in most languages."""


def english_plural(text: str, n: int) -> str:
    """`text`, already translated with Qt's plural forms for `n`, with the "(s)" that the
    English source leaves resolved: "s", or nothing for one (a translation never has it)."""
    return text.replace("(s)", "" if n == 1 else "s")


def translate_plural(context: str, text: str, n: int, disambiguation: str | None = None) -> str:
    """`text` with "%n" as `n`, translated in `context`; "(s)" left by the English source
    becomes "s" or nothing (see `english_plural`)."""
    return english_plural(QCoreApplication.translate(context, text, disambiguation, n), n)


def plural_count(value: float) -> int:
    """The count that chooses the plural form for `value`: itself when whole ("1 hour",
    "2 hours"), `FRACTION_FORM` when it has decimals ("1.5 hours", "0.5 hours")."""
    return int(value) if float(value).is_integer() else FRACTION_FORM
