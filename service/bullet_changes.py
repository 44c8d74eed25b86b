"""What an edit changed in a translation's bullets, for the history on a review page.

The audit events keep whole payloads before and after, far too much to show. An editor reading the history wants
the bullets that changed and, in a long bullet, the words: "at least 18" become "18 or older" is easy to miss
when the whole bullet is printed twice. So the bullets of the two payloads are aligned as sequences (a bullet
added in the middle is one bullet added, not every later bullet changed), and each changed bullet is compared word
by word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Literal

# words (with their apostrophes and hyphens), runs of spaces and single marks: a changed "≥" or "," shows on its own
_TOKEN = re.compile(r"\s+|[\w'’-]+|[^\w\s]")


@dataclass(frozen=True)
class Piece:
    """A stretch of a changed bullet: kept, taken out or put in."""

    text: str
    kind: Literal["same", "del", "ins"]


@dataclass(frozen=True)
class BulletChange:
    position: int  # 1-based: in the edited bullets (changed, added) or the earlier ones (removed)
    kind: Literal["changed", "added", "removed"]
    was: str | None
    now: str | None
    pieces: list[Piece] = field(default_factory=list)  # the word changes of a changed bullet

    def __str__(self) -> str:
        if self.kind == "added":
            return f"bullet {self.position} added: “{self.now}”"
        if self.kind == "removed":
            return f"bullet {self.position} removed: “{self.was}”"
        return f"bullet {self.position}: “{self.was}” → “{self.now}”"


def word_pieces(was: str, now: str) -> list[Piece]:
    """`was` turned into `now`, as kept, deleted and inserted stretches (adjacent stretches of a kind merged)."""
    old, new = _TOKEN.findall(was), _TOKEN.findall(now)
    pieces: list[Piece] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "equal":
            _add(pieces, "".join(old[i1:i2]), "same")
            continue
        _add(pieces, "".join(old[i1:i2]), "del")
        _add(pieces, "".join(new[j1:j2]), "ins")
    return pieces


def _add(pieces: list[Piece], text: str, kind: Literal["same", "del", "ins"]) -> None:
    if not text:
        return
    if pieces and pieces[-1].kind == kind:
        pieces[-1] = Piece(pieces[-1].text + text, kind)
    else:
        pieces.append(Piece(text, kind))


def bullet_changes(old: list[str], new: list[str]) -> list[BulletChange]:
    """The bullets that differ between `old` and `new`, aligned as sequences."""
    changes: list[BulletChange] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        paired = min(i2 - i1, j2 - j1)  # a replaced stretch: bullets side by side changed, the rest added or removed
        for k in range(paired):
            was, now = old[i1 + k], new[j1 + k]
            changes.append(BulletChange(j1 + k + 1, "changed", was, now, word_pieces(was, now)))
        changes.extend(BulletChange(j + 1, "added", None, new[j]) for j in range(j1 + paired, j2))
        changes.extend(BulletChange(i + 1, "removed", old[i], None) for i in range(i1 + paired, i2))
    return changes
