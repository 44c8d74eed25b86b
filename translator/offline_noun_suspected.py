"""A condition named with how sure its diagnosis is, put to the reader (offline backend): "Suspected or confirmed
perinephric or intrarenal abscess" → "You have suspected or confirmed perinephric or intrarenal abscess", "Possible or
probable Alzheimer's disease" → "You have possible or probable Alzheimer's disease".

About 25 corpus and Chia criteria open with two such words joined by "or" ("Suspected or known", "Confirmed or
suspected", "Proven or suspected") and were left as the source's noun phrase. Both words stay in front of the
condition, so the sentence still says that a suspicion is enough; "You are suspected or known to have X" would need
the condition's number and time said again. The present "You have" is said only when the text says no time outside
its brackets ("Proven or suspected acute hepatitis in the 30 days before study entry" keeps its words), and not of a
count of cases ("Confirmed or suspected cases of X"), nor before a verb of its own or a second sentence.
"""

from __future__ import annotations

import re

from translator.offline_edits import Edit
from translator.offline_noun_symptoms import NOT_BEFORE, TIME_WORDS
from translator.offline_openings import dangling_verb
from translator.offline_sentence_ends import blank_brackets, sentence_end

_SURE = r"(?:suspected|known|confirmed|proven|documented|diagnosed|probable|possible)"
_SUSPECTED = re.compile(
    rf"(?P<first>{_SURE})\s+(?:or|and/or)\s+{_SURE}\s+(?=[A-Za-z])(?!(?:cases?|history|episodes?)\b)", re.IGNORECASE
)


def suspected_opening(text: str, start: int) -> list[Edit]:
    """ "Suspected or confirmed X" → "You have suspected or confirmed X" (see the module), or no edit."""
    m = _SUSPECTED.match(text, start)
    if m is None or dangling_verb(text, m.end()) or sentence_end(text, m.end()) < len(text.rstrip(" .;")):
        return []
    outside = blank_brackets(text)
    if NOT_BEFORE.search(outside) or TIME_WORDS.search(outside):
        return []
    first = m.group("first")
    return [Edit(start, m.end("first"), "You have " + first[0].lower() + first[1:], "person")]
