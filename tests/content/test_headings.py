"""Heading extraction from the kinds of plain text the seeds are."""

from __future__ import annotations

from reflect.content.headings import headings, normalize

MARKDOWN = """
# 3 REASONS

## GOOD INFANT MENTAL HEALTH MATTERS

**Toxic stress** from broken relationships can push stress hormones into overdrive.

- **Key Numbers** to Remember:
  - **1 Million Brain Connections** nested, so not a heading
- **someone@example.org** for questions, an address rather than a heading
"""

SLIDES = """
Rupture & Repair



- There are many exchanges in the first year.

Felt Sense of Safety

Evidenced-Based Interventions in Infant Mental Health for Children Younger Than 5 Years Old

Mirror neurons support the child's ability to empathise with the person they are observing

Infants are born with a personal style.

Soothed — helping a child deal with difficult emotions and situations

Form close and secure
adult and peer
relationships...

<http://example.org/endorsement/>
"""

HANDOUT = """About Infant Mental Health

What can affect the quality of these early attachments?
Conditions such as parental depression can threaten early attachment.

[Secondary Traumatic Stress and Burnout in Educators](#) Resources for coping.
"""


def test_markdown_headings_and_bold_lead_ins() -> None:
    assert headings(MARKDOWN) == [
        "3 REASONS",
        "GOOD INFANT MENTAL HEALTH MATTERS",
        "Toxic stress",
        "Key Numbers",
    ]


def test_slide_titles_are_short_lines_on_their_own() -> None:
    assert headings(SLIDES) == [
        "Rupture & Repair",
        "Felt Sense of Safety",
        "Evidenced-Based Interventions in Infant Mental Health"
        " for Children Younger Than 5 Years Old",
    ]


def test_question_lines_and_link_lead_ins_are_headings() -> None:
    assert headings(HANDOUT) == [
        "About Infant Mental Health",
        "What can affect the quality of these early attachments?",
        "Secondary Traumatic Stress and Burnout in Educators",
    ]


def test_each_heading_once() -> None:
    assert headings("Temperament\n\nTemperament\n\nTEMPERAMENT\n") == ["Temperament"]


def test_normalize_ignores_case_ampersands_and_punctuation() -> None:
    assert normalize("Rupture & Repair slide") == "rupture and repair slide"
    assert normalize("4 S’s") == normalize("4 s's") == "4 s's"
