"""What removing a person, or deleting a reflection they shared, takes away and leaves.

Counted before anything is removed, so the confirmation can say it in numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

from reflect.domain.contact import ContactRole


@dataclass(frozen=True, slots=True)
class ContactRemoval:
    """Removing someone under People.

    Goes: the person, the reflections they shared with me (`shared_reflections`) and my
    comments on those (`my_comments`, of which `unsent_comments` were never sent).
    Stays: the comments they sent on my own reflections (`their_comments`), logged hours,
    and everything in the other person's journal.
    """

    key_id: str
    name: str
    role: ContactRole
    shared_reflections: int = 0
    my_comments: int = 0
    unsent_comments: int = 0
    their_comments: int = 0


@dataclass(frozen=True, slots=True)
class SharedReflectionDeletion:
    """Deleting one reflection a supervisee shared with me.

    Goes: this shared copy and my comments on it (`my_comments`, of which `unsent_comments`
    were never sent). Stays: the visitor's own journal, and logged hours.
    """

    supervisee_key_id: str
    uuid: str
    supervisee_name: str
    version: int
    my_comments: int = 0
    unsent_comments: int = 0
