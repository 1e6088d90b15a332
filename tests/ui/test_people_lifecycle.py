"""People on screen: keys pasted from anywhere, and removing a person with a confirmation."""

from __future__ import annotations

from reflect.exchange.identity import Identity
from reflect.ui.main_window import MainWindow
from tests.ui.test_people_and_inbox import _people


def test_a_changed_key_is_refused_with_a_sentence_and_the_pasted_text_stays(
    unlocked: MainWindow,
) -> None:
    people = _people(unlocked)
    good = Identity.generate().public()
    recipient = good.age_recipient
    changed = good.line.replace(recipient, recipient[:-1] + ("q" if recipient[-1] != "q" else "p"))
    people.name.setText("Dana")
    people.line.setPlainText(changed)
    people.add_button.click()
    assert "first part (age1…) does not check out" in people.outcome.text()
    assert "paste it again" in people.outcome.text()
    assert people.line.toPlainText() == changed
    assert people.name.text() == "Dana"
    assert people.people.topLevelItemCount() == 0


def test_a_key_pasted_from_a_word_processor_is_added_as_the_real_key(
    unlocked: MainWindow,
) -> None:
    people = _people(unlocked)
    good = Identity.generate().public()
    people.name.setText("Dana")
    pasted = "\ufeff" + good.line[:25] + "\u200b" + good.line[25:].replace(":", ":\u00a0") + "\n"
    people.line.setPlainText(pasted.replace("reflect-contact", "Reflect\u2013contact"))
    people.add_button.click()
    assert good.fingerprint in people.outcome.text()
    (contact,) = unlocked.session.supervision().contacts()
    assert contact.line == good.line
    assert people.people.topLevelItem(0).text(2) == good.fingerprint
