"""Every failure Reflect reports is a `ReflectError`.

Messages are fixed sentences that say what happened and what to do. They never include
journal text, file contents or database parameters, so they are safe to show and to log.
"""

from __future__ import annotations

from collections.abc import Callable


class ReflectError(Exception):
    """Base of every error a user can meet; `str(error)` is a sentence fit to show."""

    message = "Something went wrong. Your text is still here; please try again."

    def __init__(self, message: str | None = None, **details: str) -> None:
        """`message` is a fixed sentence; a part known only at run time (a folder, a
        number) is a `{name}` in it, given as `details`, so the fixed sentence can be
        translated where it is shown and the part put in afterwards."""
        self.template = message or self.message
        self.details = details
        super().__init__(self.template.format_map(details) if details else self.template)

    @property
    def sentence(self) -> str:
        """What happened and what to do, in one or two plain sentences."""
        return str(self.args[0])


class ContentError(ReflectError):
    """A card or template file is invalid; names the file and the field."""

    def __init__(self, file: str, field: str, problem: str) -> None:
        self.file = file
        self.field = field
        self.problem = problem
        super().__init__(f"{file}: {field}: {problem}")


class PassphraseTooShort(ReflectError):
    """A new passphrase is empty or too short."""

    message = "Please choose a passphrase of at least 8 characters."


class WrongPassphrase(ReflectError):
    """The passphrase does not open this journal."""

    message = (
        "That passphrase does not open this journal. Check Caps Lock and try again, "
        "or use your recovery key."
    )


class InvalidRecoveryKey(ReflectError):
    """The recovery key was mistyped (its checksum does not match)."""

    message = (
        "That recovery key has a typing mistake. Check each group of letters and numbers "
        "against your printed copy."
    )


class WrongRecoveryKey(ReflectError):
    """A well-formed recovery key that belongs to another journal."""

    message = (
        "That recovery key does not open this journal. Check that it is the key printed "
        "for this journal."
    )


class DamagedJournal(ReflectError):
    """The journal file is not readable as a journal, or failed its integrity check."""

    message = (
        "The journal file is damaged and cannot be opened. It has not been changed. "
        "You can restore it from a backup."
    )


class JournalMissing(ReflectError):
    """No journal (or an empty file) where one is expected; offers restore, never a new one."""

    message = (
        "The journal file is missing or empty. Nothing has been changed. "
        "You can restore it from a backup."
    )

    def __init__(self, backups: tuple[str, ...] = ()) -> None:
        self.backups = backups
        super().__init__()


class JournalExists(ReflectError):
    """Creating a journal where a file already is: refused, so nothing is overwritten."""

    message = (
        "There is already a journal (or another file) in this folder, so a new one was not "
        "created. Open it, or choose another folder."
    )


class KeyFileMissing(ReflectError):
    """The key slot file is gone: the passphrase cannot open the journal, the recovery key can."""

    message = (
        "The file that lets your passphrase open the journal is missing. "
        "Use your recovery key to open it and set a passphrase again."
    )


class JournalTooNew(ReflectError):
    """The journal was written by a newer version of Reflect."""

    message = (
        "This journal was made by a newer version of Reflect. Please update Reflect to open "
        "it; the journal has not been changed."
    )


class ReadOnlyJournal(ReflectError):
    """The journal file or its folder cannot be written."""

    message = (
        "The journal can be read but not saved: its file or folder is read-only. "
        "Check the folder's permissions, or copy the journal somewhere you can write."
    )


class DiskFull(ReflectError):
    """A save failed because the disk is full."""

    message = "Not saved: the disk is full. Your text is still here."


class StorageFailure(ReflectError):
    """Any other failure to read or write the journal file."""

    message = (
        "Not saved: the journal file could not be written. Your text is still here; "
        "please try again in a moment."
    )


class JournalAlreadyOpen(ReflectError):
    """Another Reflect window or process has this journal open."""

    message = (
        "This journal is already open in another Reflect window. Close that one first, "
        "then try again."
    )


class JournalClosed(ReflectError):
    """The journal is locked or closed; unlock it first."""

    message = "The journal is locked. Unlock it to go on."


class JournalBusy(ReflectError):
    """A restore is replacing the journal; nothing else may read or write it meanwhile."""

    message = "Reflect is restoring your journal. Please wait a moment, then try again."


class NotFound(ReflectError):
    """The reflection (or other item) no longer exists."""

    message = "That item is no longer in the journal; it may have been deleted."


class InvalidInput(ReflectError):
    """A value the journal cannot store as given (for example a negative duration)."""


class PacketRejected(ReflectError):
    """A supervision packet that cannot be trusted or read; nothing from it was imported."""

    message = "This packet is damaged or not addressed to you. Nothing was imported."


class PacketAlreadyImported(ReflectError):
    """The same packet (by id) was imported before: a replay changes nothing."""

    message = "You have already imported this packet. Nothing changed."


class PacketOutOfDate(PacketRejected):
    """An older packet from a contact than one already imported: a rollback is refused."""

    message = (
        "This packet is older than one you already imported from the same person. "
        "Nothing was imported; ask them for their newest packet."
    )


class KeyFileDamaged(KeyFileMissing):
    """The key slot file is there but is not one Reflect wrote: refused before any use."""

    message = (
        "The file that lets your passphrase open the journal is damaged. "
        "Use your recovery key to open the journal and set a passphrase again."
    )


class ForeignKeyFile(ReflectError):
    """The key slot file beside the journal was made for another journal."""

    message = (
        "The key file beside this journal belongs to another journal. Open this journal "
        "with its own recovery key, then set your passphrase again; the other key file "
        "is kept aside, not deleted."
    )


class PacketNotWritten(ReflectError):
    """A packet could not be put in its folder; the sentence names the folder, and nothing
    was marked shared or sent."""

    message = (
        "The packet could not be saved. Check the folder, then try again. Nothing was marked "
        "shared."
    )


class NotShareable(InvalidInput):
    """Something chosen to send breaks a packet limit; the sentence names it (never its text)
    and nothing was written or marked."""


class PacketFromRemovedContact(PacketRejected):
    """A packet signed by someone removed under People: refused until they are added again."""

    message = (
        "This packet is from someone you removed under People. Nothing was imported. If you "
        "work together again, add their exchange key under People, then import it again."
    )


class FileProblem(ReflectError):
    """A fixed sentence that names a file the visitor chose, and where it helps the place
    in it. The sentence with its `{file}` and `{place}` is what is listed for translation;
    `details` fills them in wherever it is shown."""

    def __init__(self, template: str, file: str, place: str | int = "") -> None:
        super().__init__(template, file=file, place=str(place))


class ExportNotWritten(FileProblem):
    """An export could not be written; nothing half-written is left where it was to go."""


class ImportRefused(FileProblem):
    """A file or folder to import could not be read as what it claims to be; nothing from
    it was imported."""


class ExportStopped(ReflectError):
    """An export was stopped before it was finished; nothing was written."""

    message = "The export was stopped before it was finished. No file was written."


class ImportStopped(ReflectError):
    """An import was stopped before it was finished; nothing was added."""

    message = "The import was stopped before it was finished. Nothing was added to your journal."


Failed = Callable[[ReflectError], None]
"""Called (on the window's thread) with the error when work begun beside it did not succeed."""


class FolderHoldsAJournal(ReflectError):
    """The folder chosen for the journal already holds a journal, or a journal's backups."""

    message = (
        "That folder already holds a Reflect journal, or its backups. Your journal is "
        "still where it was. Choose another folder."
    )


class FolderHasOtherFiles(ReflectError):
    """The folder chosen for the journal has files by the names Reflect's own would take."""

    message = (
        "That folder already has files with the names Reflect's would take (such as "
        "settings.ini), so your journal was not moved there: nothing in it was changed. Your "
        "journal is still where it was. Choose an empty folder, or make a new one."
    )


class FolderNotUsable(ReflectError):
    """Reflect cannot make its files in the folder chosen for the journal."""

    message = (
        "Reflect cannot keep your journal in that folder: it cannot make its files there. "
        "Choose another folder."
    )


class JournalNotMoved(ReflectError):
    """The journal could not be copied whole into the folder chosen for it."""

    message = (
        "Your journal could not be moved to that folder: it may be full, or not one you "
        "can write in. It is still where it was, whole. Choose another folder."
    )
