"""The demo journal: built for real in tmp_path, opened with its passphrase, and read back."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from reflect.content import load_library
from reflect.content.themes import THEME_IDS
from reflect.demo import (
    DEMO_PASSPHRASE,
    DEMO_SEARCH_WORD,
    DEMO_SUPERVISOR,
    create_demo_journal,
    demo_reflections,
)
from reflect.domain.library import Library
from reflect.domain.prompt import SCALE_MAX, SCALE_MIN, AnswerKind
from reflect.domain.reflection import Reflection, ShareState, Status
from reflect.storage.journal import Journal
from reflect.storage.paths import JournalPaths

# A Wednesday, so some entries fall back from a weekend onto the Friday before.
TODAY = dt.date(2026, 3, 11)

# A light de-identification check: these should never appear as words in demo text.
COMMON_FIRST_NAMES = (
    "Maria", "Jose", "James", "John", "Mary", "Michael", "Jennifer", "Linda", "David",
    "Sarah", "Jessica", "Ashley", "Emily", "Emma", "Olivia", "Sophia", "Isabella", "Ava",
    "Mia", "Liam", "Noah", "Ethan", "Mason", "Jacob", "Aiden", "Jayden", "Daniel", "Luis",
    "Carlos", "Aaliyah", "Destiny", "Brianna", "Tyler", "Kayla",
)  # fmt: skip
NAME_WORD = re.compile(r"\b(" + "|".join(COMMON_FIRST_NAMES) + r")\b")
# Seven or more digits, allowing the usual separators: anything shaped like a phone number.
PHONE_LIKE = re.compile(r"\d(?:[\s().-]*\d){6,}")


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library()


@pytest.fixture(scope="module")
def journal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Journal]:
    """The demo journal, created once and opened with the demo passphrase."""
    folder = tmp_path_factory.mktemp("demo")
    create_demo_journal(folder, TODAY)
    opened = Journal.open(JournalPaths(folder), DEMO_PASSPHRASE, auto_backup=False)
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def stored(journal: Journal) -> list[Reflection]:
    return [journal.get_reflection(uuid) for uuid in journal.list_all().uuids]


def _texts(reflections: list[Reflection]) -> Iterator[str]:
    for reflection in reflections:
        yield reflection.notes
        for answer in reflection.answers:
            yield answer.text


def test_about_twenty_reflections_over_the_last_six_weeks(stored: list[Reflection]) -> None:
    assert 18 <= len(stored) <= 24
    assert len({r.uuid for r in stored}) == len(stored)
    for reflection in stored:
        assert TODAY - dt.timedelta(days=45) <= reflection.visit_date < TODAY
        assert reflection.visit_date.weekday() < 5


def test_the_demo_is_the_same_every_time() -> None:
    assert demo_reflections(TODAY) == demo_reflections(TODAY)


def test_every_answer_belongs_to_its_template_in_template_order(
    stored: list[Reflection], library: Library
) -> None:
    for reflection in stored:
        template = library.template(reflection.template_id)
        order = [prompt.id for prompt in template.prompts]
        ids = [answer.prompt_id for answer in reflection.answers]
        for prompt_id in ids:
            library.prompt(prompt_id)  # KeyError for an id no template has
            assert library.template_of(prompt_id).id == reflection.template_id
        assert ids == sorted(ids, key=order.index)


def test_scale_and_choice_answers_are_valid(stored: list[Reflection], library: Library) -> None:
    for reflection in stored:
        for answer in reflection.answers:
            prompt = library.prompt(answer.prompt_id)
            if prompt.kind is AnswerKind.SCALE:
                assert SCALE_MIN <= int(answer.text) <= SCALE_MAX
            elif prompt.kind is AnswerKind.CHOICE:
                assert answer.text in prompt.choices


def test_complete_reflections_answer_every_required_prompt(
    stored: list[Reflection], library: Library
) -> None:
    for reflection in stored:
        if reflection.status is not Status.COMPLETE:
            continue
        required = {
            p.id for p in library.template(reflection.template_id).prompts if not p.optional
        }
        assert required <= {answer.prompt_id for answer in reflection.answers}


def test_most_reflections_follow_a_visit_and_the_rest_use_the_other_templates(
    stored: list[Reflection],
) -> None:
    templates = [r.template_id for r in stored]
    assert templates.count("after-visit") >= len(stored) * 3 // 4
    assert {"quick-check-in", "before-supervision", "after-supervision"} <= set(templates)


def test_several_families_by_code(journal: Journal, stored: list[Reflection]) -> None:
    codes = {code.code for code in journal.family_codes()}
    assert 5 <= len(codes) <= 6
    assert {r.family_code for r in stored} == codes
    for code in codes:
        assert len(code) <= 5  # a short code, never a name


def test_a_mix_of_statuses_share_states_kinds_and_themes(stored: list[Reflection]) -> None:
    statuses = [r.status for r in stored]
    assert statuses.count(Status.DRAFT) in (1, 2, 3)
    assert statuses.count(Status.COMPLETE) >= 15
    shares = [r.share_state for r in stored]
    assert shares.count(ShareState.TO_SHARE) >= 2
    assert ShareState.SHARED in shares
    assert len({r.visit_kind for r in stored}) >= 4
    assert len({r.duration_minutes for r in stored}) >= 4
    themes = {theme for r in stored for theme in r.themes}
    assert themes <= THEME_IDS
    assert len(themes) >= 6


def test_one_or_two_private_answers(stored: list[Reflection]) -> None:
    private = [a for r in stored for a in r.answers if a.private]
    assert 1 <= len(private) <= 2


def test_search_finds_the_demo_word_in_several_reflections(journal: Journal) -> None:
    hits = journal.search(DEMO_SEARCH_WORD)
    assert len(hits) >= 5
    assert len({hit.summary.family_code for hit in hits}) >= 3


def test_no_text_looks_like_a_name_or_a_phone_number(stored: list[Reflection]) -> None:
    for text in _texts(stored):
        assert not NAME_WORD.search(text), text
        assert not PHONE_LIKE.search(text), text


def test_supervisor_comments_on_shared_reflections(
    journal: Journal, stored: list[Reflection]
) -> None:
    comments = [c for r in stored for c in journal.comments_for(r.uuid)]
    assert 1 <= len(comments) <= 2
    by_uuid = {r.uuid: r for r in stored}
    for comment in comments:
        assert comment.author == DEMO_SUPERVISOR
        assert by_uuid[comment.reflection_uuid].share_state is ShareState.SHARED
        assert comment.created_at.date() >= by_uuid[comment.reflection_uuid].visit_date
    on_answer = [c for c in comments if c.prompt_id is not None]
    assert on_answer
    for comment in on_answer:
        assert by_uuid[comment.reflection_uuid].answer(str(comment.prompt_id)) is not None


def test_two_sessions_discussing_earlier_reflections_and_one_check_in(
    journal: Journal, stored: list[Reflection]
) -> None:
    sessions = journal.sessions()
    assert len(sessions) == 2
    by_uuid = {r.uuid: r for r in stored}
    for session in sessions:
        assert session.provider == DEMO_SUPERVISOR
        assert session.reflection_uuids
        for reflection_uuid in session.reflection_uuids:
            assert by_uuid[reflection_uuid].visit_date <= session.date
            assert by_uuid[reflection_uuid].share_state is ShareState.SHARED
    (check_in,) = journal.check_ins()
    assert check_in.heaviness is not None
    assert check_in.created_at.date() < TODAY


def test_the_demo_works_without_a_date(tmp_path: Path) -> None:
    create_demo_journal(tmp_path)
    with Journal.open(JournalPaths(tmp_path), DEMO_PASSPHRASE, auto_backup=False) as journal:
        assert journal.count_reflections() == len(demo_reflections(dt.date.today()))
