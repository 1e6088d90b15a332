"""An error's sentence in the language of the screens.

Errors are raised below the screens (storage, exchange, the domain), which never import Qt:
their sentences are written in English there, listed for translation in `error_sentences`,
and translated here, where they are shown. A sentence with a part known only at run time
(a folder, a number) is listed with that part as `{name}`; the part is put into the
translated sentence afterwards.
"""

from __future__ import annotations

import functools
import re

from PySide6.QtCore import QCoreApplication

from reflect.domain.errors import ReflectError

CONTEXT = "ErrorSentences"
_PLACE = re.compile(r"\{(\w+)\}")


def said(error: ReflectError) -> str:
    """The sentence to show for `error`, translated when a translation has it."""
    if not error.details:
        return say(error.sentence)
    return _filled(error.template, error.details, error.sentence)


def say(sentence: str) -> str:
    """An error sentence (as storage or exchange wrote it, its parts already put in) in the
    screens' language. A sentence kept as text (a refused packet's reason, say) is matched
    against the listed sentences with parts, so it is translated too."""
    translated = QCoreApplication.translate(CONTEXT, sentence)
    if translated != sentence:
        return translated
    for pattern, template in _with_parts():
        found = pattern.fullmatch(sentence)
        if found:
            return _filled(template, found.groupdict(), sentence)
    return sentence


def _filled(template: str, details: dict[str, str], fallback: str) -> str:
    """`template` translated, with `details` (themselves translated where they are listed
    sentences) put in; `fallback` if a translation lost one of its `{name}`s."""
    parts = {name: QCoreApplication.translate(CONTEXT, value) for name, value in details.items()}
    try:
        return QCoreApplication.translate(CONTEXT, template).format_map(parts)
    except (KeyError, IndexError, ValueError):
        return fallback


@functools.cache
def _with_parts() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each listed sentence that has `{name}` parts, as a pattern that matches it filled."""
    from reflect.ui.widgets.error_sentences import SENTENCES

    found = []
    for template in map(str, SENTENCES):
        names = _PLACE.findall(template)
        if not names or len(set(names)) != len(names):
            continue
        pieces = _PLACE.split(template)  # literal, name, literal, name, ..., literal
        pattern = "".join(
            re.escape(piece) if i % 2 == 0 else f"(?P<{piece}>.+?)"
            for i, piece in enumerate(pieces)
        )
        found.append((re.compile(pattern, re.DOTALL), template))
    return tuple(found)
