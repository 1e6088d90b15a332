"""Every fixed sentence an error below the screens can say, listed for translation.

Made by `scripts/error_sentences.py` (run by `scripts/translations.py`): do not edit.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

SENTENCES = (
    QT_TRANSLATE_NOOP(
        "ErrorSentences", "Something went wrong. Your text is still here; please try again."
    ),
    QT_TRANSLATE_NOOP("ErrorSentences", "Please choose a passphrase of at least 8 characters."),
    QT_TRANSLATE_NOOP(
        "ErrorSentences",
        "That passphrase does not open this journal. Check Caps Lock and try again, or use your recovery key.",
    ),
    QT_TRANSLATE_NOOP(
        "ErrorSentences",
        "That recovery key has a typing mistake. Check each group of letters and numbers against your printed copy.",
    ),
    QT_TRANSLATE_NOOP(
        "ErrorSentences",
        "That recovery key does not open this journal. Check that it is the key printed for this journal.",
    ),
    QT_TRANSLATE_NOOP(
        "ErrorSentences",
        "The journal file is damaged and cannot be opened. It has not been changed. You can restore it from a backup.",
    ),
    QT_TRANSLATE_NOOP(
        "ErrorSentences",
        "The journal file is missing or empty. Nothing has been changed. You can restore it from a backup.",
    ),
    QT_TRANSLATE_NOOP(
        "ErrorSentences",
        "There is already a journal (or another file) in this folder, so a new one was not created. Open it, or choose another folder.",
    ),
    QT_TRANSLATE_NOOP(
        "ErrorSentences",
        "The file that lets your passphrase open the journal is missing. Use your recovery key to open it and set a passphrase again.",
    ),
    QT_TRANSLATE_NOOP(
        "ErrorSentences",
        "This journal was made by a newer version of Reflect. Please update Reflect to open it; the journal has not been changed.",
    ),
    QT_TRANSLATE_NOOP(
        "ErrorSentences",
        "The journal can be read but not saved: its file or folder is read-only. Check the folder's permissions, or copy the journal somewhere you can write.",
    ),
    QT_TRANSLATE_NOOP("ErrorSentences", "Not saved: the disk is full. Your text is still here."),
    QT_TRANSLATE_NOOP(
        "ErrorSentences",
        "Not saved: the journal file could not be written. Your text is still here; please try again in a moment.",
    ),
    QT_TRANSLATE_NOOP(
        "ErrorSentences",
        "This journal is already open in another Reflect window. Close that one first, then try again.",
    ),
    QT_TRANSLATE_NOOP("ErrorSentences", "The journal is locked. Unlock it to go on."),
    QT_TRANSLATE_NOOP(
        "ErrorSentences", "Reflect is restoring your journal. Please wait a moment, then try again."
    ),
    QT_TRANSLATE_NOOP(
        "ErrorSentences", "That item is no longer in the journal; it may have been deleted."
    ),
    QT_TRANSLATE_NOOP(
        "ErrorSentences", "This packet is damaged or not addressed to you. Nothing was imported."
    ),
    QT_TRANSLATE_NOOP("ErrorSentences", "You have already imported this packet. Nothing changed."),
    QT_TRANSLATE_NOOP(
        "ErrorSentences",
        "This packet is older than one you already imported from the same person. Nothing was imported; ask them for their newest packet.",
    ),
    QT_TRANSLATE_NOOP(
        "ErrorSentences",
        "The file that lets your passphrase open the journal is damaged. Use your recovery key to open the journal and set a passphrase again.",
    ),
    QT_TRANSLATE_NOOP(
        "ErrorSentences",
        "The key file beside this journal belongs to another journal. Open this journal with its own recovery key, then set your passphrase again; the other key file is kept aside, not deleted.",
    ),
    QT_TRANSLATE_NOOP(
        "ErrorSentences",
        "The packet could not be saved. Check the folder, then try again. Nothing was marked shared.",
    ),
    QT_TRANSLATE_NOOP(
        "ErrorSentences",
        "This packet is from someone you removed under People. Nothing was imported. If you work together again, add their exchange key under People, then import it again.",
    ),
    QT_TRANSLATE_NOOP("ErrorSentences", "A background task of the journal could not finish."),
    QT_TRANSLATE_NOOP(
        "ErrorSentences",
        "That folder is inside Reflect's own data folder, on this computer. Choose a folder on a USB stick or another drive.",
    ),
    QT_TRANSLATE_NOOP(
        "ErrorSentences",
        "The journal could not finish tidying its files just now. Nothing is lost; close and reopen Reflect to finish.",
    ),
    QT_TRANSLATE_NOOP(
        "ErrorSentences",
        "The journal could not be read just now. Nothing has been changed; please try again.",
    ),
    QT_TRANSLATE_NOOP(
        "ErrorSentences",
        "Not saved: the journal refused this change. Your text is still here; try saving again, and if it keeps happening, copy your text somewhere safe.",
    ),
    QT_TRANSLATE_NOOP(
        "ErrorSentences",
        "The journal file could not be opened. Check that its folder still exists and that you can write to it.",
    ),
    QT_TRANSLATE_NOOP(
        "ErrorSentences",
        "Not saved: Reflect could not write to the journal file. Your text is still here. Check that the disk has free space, then try again.",
    ),
    QT_TRANSLATE_NOOP(
        "ErrorSentences",
        "That could not be saved: some of the text has characters Reflect cannot store. Your text is still here; retype the last few characters.",
    ),
    QT_TRANSLATE_NOOP(
        "ErrorSentences", "Please give this person a name, so you know who they are."
    ),
    QT_TRANSLATE_NOOP(
        "ErrorSentences", "You already have this exchange key under People. Nothing was added."
    ),
    QT_TRANSLATE_NOOP(
        "ErrorSentences",
        "That backup could not be brought up to date for this version of Reflect, so your journal was put back as it was. Nothing is lost.",
    ),
    QT_TRANSLATE_NOOP(
        "ErrorSentences",
        "The file that lets your passphrase open the journal cannot be read. Use your recovery key to open the journal and set a passphrase again.",
    ),
    QT_TRANSLATE_NOOP(
        "ErrorSentences", "An empty comment was not saved. Write something, then save."
    ),
    QT_TRANSLATE_NOOP("ErrorSentences", "A session lasts between 1 and 1440 minutes."),
    QT_TRANSLATE_NOOP("ErrorSentences", "Please name who provided the supervision."),
    QT_TRANSLATE_NOOP("ErrorSentences", "Heaviness and energy are on a scale from 0 to 10."),
    QT_TRANSLATE_NOOP(
        "ErrorSentences",
        "The reflection you deleted just before locking was not deleted: the journal was locked before its backup was finished. It is still in your journal; delete it again if you still want it gone.",
    ),
    QT_TRANSLATE_NOOP("ErrorSentences", "The visit length should be between 0 and 1440 minutes."),
    QT_TRANSLATE_NOOP("ErrorSentences", "Each question can have only one answer."),
    QT_TRANSLATE_NOOP(
        "ErrorSentences", "A reflection with this identifier is already in the journal."
    ),
    QT_TRANSLATE_NOOP(
        "ErrorSentences", "That reflection has a broken identifier and was not saved."
    ),
    QT_TRANSLATE_NOOP(
        "ErrorSentences",
        "That backup was made by a newer version of Reflect. Update Reflect to restore it; nothing has been changed.",
    ),
    QT_TRANSLATE_NOOP(
        "ErrorSentences", "The imported folder is full of packets with this name. Tidy it, please."
    ),
    QT_TRANSLATE_NOOP(
        "ErrorSentences",
        "The packet was imported, but could not be moved into the imported folder. You can move it yourself; importing it again changes nothing.",
    ),
    QT_TRANSLATE_NOOP(
        "ErrorSentences",
        "That file does not hold a Reflect exchange key. Ask for the contact file again.",
    ),
    QT_TRANSLATE_NOOP(
        "ErrorSentences",
        "That is not a file Reflect can read (it is a folder, a device or a pipe). Choose the contact file itself.",
    ),
    QT_TRANSLATE_NOOP(
        "ErrorSentences",
        "That file is too large to be a Reflect contact file. Ask for the contact file again.",
    ),
    QT_TRANSLATE_NOOP(
        "ErrorSentences", "That file is no longer there. Choose the contact file again."
    ),
    QT_TRANSLATE_NOOP(
        "ErrorSentences",
        "That contact file could not be read. Check that it is still there, then try again.",
    ),
    QT_TRANSLATE_NOOP(
        "ErrorSentences", "This file is too large to be a Reflect packet. Nothing was imported."
    ),
    QT_TRANSLATE_NOOP(
        "ErrorSentences",
        "That file could not be read. Check that it is still there, then try again.",
    ),
    QT_TRANSLATE_NOOP(
        "ErrorSentences",
        "That is your own exchange key. Paste the key from the other person's Settings.",
    ),
    QT_TRANSLATE_NOOP("ErrorSentences", "That folder could not be found. Choose another one."),
    QT_TRANSLATE_NOOP("ErrorSentences", "Choose at least one reflection to share."),
    QT_TRANSLATE_NOOP(
        "ErrorSentences", "There are no new comments to send. Write a comment first."
    ),
    QT_TRANSLATE_NOOP(
        "ErrorSentences",
        "Your own sets of questions could not be read, so nothing was changed. Restore yesterday's backup from Settings, or tell your agency's IT person.",
    ),
    QT_TRANSLATE_NOOP("ErrorSentences", "content"),
)
