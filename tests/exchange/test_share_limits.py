"""What the sender writes, the receiver reads: one set of limits, checked before sending.

A reflection or comment the receiver would refuse is named to the sender (visit date and
family code, and the part that is too long, never its text) before anything is written
or marked.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from reflect.domain import packet_limits
from reflect.domain.comment import Comment
from reflect.domain.errors import InvalidInput, NotShareable
from reflect.domain.reflection import Answer, ShareState
from tests.helpers.exchange_pair import Pair, visit


def _with_answer(text: str, day: int = 9) -> object:
    return dataclasses.replace(
        visit("limit", day=day), answers=(Answer("after-visit.what-happened", text),)
    )


def test_an_answer_at_the_limit_arrives_and_one_over_it_is_named(pair: Pair) -> None:
    at_limit = pair.visitor.journal.add_reflection(
        _with_answer("a" * packet_limits.MAX_TEXT, day=8)  # type: ignore[arg-type]
    )
    over = pair.visitor.journal.add_reflection(
        _with_answer("SECRET-" + "b" * packet_limits.MAX_TEXT, day=9)  # type: ignore[arg-type]
    )
    fine = pair.visitor.journal.add_reflection(visit("fine", day=10))
    chosen = [at_limit.uuid, over.uuid, fine.uuid]
    with pytest.raises(NotShareable) as caught:
        pair.visitor.supervision.export_share(pair.supervisor.key_id, chosen, pair.visitor.folder)
    sentence = caught.value.sentence
    assert "9 November 2026 · KL (an answer is longer than 100,000 characters)" in sentence
    assert "8 November" not in sentence and "10 November" not in sentence
    assert "SECRET" not in sentence and "bbbb" not in sentence
    assert sentence.endswith("Nothing was marked shared.")
    assert list(pair.visitor.folder.iterdir()) == []
    states = {pair.visitor.journal.get_reflection(u).share_state for u in chosen}
    assert states == {ShareState.TO_SHARE}
    # The same check is offered before the identifier check, without writing anything.
    with pytest.raises(NotShareable):
        pair.visitor.supervision.check_share(chosen)
    pair.visitor.supervision.check_share([at_limit.uuid, fine.uuid])
    path = pair.visitor.supervision.export_share(
        pair.supervisor.key_id, [at_limit.uuid, fine.uuid], pair.visitor.folder
    )
    assert pair.supervisor.supervision.import_file(path).count == 2


@pytest.mark.parametrize(
    ("change", "part"),
    [
        ({"duration_minutes": 0}, "the session length must be 1 to 1,440 minutes"),
        ({"notes": "n" * (packet_limits.MAX_TEXT + 1)}, "the notes are longer than"),
        (
            {"answers": tuple(Answer(f"free.{i}", "x") for i in range(201))},
            "it has more than 200 answers",
        ),
        # Under the character limit, yet over the reader's limit once written as JSON.
        ({"notes": "\x01" * 40_000}, "part of it cannot be read by Reflect"),
    ],
)
def test_what_the_receiver_would_refuse_is_named_first(
    pair: Pair, change: dict[str, object], part: str
) -> None:
    saved = pair.visitor.journal.add_reflection(dataclasses.replace(visit("odd"), **change))
    with pytest.raises(NotShareable, match=part):
        pair.visitor.supervision.export_share(
            pair.supervisor.key_id, [saved.uuid], pair.visitor.folder
        )
    assert list(pair.visitor.folder.iterdir()) == []
    assert pair.visitor.journal.get_reflection(saved.uuid).share_state == ShareState.TO_SHARE


def _shared(pair: Pair) -> str:
    uuid = pair.visitor.journal.add_reflection(visit("shared", day=12)).uuid
    path = pair.visitor.supervision.export_share(
        pair.supervisor.key_id, [uuid], pair.visitor.folder
    )
    pair.supervisor.supervision.import_file(path)
    return uuid


def test_a_very_long_comment_is_refused_when_it_is_saved(pair: Pair) -> None:
    uuid = _shared(pair)
    with pytest.raises(InvalidInput, match="too long to send"):
        pair.supervisor.supervision.add_comment(
            pair.visitor.key_id, uuid, None, "c" * (packet_limits.MAX_TEXT + 1)
        )
    assert pair.supervisor.supervision.my_comments(pair.visitor.key_id) == []


def test_a_very_long_comment_kept_from_before_is_named_at_send_time(pair: Pair) -> None:
    uuid = _shared(pair)
    sup = pair.supervisor.supervision
    sup.add_comment(pair.visitor.key_id, uuid, None, "A fine comment.")
    long_one = Comment(uuid, "", "d" * (packet_limits.MAX_TEXT + 1), dt.datetime.now(dt.UTC))
    pair.supervisor.journal.exchange.add_shared_comment(pair.visitor.key_id, long_one)
    with pytest.raises(NotShareable) as caught:
        sup.export_reply(pair.visitor.key_id, pair.supervisor.folder)
    assert "a comment on 12 November 2026 · KL is longer than 100,000" in caught.value.sentence
    assert caught.value.sentence.endswith("Nothing was marked sent.")
    assert "ddd" not in caught.value.sentence
    assert list(pair.supervisor.folder.iterdir()) == []
    assert [c.read for c in sup.my_comments(pair.visitor.key_id)] == [False, False]
