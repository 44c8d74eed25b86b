"""Shorter sentences: a second clause after a semicolon becomes a sentence of its own.

"You must have AML; earlier MDS is allowed." says two things; "You must have AML. Earlier MDS is allowed." says the
same in two shorter sentences. Only where both sides are clauses: the first with a verb of its own, the second with
its own subject before its own verb (as translator.offline_but reads "…, but B"). A semicolon between list items
("…; heart attack; stroke") or before a link ("; or", "; however") keeps its place, and so does one after a
condition or a heading ("If …; …" may hold for both sides; "Note: A; B" is one note) and one inside brackets. Several
semicolons split only when every part after one is such a clause and no part before the last holds a condition or a
heading: "Pregnant women may not be enrolled; women who can become pregnant must have a negative test; men should
agree to use birth control" is three rules, each whole, and says the same as three sentences; a list of clauses with
one non-clause among them ("…; AST no more than 2.5 x ULN") stays one sentence.
"""

from __future__ import annotations

import re

from translator.offline_asides import bracket_depth
from translator.offline_but import CONDITION, SUBJECT_THEN_VERB
from translator.offline_edits import capitalised
from translator.offline_semicolon_leads import fronted_scope, led_clause

_SEMICOLON = re.compile(r";\s+(?=[A-Za-z])")
_FINITE = re.compile(
    r"\b(?:is|are|was|were|must|should|shall|can|cannot|may|might|will|would|could|has|have|had|does|do|did)\b",
    re.IGNORECASE,
)
_MIN_WORDS = 3
_PEOPLE_WHO = re.compile(
    r"(?:[A-Za-z]+\s+){0,2}(?:wom[ae]n|m[ae]n|patients?|subjects?|participants?|females?|males?|persons?|people|"
    r"individuals?)\s+who",
    re.IGNORECASE,
)


def semicolon_clause(sentence: str) -> str:
    """ "You have AML; earlier MDS is allowed." → "You have AML. Earlier MDS is allowed.", where every side is a
    clause (see the module)."""
    found = [m for m in _SEMICOLON.finditer(sentence) if not bracket_depth(sentence, m.start())]
    if not found or sentence.count(";") != len(found):
        return sentence
    cuts = [0] + [x for m in found for x in (m.start(), m.end())] + [len(sentence)]
    parts = [sentence[cuts[i] : cuts[i + 1]] for i in range(0, len(cuts), 2)]
    if len(parts[0].split()) < _MIN_WORDS or not _FINITE.search(parts[0]):
        return sentence
    if any(led_clause(rest, _a_clause) for rest in parts[1:]) and fronted_scope(parts[0]):
        return sentence  # "For the standard risk arms, A; if B, C": the arms may be both parts
    for head in parts[:-1]:
        # a condition or a heading may hold for what follows it; a link word makes the next part its list's item
        if ":" in head or CONDITION.search(head) or re.search(r"\b(?:and|or|nor|and/or)$", head.rstrip(), re.I):
            return sentence
    if not all(_a_clause(rest) for rest in parts[1:]):
        return sentence
    return ". ".join([parts[0].rstrip()] + [capitalised(rest) for rest in parts[1:]])


def _a_clause(rest: str) -> bool:
    """Whether `rest` opens with a subject of its own before its own verb (or with examples, or a condition before such
    a clause: translator.offline_semicolon_leads)."""
    if led_clause(rest, _a_clause):
        return True
    # the subject read without its glosses: "antecedent myelodysplastic syndrome (MDS) is allowed"
    bare = re.sub(r"\s*\([^()]*\)", "", rest)
    clause = SUBJECT_THEN_VERB.match(bare)
    if clause is None or re.search(r"[,;:()\[\]]", clause.group("subject")):
        return False
    if _PEOPLE_WHO.fullmatch(clause.group("subject")):
        # "women who can become pregnant must …": the verb after "who" is the relative clause's, the sentence's own
        # comes later
        return bool(_FINITE.search(bare, clause.end()))
    # "any cancer from which the patient has been free": a list item, described
    return not re.search(r"\b(?:who|which|that|whom|whose)\b", clause.group("subject"), re.IGNORECASE)
