"""A lack named as a noun, put to the reader (offline backend): "Lack of peripheral venous access" → "You lack
peripheral venous access"; "Lack of sufficient muscle tissue to accept transplant of 4 grams/m2 body surface area" →
"You lack sufficient muscle tissue to accept …".

The noun's own verb says the same of the reader, so nothing is added or taken away: not "You have no X"
(offline_noun_openings' wording of "Absence of X"), which would deny what "lack of sufficient X" only finds too little
of, and adds a "no" the negation checks count. What is lacked keeps its words.

Only at the top of a criterion (offline_leads' noun-phrase openings) and only where what is lacked is a thing one has:
not a treatment, a use, a taking part or a response ("Lack of treatment with ACE inhibitors 24 hours prior to …",
"Lack of benefit from …": a lacked act, which "You lack" would make a possession), nor an abstract noun that wants an
article after the verb ("Lack of possibility of travelling"); not with a second noun phrase ("… or presence of
rapidly progressive disease", "…, inability to swallow tablets"), which "You lack" would carry too; not a lead-in
(":"), nor with a verb of its own after the noun phrase.
"""

from __future__ import annotations

import re

from translator.offline_edits import Edit
from translator.offline_openings import dangling_verb

_LACK = re.compile(
    r"(?:an?\s+|the\s+)?lack\s+of\s+(?=[A-Za-z(])"
    r"(?!(?:treatment|therapy|use|participation|enrol\w*|taking|response|responses|benefits?|improvement|efficacy|effect|any|"
    r"the\s+following)\b)"
    # an abstract noun that wants its article after the verb ("You lack the possibility of …")
    r"(?!(?:possibility|opportunity|ability|capacity|willingness|means|access\s+to)\b)",
    re.IGNORECASE,
)
# a second noun phrase, or a lead-in, in the first sentence
_MORE = re.compile(
    r"\b(?:or|and|and/or|nor)\s+(?:the\s+)?(?:\w+\s+)?(?:presence|absence|history|evidence|inability|unwillingness|"
    r"failure|refusal|need|use|lack|intolerance|contraindication|allergy|hypersensitivity)\b"
    r"|,\s*(?:inability|unwillingness|failure|refusal|history|presence|evidence)\b|:",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<!\be\.g)(?<!\bi\.e)[.;](?:\s|$)", re.IGNORECASE)


def lack_opening(text: str, start: int) -> list[Edit]:
    """ "Lack of X" → "You lack X" (see the module)."""
    m = _LACK.match(text, start)
    if m is None or dangling_verb(text, m.end()):
        return []
    stop = _SENTENCE_END.search(text, m.end())
    if _MORE.search(text, m.end(), stop.start() if stop else len(text)):
        return []
    return [Edit(start, m.end(), "You lack ", "person")]
