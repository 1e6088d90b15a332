"""The packet format is open: the standard `age` tool decrypts it, our code checks the signature.

`make test` installs the `age` command (Debian package `age`) before the tests run; without
it this test fails rather than skips, because an unchecked format claim is worse than none.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from reflect.domain.errors import PacketRejected
from reflect.exchange.identity import Identity
from reflect.exchange.packet import open_packet, seal, verify_document

BODY = {
    "reflections": [
        {
            "uuid": "2f0c6a1e-4c1b-4f7e-9a51-0f3b1a7c9d10",
            "answers": [{"prompt": "after-visit.seen", "text": "Mom named his frown."}],
        }
    ]
}


def _age() -> str:
    found = shutil.which("age")
    if found is None:
        pytest.fail(
            "The `age` command-line tool is not installed, so the open-format test cannot run. "
            "`make test` installs it (apt-get install age); install it and run the tests again."
        )
    return found


def _identity_file(folder: Path, identity: Identity) -> Path:
    """The age secret in a file only its owner can read, as `age -i` expects it."""
    path = folder / "supervisor.key"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as out:
        out.write(identity.age_secret + "\n")
    return path


def _age_decrypt(age: str, key: Path, packet: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [age, "--decrypt", "-i", str(key), str(packet)],
        capture_output=True,
        timeout=60,
        check=False,
    )


def test_age_tool_decrypts_a_packet_and_our_code_verifies_it(tmp_path: Path) -> None:
    age = _age()
    visitor, supervisor = Identity.generate(), Identity.generate()
    raw, header = seal(visitor, supervisor.public("Dana"), "supervision", BODY, sequence=4)
    packet_file = tmp_path / "to-dana.reflect-packet"
    packet_file.write_bytes(raw)
    key = _identity_file(tmp_path, supervisor)
    assert key.stat().st_mode & 0o777 == 0o600

    result = _age_decrypt(age, key, packet_file)

    assert result.returncode == 0, result.stderr.decode(errors="replace")
    document = json.loads(result.stdout)
    assert set(document) == {"header", "body", "signature"}
    assert document["body"] == BODY
    packet = verify_document(
        result.stdout, [visitor.public("Visitor")], recipient_key_id=supervisor.public().key_id
    )
    assert packet.header == header
    assert packet.body == BODY
    # The same bytes open the same way through the app's own path.
    assert open_packet(raw, supervisor, [visitor.public("Visitor")]) == packet


def test_what_age_decrypts_is_still_checked_by_signature_and_recipient(tmp_path: Path) -> None:
    age = _age()
    visitor, supervisor, stranger = Identity.generate(), Identity.generate(), Identity.generate()
    raw, _ = seal(visitor, supervisor.public(), "supervision", BODY, sequence=1)
    packet_file = tmp_path / "packet.reflect-packet"
    packet_file.write_bytes(raw)
    result = _age_decrypt(age, _identity_file(tmp_path, supervisor), packet_file)
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    me = supervisor.public().key_id

    altered = result.stdout.replace(b"Mom named", b"Dad named")
    assert altered != result.stdout
    with pytest.raises(PacketRejected, match="not signed by one of your contacts"):
        verify_document(altered, [visitor.public()], recipient_key_id=me)
    with pytest.raises(PacketRejected, match="not signed by one of your contacts"):
        verify_document(result.stdout, [stranger.public()], recipient_key_id=me)
    with pytest.raises(PacketRejected, match="not addressed to you"):
        verify_document(
            result.stdout, [visitor.public()], recipient_key_id=stranger.public().key_id
        )


def test_age_tool_refuses_someone_elses_identity(tmp_path: Path) -> None:
    age = _age()
    visitor, supervisor, stranger = Identity.generate(), Identity.generate(), Identity.generate()
    raw, _ = seal(visitor, supervisor.public(), "supervision", BODY, sequence=1)
    packet_file = tmp_path / "packet.reflect-packet"
    packet_file.write_bytes(raw)

    result = _age_decrypt(age, _identity_file(tmp_path, stranger), packet_file)

    assert result.returncode != 0
    assert b"Mom named" not in result.stdout
