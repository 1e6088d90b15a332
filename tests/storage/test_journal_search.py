"""Search through the Journal: words found however the tokenizer folds them, filters that
reach beyond the ranking window."""

from __future__ import annotations

import pytest

from reflect.domain.search import ReflectionFilter
from reflect.storage import search_store
from reflect.storage.journal import Journal
from tests.helpers.journals import reflection


def test_empty_filter_fields_and_filtered_search_beyond_the_ranking_window(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = journal.add_reflection(reflection("lantern", code="OLD"))
    journal.add_reflections(reflection("lantern", code="NEW") for _ in range(5))
    assert journal.search("lantern", filter=ReflectionFilter(family_code="", theme=""))
    monkeypatch.setattr(search_store, "RANK_WINDOW", 2)
    hits = journal.search("lantern", filter=ReflectionFilter(family_code="OLD"))
    assert [h.summary.uuid for h in hits] == [old.uuid]


def test_words_the_tokenizer_folds_differently_are_still_found(journal: Journal) -> None:
    saved = journal.add_reflection(reflection("Straße Café"))
    assert [h.summary.uuid for h in journal.search("straße")] == [saved.uuid]
    assert [h.summary.uuid for h in journal.search("cafe")] == [saved.uuid]
