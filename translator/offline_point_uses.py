"""A use or a taking part at one point of the study, put to the reader (offline backend): "Use of contraindicated
medications at baseline" → "You are using contraindicated medicines at baseline"; "Participation in another clinical
trial with an on-going exclusion period at screening" → "You are taking part in another clinical trial … at
screening".

offline_leads says "Use of X" as "You use X" only where nothing says when, and "You have used X" where a window before
the study says so; a point of the study ("at screening", "at baseline", "at the time of enrollment") is neither, so it
left the noun phrase. At that point the use is going on: "You are using X at screening", the point in the source's
words after it, as offline_leads says "Current use of X" → "You are now using X".

Only in an exclusion and at the top of a criterion; only where every time of the first sentence is "at" the
study's screening, baseline, enrollment or another start of it (not "at time of switch", whose point the extractor
does not name, nor "at any time"), no other time word is said ("within", "prior", "during", "planned"), no verb of its
own follows and no second noun phrase is joined ("… or history of …").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.criteria import SectionKind
from translator.facts import Fact, FactKind
from translator.offline_edits import Edit
from translator.offline_openings import dangling_verb
from translator.offline_sentence_ends import sentence_end
from translator.offline_windows import START_OF_STUDY

_OPENING = re.compile(r"(?:(?P<use>use|usage)\s+of|(?:participation|taking\s+part)\s+in)\s+(?=[A-Za-z0-9(])", re.I)
_OTHER_TIME = re.compile(
    r"\b(?:within|prior|before|after|during|throughout|until|while|since|following|preceding|previous(?:ly)?|past|"
    r"last|recent(?:ly)?|current(?:ly)?|now|plann?ed|planning|plans?|will|expected|anticipated|intend\w*|ago|"
    r"concurrent\w*|concomitant\w*|same\s+time|any\s+time|days?|weeks?|months?|years?|hours?)\b"
    r"|\b(?:or|and|and/or)\s+(?:the\s+)?(?:\w+\s+)?(?:use|usage|administration|participation|receipt|exposure|"
    r"history|presence|need|failure|inability|treatment\s+with)\b",
    re.IGNORECASE,
)


def point_use_opening(text: str, start: int, kind: SectionKind, facts: Sequence[Fact]) -> list[Edit]:
    """ "Use of X at baseline" → "You are using X at baseline" (see the module)."""
    m = _OPENING.match(text, start)
    if kind is not SectionKind.EXCLUSION or m is None or dangling_verb(text, m.end()):
        return []
    end = sentence_end(text, m.end())
    times = [f for f in facts if f.kind is FactKind.TEMPORAL and start <= f.start < end]
    if not times or not all(f.relation == "at" and f.anchor in START_OF_STUDY for f in times):
        return []
    if _OTHER_TIME.search(text, m.end(), end):
        return []
    return [Edit(start, m.end(), "You are using " if m.group("use") else "You are taking part in ", "person")]
