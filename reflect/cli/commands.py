"""Running one command: the journal opened as it needs, and a refusal turned into its
sentence on stderr.

Exit codes: 0 done, 1 refused (with a sentence saying why and what to do), 2 the command
line itself was wrong (argparse says how).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from reflect.crash_dumps import keep_out_of_crash_dumps
from reflect.domain.errors import ReflectError

DONE = 0
REFUSED = 1


def _commands() -> dict[str, Callable[[argparse.Namespace], None]]:
    from reflect.cli.export_command import export
    from reflect.cli.import_command import bring_in
    from reflect.cli.init_command import init
    from reflect.cli.verify_command import verify

    return {"init": init, "import": bring_in, "export": export, "verify": verify}


def run_command(args: argparse.Namespace) -> int:
    """Run `args.command`; its exit code."""
    keep_out_of_crash_dumps()  # before anything is decrypted
    try:
        _commands()[args.command](args)
    except ReflectError as error:
        # A reader of another journal names the file and line beside its sentence.
        located = getattr(error, "located", None)
        print(located if isinstance(located, str) else error.sentence, file=sys.stderr)
        return REFUSED
    except KeyboardInterrupt:
        print("Stopped. Nothing was changed by the part left undone.", file=sys.stderr)
        return REFUSED
    return DONE
