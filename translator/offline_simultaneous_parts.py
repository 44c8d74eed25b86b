"""Taking part in another study at the same time, put to the reader (offline backend): "Participation in another
simultaneous medical investigation or trial" → "You are taking part in another medical investigation or trial at the
same time", "Participation in another ocular investigation or trial simultaneously" and "Simultaneous participation
in other studies" likewise.

offline_openings says "Current participation in X" as "You are taking part in X" and offline_plain moves "concurrent"
after its noun ("You are taking part in another clinical trial at the same time"); "simultaneous" was no word of
either, so these stayed a fragment ("Taking part in another simultaneous …"). The time they say is now, beside the
study, so the present ("You are taking part in") is no guess, and "at the same time" says "simultaneous(ly)", moved
after the whole study named, since it is about the taking part ("another simultaneous medical investigation or
trial" is one taken part in at the same time, whichever of the two it is).

Only in an exclusion, only "another", "other" or "any other" study named after "in" and one "simultaneous" word, and
only when nothing follows the study's name (no window, condition, clause or verb of its own that the move would
cross: "Simultaneous participation in other trials will not be allowed" keeps its words).
"""

from __future__ import annotations

import re

from translator.criteria import SectionKind
from translator.offline_edits import Edit
from translator.offline_openings import dangling_verb

_PART = re.compile(
    r"\s*(?P<lead>(?P<adj>simultaneous\s+)?participation\s+in\s+)(?P<det>another|other|any\s+other)\s+"
    r"(?P<inner>simultaneous\s+)?(?P<what>[A-Za-z][A-Za-z\s/-]*?)(?P<adv>\s+simultaneously)?\s*[.;]?\s*$",
    re.IGNORECASE,
)
# words that would give the study's name a clause, a window or a condition of its own
_MORE = re.compile(
    r"\b(?:within|before|after|during|since|if|unless|except|that|which|who|than|simultaneous\w*)\b", re.IGNORECASE
)


def simultaneous_part(text: str, kind: SectionKind) -> list[Edit]:
    """ "Participation in another simultaneous trial" → "You are taking part in another trial at the same time" (see
    the module), or no edit."""
    m = _PART.match(text)
    if kind is not SectionKind.EXCLUSION or m is None:
        return []
    said = [g for g in ("adj", "inner", "adv") if m.group(g)]
    if len(said) != 1 or _MORE.search(m.group("what")) or dangling_verb(text, m.end("lead")):
        return []  # "… other trials will not be allowed": a verb of the study's name's own
    edits = [Edit(m.start("lead"), m.end("lead"), "You are taking part in ", "person")]
    if m.group("inner"):
        edits.append(Edit(m.start("inner"), m.end("inner"), "", "person"))
    if m.group("adv"):
        edits.append(Edit(m.start("adv"), m.end("adv"), " at the same time", "person"))
    else:
        edits.append(Edit(m.end("what"), m.end("what"), " at the same time", "person"))
    return edits
