"""The content ships inside the wheel and loads from there, with no checkout in sight."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from reflect.content import load_library

PROBE = textwrap.dedent(
    """
    import json, sys
    sys.path.insert(0, sys.argv[1])
    from reflect.content import load_library, resources_folder
    import reflect
    library = load_library()
    print(json.dumps({
        "package": reflect.__file__,
        "resources": str(resources_folder()),
        "cards": len(library.cards),
        "templates": len(library.templates),
        "prompts": sum(len(t.prompts) for t in library.templates),
    }))
    """
)


def test_content_loads_from_an_installed_wheel(installed_wheel: Path, tmp_path: Path) -> None:
    target = installed_wheel
    # -I -S: no site-packages, no PYTHONPATH, no current folder, so the editable checkout
    # cannot be imported; the content needs only the standard library.
    probe = subprocess.run(
        [sys.executable, "-I", "-S", "-c", PROBE, str(target)],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    found = json.loads(probe.stdout)
    here = load_library()
    assert Path(found["package"]).is_relative_to(target)
    assert Path(found["resources"]) == target / "reflect" / "resources"
    assert found["cards"] == len(here.cards) >= 30
    assert found["templates"] == len(here.templates) >= 7
    assert found["prompts"] == sum(len(t.prompts) for t in here.templates)
