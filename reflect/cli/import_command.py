"""`reflect import`: show what a file or folder would bring, then add it to the journal."""

from __future__ import annotations

import argparse
from pathlib import Path

from reflect.cli.opening import open_journal
from reflect.cli.report import figures
from reflect.domain.journal_import import ImportKind, ImportOutcome, ImportSummary

KINDS = {
    "jrnl": "jrnl journal",
    "dayone": "Day One export",
    "markdown": "folder of Markdown files",
    "reflect": "Reflect export",
}


def bring_in(args: argparse.Namespace) -> None:
    """Print the preview; unless --dry-run, import and say what was added."""
    from reflect.exchange.foreign_entries import import_code
    from reflect.exchange.import_run import prepare_import, run_import

    kind = ImportKind(args.source)
    if kind is not ImportKind.REFLECT:
        import_code(args.family_code)  # a wrong code is said before anything is read
    path = Path(args.path).expanduser().absolute()
    with open_journal(args) as journal:
        prepared = prepare_import(journal, kind, path)
        print(preview_text(prepared.summary, args.family_code))
        if args.dry_run:
            print("Nothing was imported (--dry-run).")
            return
        outcome = run_import(journal, prepared, family_code=args.family_code)
    print(outcome_text(outcome))


def preview_text(summary: ImportSummary, family_code: str) -> str:
    """What the import would bring, one figure a line, then the first reflections named."""
    rows: list[tuple[str, object]] = [
        ("reflections", summary.reflections),
        ("new to this journal", summary.new_reflections),
        ("already in this journal", summary.already_here),
    ]
    if summary.kind is ImportKind.REFLECT:
        rows += [
            ("comments", summary.comments),
            ("supervision sessions", summary.sessions),
            ("check-ins", summary.check_ins),
            ("private answers", summary.private_answers),
        ]
    else:
        rows.append(("family code given", family_code.strip().upper()))
    if summary.skipped:
        rows.append((f"left out ({summary.skipped_what})", summary.skipped))
    if summary.first and summary.last:
        rows.append(("visit dates", f"{summary.first.isoformat()} to {summary.last.isoformat()}"))
    lines = [figures(f"{summary.source} ({KINDS[summary.kind]}):", rows)]
    if summary.titles:
        lines.append("  the first of them:")
        lines += [
            f"    {t.day.isoformat()}  {t.family_code or '-':<8} {t.words}" for t in summary.titles
        ]
    return "\n".join(lines)


def outcome_text(outcome: ImportOutcome) -> str:
    """What was added, and the backup taken before it."""
    added = (outcome.reflections, outcome.comments, outcome.sessions, outcome.check_ins)
    if not (any(added) or outcome.question_sets):
        return "Nothing was added: this journal already has everything in it."
    said = figures(
        "Imported:",
        [
            ("reflections", outcome.reflections),
            ("comments", outcome.comments),
            ("supervision sessions", outcome.sessions),
            ("check-ins", outcome.check_ins),
            ("already here, left as they were", outcome.already_here),
        ],
    )
    if outcome.backup:
        said += f"\nA backup was taken first: {outcome.backup}"
    return said
