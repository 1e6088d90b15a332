"""`reflect import`: show what a file or folder would bring, then add it to the journal."""

from __future__ import annotations

import argparse
from pathlib import Path

from reflect.cli.opening import open_journal
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
    """What the import would bring, in a few lines (the first reflections named)."""
    lines = [
        f"{summary.source} ({KINDS[summary.kind]}):",
        f"  {summary.reflections} reflection(s), {summary.new_reflections} new "
        f"({summary.already_here} already in this journal)",
    ]
    if summary.kind is ImportKind.REFLECT:
        lines.append(
            f"  {summary.comments} comment(s), {summary.sessions} supervision session(s), "
            f"{summary.check_ins} check-in(s), {summary.private_answers} private answer(s)"
        )
    else:
        lines.append(f"  each with the family code {family_code.strip().upper()}")
    if summary.skipped:
        lines.append(f"  {summary.skipped} left out ({summary.skipped_what})")
    if summary.first and summary.last:
        lines.append(f"  from {summary.first.isoformat()} to {summary.last.isoformat()}")
    if summary.titles:
        lines.append("  the first of them:")
        lines += [
            f"    {t.day.isoformat()}  {t.family_code or '-':<8} {t.words}" for t in summary.titles
        ]
    return "\n".join(lines)


def outcome_text(outcome: ImportOutcome) -> str:
    """What was added, and the backup taken before it."""
    if not (outcome.reflections or outcome.sessions or outcome.check_ins or outcome.question_sets):
        return "Nothing was added: this journal already has everything in it."
    lines = [
        f"Imported {outcome.reflections} reflection(s), {outcome.comments} comment(s), "
        f"{outcome.sessions} supervision session(s) and {outcome.check_ins} check-in(s)."
    ]
    if outcome.already_here:
        lines.append(f"{outcome.already_here} reflection(s) already here were left as they were.")
    if outcome.backup:
        lines.append(f"A backup was taken first: {outcome.backup}")
    return "\n".join(lines)
