"""Shorter sentences: a second clause after a semicolon becomes a sentence of its own.

"You must have AML; earlier MDS is allowed." says two things; "You must have AML. Earlier MDS is allowed." says the
same in two shorter sentences. Only where both sides are clauses: the first with a verb of its own, the second with
its own subject before its own verb (as translator.offline_but reads "…, but B"). A semicolon between list items
("…; heart attack; stroke") or before a link ("; or", "; however") keeps its place, and so does one after a
condition or a heading ("If …; …" may hold for both sides; "Note: A; B" is one note), one inside brackets, and one
of several in a sentence (a list of clauses is still a list).
"""

from __future__ import annotations

import re

from translator.offline_asides import bracket_depth
from translator.offline_but import CONDITION, SUBJECT_THEN_VERB
from translator.offline_edits import capitalised

_SEMICOLON = re.compile(r";\s+(?=[A-Za-z])")
_FINITE = re.compile(
    r"\b(?:is|are|was|were|must|should|shall|can|cannot|may|might|will|would|could|has|have|had|does|do|did)\b",
    re.IGNORECASE,
)
_MIN_WORDS = 3


def semicolon_clause(sentence: str) -> str:
    """ "You have AML; earlier MDS is allowed." → "You have AML. Earlier MDS is allowed.", where both sides are
    clauses (see the module)."""
    found = [m for m in _SEMICOLON.finditer(sentence) if not bracket_depth(sentence, m.start())]
    if len(found) != 1 or sentence.count(";") != 1:
        return sentence
    m = found[0]
    head, rest = sentence[: m.start()], sentence[m.end() :]
    if ":" in head or CONDITION.search(head) or len(head.split()) < _MIN_WORDS or not _FINITE.search(head):
        return sentence
    if re.search(r"\b(?:and|or|nor|and/or)$", head.rstrip(), re.IGNORECASE):
        return sentence
    # the subject read without its glosses: "antecedent myelodysplastic syndrome (MDS) is allowed"
    clause = SUBJECT_THEN_VERB.match(re.sub(r"\s*\([^()]*\)", "", rest))
    if clause is None or re.search(r"[,;:()\[\]]", clause.group("subject")):
        return sentence
    if re.search(r"\b(?:who|which|that|whom|whose)\b", clause.group("subject"), re.IGNORECASE):
        return sentence  # "any cancer from which the patient has been free": a list item, described
    return f"{head.rstrip()}. {capitalised(rest)}"
