"""Finite verbs, and whether a clause after an opening has a verb of its own (offline backend).

translator.offline_openings rewrites how a criterion starts ("Prior X" → "You have had prior X"); that is wrong when
the first clause goes on with its own verb ("Prior X must be completed …" would read "You have had prior X must be
completed"). `dangling_verb` says when, and FINITE is the set of finite verbs the opening rules look for.
"""

from __future__ import annotations

import re

from translator.offline_clause_asides import ASIDE_BEFORE, NOTE_PEOPLE, VERB_AFTER_COMMA

FINITE = re.compile(
    r"\b(?:is|are|was|were|will|would|may|might|can|cannot|could|must|should|shall|has|have|had|do|does|did)\b",
    re.IGNORECASE,
)
_OPENS_CLAUSE = frozenset({
    "who", "that", "which", "whom", "whose", "and", "or", "and/or", "but", "also", "it", "this", "there", "they",
    "if", "unless", "when", "where", "as", "than", "not", "he", "she", "you", "patient", "subject", "participant",
    "whichever",  # "within 28 days or 5 half-lives, whichever is longer": the window's own clause
    "nor",  # "neither undergone nor are scheduled …"
})  # fmt: skip


def dangling_verb(text: str, at: int) -> bool:
    """Whether the first clause after `at` has a verb of its own ("Prior X must be completed …"): then "You have
    prior X" would leave it dangling ("You have had prior X must be completed")."""
    # (an example in brackets does not end the clause with its "e.g.": "Ongoing ADT using an agonist (e.g.
    # leuprolide) must continue …" has its verb past it)
    clause = re.split(r"[.;:](?:\s|$)", _EXAMPLE.sub("", text[at:]), maxsplit=1)[0]
    # a condition in brackets holds its own verb: "within 4 weeks (6 weeks if nitrosoureas were received) of X"
    clause = _CONDITION_ASIDE.sub(lambda m: " " * len(m.group()), clause)
    # a note in brackets that closes the clause is a clause of its own ("X (HIV testing is not mandatory)"): its verb
    # leaves none dangling, unless it names people, whom a rewrite to the reader would then make "you" ("(the patient
    # … is eligible)"); a bracket mid-clause may hold the clause's own verb ("X (…), or who are …")
    note = re.search(r"\([^()]*\)\s*[.,]?\s*$", clause)
    # (nor one with a verb after a comma, which the rules that agree the reader's later verbs would read as theirs)
    if note is not None and not NOTE_PEOPLE.search(note.group()) and not VERB_AFTER_COMMA.search(note.group()):
        clause = clause[: note.start()]
    held = -1  # where a joined "has" ends: its "had" ("…, or has had X") is that clause's verb, not one more
    for m in FINITE.finditer(clause):
        if m.group().lower() == "had" and clause[held : m.start()].isspace():
            continue
        # "… which, in the study doctor's view, could …": an aside between a clause's opener and its verb
        words = ASIDE_BEFORE.sub("", clause[: m.start()]).split()
        sub = _SUBORDINATE.search(clause[: m.start()])
        if sub and not FINITE.search(sub.group("rest")):
            continue  # "… unless all risk factors that contributed to it have been corrected": that clause's own verb
        opened = bool(words) and words[-1].lower().strip("(,") in _OPENS_CLAUSE
        if not opened and not _INFINITIVE.search(text[:at] + clause[: m.start()]):
            return True
        # (only a "has" joined by "or"/"and", the opening's own later verb: a plural "and have had" may be others')
        joined = opened and words[-1].lower() in ("or", "and", "and/or") and m.group().lower() == "has"
        # a listed subject's own "have had" ("X, Patients who have had chemotherapy"): its "had" is that clause's too
        # (not a bare "…, or who has had Y", nor a group that is not listed: "including brain metastases patients who")
        related = m.group().lower() in ("has", "have") and _LISTED_WHO.search(clause[: m.start()]) is not None
        held = m.end() if joined or related else -1
    return False


# an infinitive after a participle or an adjective ("… are planning to have surgery", "deemed to have", "unable to
# do"), no verb with a subject of its own; after a verb ("… need to have") the verb before it is the clause's own
_INFINITIVE = re.compile(
    r"\b(?:\w{3,}(?:ing|ed)|(?:un)?able|(?:un)?likely|known|contraindications?)\s+to\s*$", re.IGNORECASE
)
_LISTED_WHO = re.compile(
    r"(?:,|\b(?:or|and|and/or))\s+(?:the\s+)?(?:patients?|subjects?|participants?)\s+who\s+$", re.IGNORECASE
)
_CONDITION_ASIDE = re.compile(r"\((?:[^()]*[\s,])?(?:if|when|unless|where)\s[^()]*\)", re.IGNORECASE)
_EXAMPLE = re.compile(r"\s*\((?:e\.g\.|i\.e\.)(?:[^()]|\([^()]*\))*\)", re.IGNORECASE)
# a clause with a subject of its own, then its first verb with no comma between ("… unless treated, is …" and
# "… when given for X is …" have no subject: their "is" may be the main clause's)
_SUBORDINATE = re.compile(
    r"\b(?:unless|if|when|whenever|where|because|although|though|until|once|provided\s+that)\s+"
    r"(?=(?:all|the|a|an|any|it|its|they|their|this|these|those|there|such|subject|patient|participant|he|she|his|"
    r"her|no|both|either|each)\b"
    # after "unless", a subject with no determiner ("unless full recovery from side effects has occurred"): not a
    # participle or an adverb before one ("unless treated is", "unless clinically indicated is": no subject)
    r"|(?<=unless\s)(?![a-z]+(?:ed|en|ing)\b|[a-z]+ly\s+[a-z]+(?:ed|en)\b|otherwise\b)(?=[a-z]+\s+[a-z]))"
    r"(?P<rest>[^,;:()\[\]]+)$",
    re.IGNORECASE,
)


