"""A second clause of the reader's opening, after "or", said as the reader's too (offline backend, on the source).

Once an opening has put a criterion to the reader ("Patients who have begun psychotherapy …" → "You have begun
…"), a later clause the source joined to the same subject keeps the words that only fitted the third person:

- "or who Y": "Patients who have begun psychotherapy within 3 months, or who plan to terminate …", "Has received
  live virus vaccination … or who intends to receive …", "History of alcoholism or who consumes excessive amounts of
  alcohol" → "You have begun …, or plan to terminate …", "… or intend to get …", "… or consume …" (the "who"
  dropped, its verb said as the reader's: "is" → "are", "has" → "have", "intends" → "intend");
- "or at risk": "Diagnosed active endoparasitic infections or at high risk of these infections" → "You have …
  or are at high risk of …" (after "You have", "or at risk" reads as a thing the reader has).

Only in the opening's sentence (asides in brackets left out), and only where nothing between the opening and the
"or" may be the clause's subject instead: no "that", "which", "who", "whose", "where" of its own ("a woman who can
become pregnant … or who has had …": the woman's clause), and no one else named (a partner, a child, "those" …). A
"who" whose verb is none of the ones said here keeps its words: the fidelity check then sees the source's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.offline_edits import Edit
from translator.offline_mentions import AGREE, base_form

_SENTENCE_END = re.compile(r"[.;:](?:\s|$)")
_OR_WHO = re.compile(
    r"\b(?:or|and/or)\s+(?P<who>who\s+(?:(?P<adverb>currently|also|still|now|previously|already|otherwise)\s+)?"
    r"(?P<verb>[a-z]+(?:n't)?))\b(?![-'’])",
    re.IGNORECASE,
)
_OR_AT_RISK = re.compile(
    r"\b(?:or|and/or)\s+(?P<at>at)\s+(?:(?:high|higher|increased|significant|substantial|particular)\s+)?risk\b",
    re.IGNORECASE,
)
# a word of a clause of its own, between the opening and the "or": the later clause may be that clause's
_CLAUSE_WORD = re.compile(r"\b(?:that|which|who|whom|whose|where|whereby|unless|if|when|while|except)\b", re.I)
# someone else named: the later "who" may be them ("partners of patients who … or who …")
_OTHERS = re.compile(
    r"\b(?:partners?|caregivers?|parents?|guardians?|spouses?|mothers?|fathers?|donors?|infants?|child|children|"
    r"babies|baby|relatives?|family|patients?|subjects?|participants?|persons?|people|individuals?|wom[ae]n|m[ae]n|"
    r"he|she|they|them|those|someone|anyone)\b",
    re.IGNORECASE,
)
# the third person's verbs in -s that a criterion's reader may have: said in the base form ("intends" → "intend")
_IN_S = frozenset({
    "intends", "plans", "wishes", "needs", "requires", "receives", "takes", "uses", "consumes", "smokes", "drinks",
    "meets", "agrees", "refuses", "lives", "works", "suffers", "continues", "develops", "experiences", "presents",
    "shows", "demonstrates", "exhibits", "reports", "undergoes", "remains", "qualifies", "fails", "stops", "lacks",
    "weighs",
})

# verbs the person does not change: the modals, a past tense, a verb in the plural of the source's "patients who"
_AS_SAID = frozenset({
    "may", "might", "can", "cannot", "could", "will", "would", "should", "must", "took", "had", "underwent", "gave",
    "got", "began", "became", "went", "were", "did", "are", "have", "do", "don't", "haven't", "aren't", "plan",
    "wish", "need", "require", "intend", "take", "use", "receive", "consume", "smoke", "drink", "meet", "agree",
    "refuse", "live", "work", "suffer", "continue", "develop", "experience", "present", "show", "remain", "fail",
    "stop", "lack",
})


def parallel_clause_edits(text: str, person: Sequence[Edit]) -> list[Edit]:
    """ "… or who intends to X" → "… or intend to X", "… or at risk of X" → "… or are at risk of X", after an
    opening put to the reader (see the module)."""
    opening = min((e for e in person if e.what == "person"), key=lambda e: e.start, default=None)
    if opening is None or not re.match(r"you\b", opening.text, re.I):
        return []
    masked = re.sub(r"\([^()]*\)|\[[^\[\]]*\]", lambda m: " " * len(m.group()), text)
    end = _SENTENCE_END.search(masked, opening.end)
    stop = end.start() if end else len(text)
    edits: list[Edit] = []
    for m in _OR_WHO.finditer(masked, opening.end, stop):
        before = masked[opening.end : m.start()]
        if _CLAUSE_WORD.search(before) or _OTHERS.search(before):
            break  # the "who" may be another's, and so may every later one
        said = _agreed(m.group("verb"))
        if said is None or any(e.start < m.end() and m.start() < e.end for e in person):
            break
        # "who" goes; the verb is said again only where the person changes it (a plain word may reword it:
        # "or who participated in" → "or took part in")
        after_who = m.start("adverb") if m.group("adverb") else m.start("verb")
        edits.append(Edit(m.start("who"), after_who, "", "person"))
        if said != m.group("verb"):
            edits.append(Edit(m.start("verb"), m.end("verb"), said, "person"))
    # (not after a denial: "No history of seizures or at risk of seizures" denies the risk too, and "You have no
    # seizures or are at risk" would take it out of the denial)
    if opening.text.lower().startswith("you have") and not re.match(r"you have\s+(?:no|not|never)\b", opening.text,
                                                                     re.I):
        for m in _OR_AT_RISK.finditer(masked, opening.end, stop):
            before = masked[opening.end : m.start()]
            if _CLAUSE_WORD.search(before) or _OTHERS.search(before):
                break
            edits.append(Edit(m.start("at"), m.start("at"), "are ", "person"))
    return edits


def _agreed(verb: str) -> str | None:
    """The reader's form of the verb after "who" ("is" → "are"), the verb itself where the person does not change
    it ("took", "may", "plan"), or None for a word this cannot tell is a verb said of the reader."""
    lower = verb.lower()
    if lower in AGREE:
        return AGREE[lower]
    if lower in _IN_S:
        return base_form(lower)
    if lower in _AS_SAID or re.fullmatch(r"[a-z]{3,}ed", lower):
        return lower
    return None  # "who always …", "who the investigator deems …": not a verb of the reader's, the source's words
