"""A group of patients named after the opening, whom a later "their" means (offline backend).

offline_mentions makes "their" the reader's "your" after an opening that made the criterion "you", since the
people the opening named ("Patients with X … their") are the reader. A group of patients named again later in the
sentence, in the middle of it, is a group of its own that the reader may or may not be in, and "their" after it is
theirs: "… ≤ 5 x ULN for subjects with liver involvement of their cancer" (not "of your cancer"), "(participants
receiving a NNRTI at Screening must be on their first retroviral regimen)". A group at the very start of a
sentence ("Participants who … must have received … for their disease") is left to the rules that say that
sentence, as before.
"""

from __future__ import annotations

import re

# "patients", "subjects", "participants" (plural: a group, which "their" may mean), not as a possessive
_GROUP = re.compile(r"\b(?:patients|subjects|participants)\b(?!['’])", re.IGNORECASE)
_LEADING = re.compile(r"\s*(?:[(\[]\s*)?(?:(?:all|the|these|those|such|any|eligible)\s+)*", re.IGNORECASE)


def group_named_midway(sentence: str) -> bool:
    """Whether `sentence` (the opening's sentence, up to a "their") names a group of patients after its first
    words: "their" after it is the group's."""
    start = _LEADING.match(sentence)
    skip = start.end() if start else 0
    return any(m.start() > skip for m in _GROUP.finditer(sentence))
