"""The reader's verb after a colon that spells out what the opening said of them (offline backend).

"Patient meets protocol criteria for CIC: reports < 3 bowel movements (BMs) per week and reports one or more of the
following …": the opening rules say "You meet protocol criteria for CIC:", and the colon goes on with what meeting
them means, in verbs of the same subject ("reports … and reports …"), which stayed in the third person beside
"you". They are the reader's: "You meet protocol criteria for CIC: you report less than 3 bowel movements … and
report one or more of the following …".

Only when the opening is "You meet" (or "fulfil", "satisfy": criteria the colon spells out), the colon is the first
stop after it (no full stop, semicolon or other person between), and the word right after the colon is one of a few
verbs a participant does ("reports", "has", "meets", "shows", …); then that verb, and the same kind of verb joined
to it by "and"/"or" up to the next colon, semicolon or full stop. A noun after the colon ("You meet the following
criteria: fever …") or any other word leaves the text as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.offline_edits import Edit
from translator.offline_mentions import AGREE, base_form
from translator.offline_subjects_words import PEOPLE

_VERBS = frozenset({
    "reports", "has", "meets", "shows", "demonstrates", "experiences", "presents", "requires", "needs", "uses",
    "takes", "agrees",
})  # fmt: skip
# the opening that a colon spells out: the criteria the reader meets ("You have X: requires Y" may be X's verb)
_MEETS = re.compile(r"You\s+(?:meet|fulfil|fulfill|satisfy)")
_AFTER_COLON = re.compile(r":\s+(?P<verb>[a-z]+)\b")
_JOINED = re.compile(r"\b(?:and|or)\s+(?P<verb>[a-z]+)\b")
_STOP = re.compile(r"[:;]|\.(?:\s|$)")


def colon_verbs(text: str, person: Sequence[Edit]) -> list[Edit]:
    """Edits that say the reader's verbs after the opening's colon in the second person (see the module), or none."""
    if not person:
        return []
    opening = min(person, key=lambda e: e.start)
    if opening.start != len(text) - len(text.lstrip()) or not _MEETS.fullmatch(opening.text):
        return []
    colon = _AFTER_COLON.search(text, opening.end)
    if colon is None or colon.group("verb") not in _VERBS:
        return []
    between = text[opening.end : colon.start()]
    if re.search(r"[.;]", between) or PEOPLE.search(between) or any(e.end > opening.end for e in person):
        return []  # another clause, another person, or later edits of the rules' own
    edits = [Edit(colon.start("verb"), colon.end("verb"), "you " + _said(colon.group("verb")), "person")]
    stop = _STOP.search(text, colon.end())
    for joined in _JOINED.finditer(text, colon.end(), stop.start() if stop else len(text)):
        if joined.group("verb") in _VERBS:  # "… and reports one or more of the following"
            edits.append(Edit(joined.start("verb"), joined.end("verb"), _said(joined.group("verb")), "person"))
    return edits


def _said(verb: str) -> str:
    return AGREE.get(verb, base_form(verb))
