"""A closing list of examples after a head whose own pair is already closed: the examples' "or" is their own.

translator.offline_sentences keeps in one sentence a closing ", such as A, B or C" after a head with a list ("A, B such
as C and D": D may be the head list's last item, not an example). Where the head's only list is one pair joined by its
own "or"/"and" ("You have active or uncontrolled bowel disorder such as Crohn's disease, chronic diarrhea, or chronic
constipation"; "You are non-ambulatory or use mobility assistive devices such as motorized devices, wheelchairs, or
walkers"), that list is closed before the tail opens, and a series of three or more after "such as" ("A, B, or C")
is one list of its own: no item of it can be the head's. Such a tail is split as after a head with no list.

Not where the head has a comma ("angina, a heart attack, … or arrhythmias including A, B, …, fainting or vasovagal
episodes": the last items may be the head's), nor for a pair after "such as" ("A or B such as C and D": D may be a
second requirement).
"""

from __future__ import annotations

import re

from translator.offline_valued_lists import continues

_MARKS = re.compile(r",|;|\b(?:or|and|and/or|nor)\b", re.IGNORECASE)
_SERIES = re.compile(r"^[^,]+(?:,[^,]+)+,?\s+(?:or|and|and/or)\s+[^,]+$", re.IGNORECASE)


def closed_pair_head(head: str, body: str) -> bool:
    """Whether `head` (read outside brackets, without a comparator's "or") holds one pair joined by a conjunction and
    nothing else that lists, and `body` (outside brackets) is a series of three or more."""
    marks = _MARKS.findall(head)
    if len(marks) != 1 or marks[0] in (",", ";") or continues(body):
        return False  # a comma in the head; or the sentence goes on after the list (offline_valued_lists)
    return _SERIES.match(body.strip()) is not None
