"""A third-person subject whose criterion closes with an aside in brackets, put to the reader without the aside.

"Patients with a severe reaction to natural rubber latex products (some packaging components of the vaccines contain
rubber latex and may cause a reaction in susceptible individuals)" and "Patient with active, uncontrolled infections
(patients must be afebrile for > 48 hours off antibiotics)" kept their third person: the subject rules read the
whole criterion, and another person in the aside ("individuals", "patients", "your doctor") or its own verb makes
them leave it. The aside is a note of its own (a reason, an exception, an example) that closes the criterion; read
without it, the criterion is one the rules put to the reader ("You have a severe reaction to natural rubber latex
products"), and the aside follows, as a sentence of its own where offline_sentences makes one and with its own
subject put to the reader where the later rules can: "You have active, uncontrolled infections. You must be afebrile
for more than 48 hours off antibiotics."

Only when the text before the aside opens with a subject, holds no other bracket left open, and the rules rewrite it
from that subject on and touch nothing past it; an aside with "he", "she", "they", "their" or "these patients" (whom it
means once the subject is "you" is unclear) leaves the criterion as it was, and so does an aside that goes on
describing the subject ("(who currently have …)").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from translator.offline_edits import Edit
from translator.offline_subjects_words import HE_SHE, OPENING

# "they", "their", or the group named again ("these patients will be considered …"): once the subject is "you",
# whom it means is unclear
_THEY = re.compile(
    r"\b(?:they|their|theirs|them|themselves|(?:these|such|those)\s+(?:patients|subjects|participants|individuals))\b",
    re.IGNORECASE,
)
# "Patients with predisposition to seizure (who currently have …)": a clause of the subject's, not a note
_RELATIVE = re.compile(r"[(\[]\s*(?:who|whom|whose)\b", re.IGNORECASE)
_CLOSE = {")": "(", "]": "["}


def _closing_aside(text: str) -> int | None:
    """Where the bracketed aside that closes `text` opens (a full stop or semicolon after it allowed), or None."""
    end = len(text.rstrip().rstrip(".;").rstrip())
    if end == 0 or text[end - 1] not in _CLOSE:
        return None
    depth = 0
    for at in range(end - 1, -1, -1):
        char = text[at]
        if char in _CLOSE:
            depth += 1
        elif char in _CLOSE.values():
            depth -= 1
            if depth == 0:
                return at if char == _CLOSE[text[end - 1]] else None
    return None


def closing_aside_edits(text: str, edits_for: Callable[[str], list[Edit]]) -> list[Edit]:
    """The edits `edits_for` makes of `text` read without the aside in brackets that closes it, or none."""
    start = len(text) - len(text.lstrip())
    aside = _closing_aside(text)
    if aside is None or not OPENING.match(text, start):
        return []
    said = text[:aside].rstrip()
    if not said or any(said.count(a) != said.count(b) for a, b in (("(", ")"), ("[", "]"))):
        return []
    if HE_SHE.search(text[aside:]) or _THEY.search(text[aside:]) or _RELATIVE.match(text, aside):
        return []
    own = edits_for(said)
    if not own or min(e.start for e in own) != start or max(e.end for e in own) > len(said):
        return []
    return own
