"""An error's sentence in the language of the screens.

Errors are raised below the screens (storage, exchange, the domain), which never import Qt:
their sentences are written in English there, listed for translation in `error_sentences`,
and translated here, where they are shown.
"""

from __future__ import annotations

import collections

from PySide6.QtCore import QCoreApplication

from reflect.domain.errors import FileProblem, ReflectError


def said(error: ReflectError) -> str:
    """The sentence to show for `error`, translated when a translation has it.

    A sentence that names a file is translated with its places still empty, then filled.
    """
    if isinstance(error, FileProblem):
        # A place the translation misspelt stays empty rather than failing.
        return say(error.template).format_map(collections.defaultdict(str, error.details))
    return say(error.sentence)


def say(sentence: str) -> str:
    """An error sentence (as storage or exchange wrote it) in the screens' language."""
    return QCoreApplication.translate("ErrorSentences", sentence)
