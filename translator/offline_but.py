"""Shorter sentences: a second clause after ", but" becomes a sentence of its own ("… is allowed. But …").

"A, but B" says A and B, with "but" marking a contrast; "A. But B." says the same in two shorter sentences, and the
"but" stays. Only where B is a clause with its own subject before its own verb ("…, but enoxaparin is allowed",
"…, but this medicine cannot be phenytoin"): after "but" a verb with no subject ("…, but must have …") or a phrase
("at least 1, but less than 4", "…, but not limited to", "…, but excluding X") belongs to the words before it. Never
where the first clause is under a condition or a choice ("If …", "unless", "either"), which could hold for B too, nor
inside brackets, nor after a heading (":"), nor where the sentence has a second "but".
"""

from __future__ import annotations

import re

from translator.offline_asides import bracket_depth

_BUT = re.compile(r",\s+but\s+(?=[A-Za-z])")
# the words after "but" up to the clause's verb: one to five words, none of them a verb or a word that opens a phrase
SUBJECT_THEN_VERB = re.compile(
    r"(?P<subject>(?!(?:not|no|only|also|even|rather|instead|then|still|just|excluding|including|except|less|more|"
    r"at|in|on|for|with|within|without|by|from|to|of|after|before|during|if|when|unless|while|who|which|that|where|"
    r"whose|as|ideally|preferably|must|should|shall|can|cannot|may|might|will|would|could|is|are|was|were|be|been|has|"
    r"have|had|do|does|did|need|needs|or|and|nor|either|neither)\b)[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,4}?)\s+"
    r"(?P<verb>is|are|was|were|must|should|shall|can|cannot|may|might|will|would|could|has|have|had|does|do|did|"
    r"needs?)\b",
    re.IGNORECASE,
)
CONDITION = re.compile(
    r"\b(?:if|unless|when|whenever|while|whether|either|neither|provided|as\s+long\s+as|except|excluding|although|"
    r"though|only)\b",
    re.IGNORECASE,
)
_MIN_WORDS = 3


def but_clause(sentence: str) -> str:
    """ "Antiviral treatment is allowed, but you should not be on interferon." → "Antiviral treatment is allowed. But
    you should not be on interferon.", where the words after "but" are a clause of their own."""
    found = list(_BUT.finditer(sentence))
    if len(found) != 1 or re.search(r"\bbut\b", sentence[found[0].end() :], re.IGNORECASE):
        return sentence
    m = found[0]
    head, rest = sentence[: m.start()], sentence[m.end() :]
    if bracket_depth(sentence, m.start()) or ":" in head or CONDITION.search(head):
        return sentence
    if len(head.split()) < _MIN_WORDS:
        return sentence
    clause = SUBJECT_THEN_VERB.match(rest)
    if clause is None or bracket_depth(rest, clause.end()) or re.search(r"[,;()\[\]]", clause.group("subject")):
        return sentence
    if re.search(r"\b(?:and|or|nor|and/or)$", head.rstrip(), re.IGNORECASE):
        return sentence
    return f"{head.rstrip()}. But {rest}"
