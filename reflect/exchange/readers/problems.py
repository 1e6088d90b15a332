"""Why a file of another journal could not be read: fixed sentences, the file named beside.

Every refusal names the file (and the line, where one is to blame) in attributes, never in
the sentence: the sentence is fixed, so the screens can translate it, and it holds no text
of the journal. A screen shows `where` (translated its own way) in front of the sentence;
the command line can print `located`. Nothing of a refused file is returned, not even the
entries read before the problem.
"""

from __future__ import annotations

from reflect.domain.errors import ReflectError


class ImportRefused(ReflectError):
    """A file or folder to import that was not read; `file` names it, `line` the line."""

    message = "This file could not be read, so nothing was imported from it."

    def __init__(
        self,
        message: str | None = None,
        *,
        file: str,
        line: int | None = None,
        entry: int | None = None,
    ) -> None:
        super().__init__(message)
        self.file = file
        """The file's name (inside a chosen folder or .zip: its path from there)."""
        self.line = line
        """The line to look at, counted from 1, when one line is to blame."""
        self.entry = entry
        """In a JSON export, the entry to look at, counted from 1, when one is to blame."""

    @property
    def where(self) -> str:
        """The file and the line or entry, in English: `journal.txt, line 12`."""
        if self.line is not None:
            return f"{self.file}, line {self.line}"
        if self.entry is not None:
            return f"{self.file}, entry {self.entry}"
        return self.file

    @property
    def located(self) -> str:
        """The sentence with the place in front, for the command line and tests."""
        return f"{self.where}: {self.sentence}"


class ImportNotFound(ImportRefused):
    """The chosen file or folder is not there (any more)."""

    message = "This file or folder is not there any more. Check where it is, then choose it again."


class ImportUnreadable(ImportRefused):
    """The system refused to let the file be read (permissions, a disk gone)."""

    message = (
        "Reflect could not open this file. Check that you may open it and that its disk "
        "is still connected, then try again."
    )


class ImportTooLarge(ImportRefused):
    """Over one of the limits in `limits`; the sentence says which, and nothing was read."""


TEXT_TOO_LARGE = (
    "This file is larger than 50 MB, far more than a journal's text, so it was not read. "
    "Check that you chose the journal file."
)
ZIP_TOO_LARGE = (
    "This .zip file is larger than 200 MB, so it was not read. Export the journal again "
    "without photos, or export its JSON file alone."
)
ZIP_BOMB = (
    "This .zip file would unpack to far more than a journal's text, so it was not opened. "
    "Export the journal from Day One again."
)
ZIP_TOO_MANY = (
    "This .zip file holds more files than a Day One export does, so it was not opened. "
    "Check that you chose the export."
)
FOLDER_TOO_LARGE = (
    "The Markdown notes in this folder come to more than 50 MB, so none were read. "
    "Choose a smaller folder, or import it a part at a time."
)
FOLDER_TOO_MANY = (
    "This folder holds more than 100,000 files and folders, so it was not read. Choose "
    "the folder that holds only your notes."
)

FOLDER_TOO_DEEP = (
    "This folder has folders inside folders more than 32 deep, so it was not read. "
    "Choose the folder that holds only your notes."
)


class NotAFile(ImportRefused):
    """A folder (or a device, a pipe) where a file is expected."""

    message = "This is a folder, not a file. Choose the journal file inside it, then try again."


NOT_A_REGULAR_FILE = (
    "This is not an ordinary file (it is a device or a pipe), so it was not read. "
    "Choose the journal file itself."
)


class NotAFolder(ImportRefused):
    """A file where the folder of Markdown notes is expected."""

    message = (
        "This is a file, not a folder. Choose the folder that holds your Markdown notes, "
        "then try again."
    )


class NotText(ImportRefused):
    """Binary bytes where text is expected."""

    message = (
        "This file is not text (it may be a picture, a program or a damaged file), so it "
        "was not read. Check that you chose the journal file."
    )


JRNL_NOT_TEXT = (
    "This file is not text, so it was not read. If it is an encrypted jrnl journal, "
    "decrypt it with jrnl first (jrnl --decrypt), then choose the decrypted file."
)


class NotUtf8(ImportRefused):
    """Text that is not UTF-8; `line` is the first line that is not."""

    message = (
        "This line is not UTF-8 text, so the file was not read. Open the file in a text "
        "editor, save it as UTF-8, then try again."
    )


class EncryptedJrnl(ImportRefused):
    """A jrnl journal that jrnl encrypted: only jrnl (with its password) can open it."""

    message = (
        "This jrnl journal is encrypted. Decrypt it with jrnl first (jrnl --decrypt), then "
        "choose the decrypted file."
    )


class WrongFormat(ImportRefused):
    """The file is readable but not of the kind chosen; the sentence says what it seems."""


NOT_JRNL = (
    "This file is not a jrnl journal: its entries should each start with a date in "
    "brackets, like [2024-03-05 09:30]. Check that you chose the journal file."
)
JRNL_TEXT_BEFORE_FIRST_DATE = (
    "This line comes before the first entry's date, so the file does not read as a jrnl "
    "journal. Each entry should start with a date in brackets, like [2024-03-05 09:30]."
)
NOT_JRNL_JSON = (
    "This JSON file is not a jrnl export. Export the journal with jrnl --format json, or "
    "choose the journal file itself."
)
DAYONE_GIVEN_AS_JRNL = (
    "This file is a Day One export, not a jrnl journal. Choose Day One as the kind of "
    "journal, then try again."
)
ZIP_GIVEN_AS_JRNL = (
    "This is a .zip file, not a jrnl journal. If it is a Day One export, choose Day One "
    "as the kind of journal; if not, unzip it and choose the journal file inside."
)
NOT_DAYONE = (
    "This file is not a Day One export. Export your journal from Day One as JSON, then "
    "choose the .zip file or the .json file inside it."
)
JRNL_GIVEN_AS_DAYONE = (
    "This file is a jrnl journal, not a Day One export. Choose jrnl as the kind of "
    "journal, then try again."
)
DAYONE_ZIP_WITHOUT_JOURNAL = (
    "This .zip file holds no Day One journal (no .json file). Export your journal from "
    "Day One as JSON, then try again."
)


class DamagedImport(ImportRefused):
    """The file is of the kind chosen but broken: cut short, or a part missing."""


JSON_DAMAGED = (
    "This JSON file is damaged or cut short (it may not have finished copying), so it "
    "was not read. Export the journal again, then try again."
)
JRNL_ENTRY_DAMAGED = (
    "An entry of this jrnl export is missing its date, title or text. Export the journal "
    "again with jrnl --format json, then try again."
)
DAYONE_ENTRY_DAMAGED = (
    "An entry of this Day One export is missing its date or its id. Export the journal "
    "from Day One again, then try again."
)
ZIP_DAMAGED = (
    "This .zip file is damaged or cut short, so it was not read. Export the journal from "
    "Day One again, then try again."
)


class ZipEscapes(ImportRefused):
    """A .zip whose file names point outside it (`../`, `/etc/`): never opened at all."""

    message = (
        "This .zip file holds names that point outside it, which a Day One export never "
        "does, so it was not opened."
    )


class BadDate(ImportRefused):
    """A date that does not read as a date; `line` (or `entry`) says where."""


JRNL_BAD_DATE = (
    "The date on this line could not be read. Write it as jrnl does, like "
    "[2024-03-05 09:30] or [2024-03-05 09:30:00 AM], then try again."
)
JSON_BAD_DATE = (
    "The date of this entry could not be read. Export the journal again, then try again."
)
MARKDOWN_BAD_DATE = (
    "The date on this line could not be read. Write it like date: 2024-03-05 or "
    "date: 2024-03-05 14:30, then try again."
)
MARKDOWN_NO_DATE = (
    "This note has no date. Add a line date: 2024-03-05 to its front matter, or start "
    "its file name with the date, like 2024-03-05.md, then try again."
)
