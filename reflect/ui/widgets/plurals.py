"""Plurals through Qt's own plural forms (`%n`), readable before any translation is loaded.

A translation file gives each language its plural forms. Reflect ships its English source
text only, where Qt would show "4 week(s)": this resolves the "(s)" for English. A sentence
is worded so that only the noun changes with the number ("%n packet(s) waiting", never
"%n packet(s) is waiting"), since "(s)" is all English needs to be resolved.

Every count goes through `self.tr(text, "", n)` in a widget, or `Context.tr(text, "", n)`
with a `TranslationContext` in a module of words, and then `english_plural`: the forms Qt's
lupdate finds as plural messages, in the context Qt looks them up in at run time. (lupdate
reads `QCoreApplication.translate(context, text, "", n)` with a variable `n` as a plain
message, so that form is not used for counts.)
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

FRACTION_FORM = 3
"""The count whose plural form a number with decimals ("1.5 hours") takes.

Qt chooses plural forms for whole numbers only. In English, as in German, Spanish or Dutch,
any number with decimals takes the plural; in Russian, Polish, Czech, Slovenian or
Lithuanian it takes the form those languages give to 3 (2 would land on a dual form in
Slovenian). No one count fits every language (Arabic's decimals take the form of 100), but
3 chooses the decimals' form in most."""


def english_plural(text: str, n: int) -> str:
    """`text`, already translated with Qt's plural forms for `n`, with the "(s)" that the
    English source leaves resolved: "s", or nothing for one (a translation never has it)."""
    return text.replace("(s)", "" if n == 1 else "s")


class TranslationContext:
    """A named context for words outside any widget: `Name.tr(text)` is found by lupdate in
    the context `Name` (the class's name), and translated in that context at run time."""

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """`text` translated in this context, as `QObject.tr` does (with plural forms for
        `n`; `english_plural` then resolves the English "(s)")."""
        return QCoreApplication.translate(cls.__name__, text, disambiguation, n)


def plural_count(value: float) -> int:
    """The count that chooses the plural form for `value`: itself when whole ("1 hour",
    "2 hours"), `FRACTION_FORM` when it has decimals ("1.5 hours", "0.5 hours")."""
    return int(value) if float(value).is_integer() else FRACTION_FORM
