"""A group of people listed after the reader's first thing: no "You have" before the list (offline backend).

"Eating disorder or heavy drinkers" would read "You have eating disorder or heavy drinkers", and "Positive
pregnancy test at screening, pregnant or lactating women" "You have a positive pregnancy test …, pregnant or
breastfeeding women": the reader would have a group of people. A criterion whose list goes on, after a comma, "or" or
"and", to a group of people (up to three describing words, then a plural such as "drinkers", "smokers", "women",
"patients") that ends its item keeps its words.

Left alone: a group in a phrase of its own ("more than 7 drinks a week for women or 14 for men", "in smokers"), as a
preposition or clause word stands before it; a group after another ("for men and women") or after a word in a phrase
of its own ("for diabetic and non diabetic patients"), one of a pair; a group that a clause or phrase goes on to
describe ("or patients who have had X", which translator.offline_listed_subjects says to the reader); a group inside
brackets; a group after "You are" or "You must be", which may be the reader ("You are a pregnant or breastfeeding
woman").
"""

from __future__ import annotations

import re

from translator.offline_edits import Edit

_GROUP = (
    r"(?:drinkers|smokers|users|abusers|addicts|alcoholics|wom[ae]n|m[ae]n|females|males|mothers|children|adults|"
    r"adolescents|infants|patients|subjects|participants|individuals|volunteers|persons|people)"
)
# words that open a phrase or clause of their own: the group after them is not a list item of the reader's
_STOP = (
    r"(?:for|in|of|to|with|among|from|by|than|on|at|who|whose|that|which|if|unless|except|the|a|an|this|these|those|"
    r"their|his|her|such|other|all|any|no|not|is|are|was|were|has|have|had|be|including|excluding|as|per|both|either)"
)
_LISTED_GROUP = re.compile(
    rf"(?:,\s*(?:or\s+|and\s+)?|\s+(?:or|and|and/or)\s+)(?:(?!{_STOP}\b)[A-Za-z][\w'’-]*\s+){{0,3}}{_GROUP}"
    r"(?=\s*(?:$|[.,;:(]|(?:or|and)\b))",
    re.IGNORECASE,
)
_WORD_BEFORE = re.compile(r"(\w+)\W*$")
# the item before the join is itself in a phrase about people: "for diabetic and non diabetic patients"
_IN_A_PHRASE = re.compile(r"\b(?:for|among|between|in|than|versus|vs)\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+\s*$", re.I)


def listed_group(text: str, lead: Edit) -> re.Match[str] | None:
    """The first list item after the reader's opening `lead`, in its sentence and outside brackets, that names a
    group of people (see the module), or None. After "You are"/"You must be" the group may be the reader
    ("Patients who are pregnant or breastfeeding women" → "You are a pregnant or breastfeeding woman")."""
    if re.match(r"You (?:are|were|must|will|should|can)\b", lead.text):
        return None
    at = lead.end
    masked = re.sub(r"\([^()]*\)|\[[^\[\]]*\]", lambda m: " " * len(m[0]), text)
    end = re.search(r"[.;](?:\s|$)", masked[at:])
    for m in _LISTED_GROUP.finditer(masked, at, at + end.start() + 1 if end else len(masked)):
        before = _WORD_BEFORE.search(masked, max(0, m.start() - 30), m.start())
        paired = before is not None and re.fullmatch(_GROUP, before[1], re.IGNORECASE)
        if not paired and not _IN_A_PHRASE.search(masked, max(0, m.start() - 40), m.start()):
            return m  # not "men and women", "for diabetic and non diabetic patients": a pair in one phrase
    return None
