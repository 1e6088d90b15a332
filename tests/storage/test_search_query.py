"""What a visitor types never breaks the search, and matches are marked where they are."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reflect.domain.search import MARK_END, MARK_START
from reflect.storage.search_query import Matcher, parse, to_fts


def test_words_phrases_and_prefixes() -> None:
    terms = parse('baby "felt safe" sooth* ok')
    # a typed word finds the words it starts; a phrase stays whole; two letters stay whole
    assert to_fts(terms) == '"baby"* "felt safe" "sooth"* "ok"'


def test_the_start_of_a_word_finds_the_word() -> None:
    matcher = Matcher(parse("laugh"))
    assert f"{MARK_START}laughed{MARK_END}" in matcher.snippet("The baby laughed at the dog.")


def test_operators_and_stray_quotes_are_plain_words() -> None:
    assert to_fts(parse('NOT baby OR "mum')) == '"NOT"* "baby"* "OR" "mum"'
    assert parse("— ... !!") == ()


def test_snippet_marks_each_match_case_and_accent_blind() -> None:
    matcher = Matcher(parse("cafe sooth*"))
    text = "At the Café she soothed him; later, soothing came easier."
    snippet = matcher.snippet(text)
    assert f"{MARK_START}Café{MARK_END}" in snippet
    assert f"{MARK_START}soothed{MARK_END}" in snippet
    assert f"{MARK_START}soothing{MARK_END}" in snippet


def test_phrase_matches_only_in_order() -> None:
    matcher = Matcher(parse('"felt safe"'))
    assert matcher.score("I felt safe there") == 1
    assert matcher.score("safe, I felt") == 0


@given(st.text(max_size=200))
def test_any_typed_text_gives_a_well_formed_query(typed: str) -> None:
    query = to_fts(parse(typed))
    assert query.count('"') % 2 == 0


def test_a_match_deep_in_a_long_answer_is_shown_with_its_neighbours() -> None:
    words = [f"word{n}" for n in range(5000)]
    words[3000] = "Zephyr"
    snippet = Matcher(parse("zephyr")).snippet(" ".join(words))
    assert snippet.startswith("…word2994 ")
    assert f"{MARK_START}Zephyr{MARK_END}" in snippet
    assert snippet.endswith("word3017…")


def test_a_word_is_marked_only_where_a_word_begins() -> None:
    matcher = Matcher(parse("aa"))
    assert matcher.spans("baa aa_aa xaa AA") == [(4, 6), (7, 9), (14, 16)]
    assert Matcher(parse('"a a"')).spans("ba a a") == [(3, 6)]


@given(
    st.lists(st.sampled_from(["baby", "Baby", "the", "a", "the baby", ".", "_", "ba"]), max_size=40)
)
def test_which_answer_holds_most_matches_is_counted_alike_one_by_one_or_together(
    pieces: list[str],
) -> None:
    matcher = Matcher(parse('baby "the baby" ba*'))
    texts = [" ".join(pieces[i : i + 3]) for i in range(0, len(pieces), 3)]
    assert matcher.scores(texts) == [matcher.score(text) for text in texts]
