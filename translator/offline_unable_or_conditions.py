"""A condition joined by "or" to the reader's inability, given its own verb (offline backend).

"Inability to swallow or issues with malabsorption" is two things: the reader cannot swallow, or the reader has
issues with malabsorption. The opening rules say the first "You cannot swallow" and leave the rest as written,
so the bullet read "You cannot swallow or issues with malabsorption", where "cannot" seems to govern the
condition too ("Unable to swallow capsules or disease significantly affecting digestive function" read as if the
disease were something the reader cannot have). A condition noun right after the first "or" gets "you have":
"You cannot swallow, or you have issues with malabsorption".

Only right after the opening's short verb phrase (up to four words, no preposition, comma or bracket between):
"cannot have surgery due to internal or surgical disease" joins two adjectives, not two criteria.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.offline_edits import Edit

_OPENINGS = {"You cannot", "You are unable to", "You are unable"}  # the last before the source's own "to"
# the inability's own verb phrase, then "or" and a condition's name: a few modifiers and a condition noun
_OR_A_CONDITION = re.compile(
    r"\s*(?:to\s+)?(?P<act>(?:[A-Za-z][\w'-]*\s+){0,3}?[A-Za-z][\w'-]*)\s+(?P<or>or)\s+"
    r"(?=(?:[A-Za-z][\w-]*\s+){0,2}?(?:issues?|problems?|diseases?|syndromes?|conditions?|disorders?|malabsorption)\b)",
    re.IGNORECASE,
)
_NOT_AN_ACT = re.compile(
    r"\b(?:to|of|for|with|due|by|from|in|on|at|as|because|after|before|during|than|and|or|nor|not)\b", re.IGNORECASE
)


def unable_or_condition(text: str, person: Sequence[Edit]) -> list[Edit]:
    """ "You cannot swallow or issues with X" → "You cannot swallow, or you have issues with X" (see the module); none
    unless the opening says the reader's inability."""
    opening = min((e for e in person if e.what == "person"), key=lambda e: e.start, default=None)
    if opening is None or opening.text.strip() not in _OPENINGS:
        return []
    m = _OR_A_CONDITION.match(text, opening.end)
    if m is None or _NOT_AN_ACT.search(m["act"]):
        return []
    return [Edit(m.end("act"), m.end("or") + 1, ", or you have ", "person")]
