"""The check meets its targets on a labelled corpus of realistic reflection lines."""

from __future__ import annotations

from reflect.exchange.deidentify import check
from tests.helpers.deidentify_corpus import KINDS, load, score


def test_corpus_is_large_balanced_and_labelled() -> None:
    corpus = load()
    kinds = [line.kind for line in corpus.lines]
    assert len(kinds) >= 200
    holding = sum(kind is not None for kind in kinds)
    assert abs(holding - (len(kinds) - holding)) <= len(kinds) // 10
    assert {kind for kind in kinds if kind is not None} == set(KINDS)
    assert len(corpus.held_out().lines) >= 60


def test_check_finds_97_percent_of_identifiers_with_at_most_2_percent_false_alarms() -> None:
    figures = score(load(), check)
    assert figures["recall"] >= 0.97, figures["missed"]
    assert figures["false_positive_rate"] <= 0.02, figures["false_positives"]
    assert min(figures["per_kind_recall"].values()) >= 0.9, figures["per_kind_recall"]
