"""`python -m reflect.content` and its `--coverage` report."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from reflect.content.__main__ import main
from reflect.content.coverage import best_heading
from reflect.content.seeds import SEEDS
from tests.helpers.content_factory import card, card_text, write_content

SLIDES = "004_37469a7726b6cefc.txt"


def _content(tmp_path: Path) -> Path:
    """Two cards: one cites a slide heading, one cites a place that is no heading."""
    sources = [{"seed": SLIDES, "where": "Rupture & Repair slide"}]
    nowhere = [{"seed": SLIDES, "where": "a slide that is not there"}]
    return write_content(
        tmp_path / "content",
        cards={
            "alpha.md": card_text(card("alpha", sources=sources)),
            "beta.md": card_text(card("beta", sources=nowhere)),
        },
    )


def _seeds(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for seed in SEEDS:
        (seeds / seed.file).write_text("Intro\n\nSome text.\n", encoding="utf-8")
    (seeds / SLIDES).write_text(
        "Rupture & Repair\n\n- text\n\nTemperament\n\n- more\n", encoding="utf-8"
    )
    return seeds


def test_coverage_lists_used_and_unused_headings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content, seeds = _content(tmp_path), _seeds(tmp_path)
    # one cited place matches no heading: the report says which, and the check fails
    assert main(["--coverage", "--resources", str(content), "--seeds", str(seeds)]) == 1
    out = capsys.readouterr().out
    slides = out.split(SLIDES, 1)[1]
    assert "cited by 2 cards" in slides
    assert "headings drawn from (1):\n    Rupture & Repair: alpha" in slides
    assert "headings no card uses yet (1):\n    Temperament" in slides
    assert "cited places that match no heading:\n    a slide that is not there" in slides
    assert "headings no card uses yet (1):\n    Intro" in out


def test_coverage_without_seed_files_still_shows_what_cards_cite(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content = _content(tmp_path)
    assert main(["--coverage", "--resources", str(content), "--seeds", str(tmp_path / "none")]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Seed files not found in {tmp_path / 'none'}")
    assert "Rupture & Repair slide: alpha" in out
    assert all(seed.file in out for seed in SEEDS)


def test_plain_run_checks_the_content(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    content = _content(tmp_path)
    assert main(["--resources", str(content)]) == 0
    assert (
        capsys.readouterr().out
        == "Content is valid: 2 cards, 1 templates, 1 prompts, in English.\n"
    )


def test_broken_content_exits_with_the_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content = _content(tmp_path)
    (content / "cards" / "beta.md").write_text("no front matter\n", encoding="utf-8")
    assert main(["--coverage", "--resources", str(content)]) == 1
    assert "cards/beta.md: front matter:" in capsys.readouterr().err


def test_the_module_runs_on_the_shipped_content() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "reflect.content", "--coverage"],
        check=True,
        capture_output=True,
        text=True,
    )
    assert all(seed.file in done.stdout for seed in SEEDS)


def test_best_heading_is_the_longest_that_fits() -> None:
    found = ["Infant Mental Health", "What is Infant Mental Health?", "Attachment"]
    assert (
        best_heading("What is Infant Mental Health? slide", found)
        == "What is Infant Mental Health?"
    )
    assert best_heading("Attachment & Attunement", found) == "Attachment"
    assert best_heading("Attached notes", found) is None


def test_a_misquotation_or_an_unmatched_place_fails_the_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seeds = _seeds(tmp_path)
    (seeds / SLIDES).write_text(
        "Rupture & Repair\n\n- Repair is what matters most.\n", encoding="utf-8"
    )
    sources = [{"seed": SLIDES, "where": "Rupture & Repair slide"}]
    good = card_text(
        card("alpha", sources=sources), "As the slides put it, “repair is what matters most.”\n"
    )
    content = write_content(tmp_path / "good", cards={"alpha.md": good})
    assert main(["--coverage", "--resources", str(content), "--seeds", str(seeds)]) == 0
    wrong = card_text(
        card("alpha", sources=sources), "As the slides put it, “repair is all that matters.”\n"
    )
    content = write_content(tmp_path / "wrong", cards={"alpha.md": wrong})
    assert main(["--coverage", "--resources", str(content), "--seeds", str(seeds)]) == 1
    out = capsys.readouterr().out
    assert "quotations not found word for word" in out
    assert "alpha: “repair is all that matters.”" in out
    assert main(["--coverage", "--resources", str(_content(tmp_path)), "--seeds", str(seeds)]) == 1


@pytest.mark.parametrize(
    ("quotation", "code"), [("“Repair is what matters most.”", 0), ("“Repair is all.”", 1)]
)
def test_a_quotation_on_its_own_line_is_checked_against_the_line_introducing_it(
    tmp_path: Path, quotation: str, code: int
) -> None:
    seeds = _seeds(tmp_path)
    (seeds / SLIDES).write_text(
        "Rupture & Repair\n\n- Repair is what matters most.\n", encoding="utf-8"
    )
    sources = [{"seed": SLIDES, "where": "Rupture & Repair slide"}]
    body = f"Caldbeck's training puts it this way:\n\n{quotation}\n"
    content = write_content(
        tmp_path / "c", cards={"alpha.md": card_text(card("alpha", sources=sources), body)}
    )
    assert main(["--coverage", "--resources", str(content), "--seeds", str(seeds)]) == code
