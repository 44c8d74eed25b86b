"""A criterion that only names a condition ("Prostate cancer", "Congestive heart failure") → "You have …".

Under "You may be able to join if…" or "You cannot join if…" a bare condition means the reader has it;
saying so makes the bullet a sentence about the reader, like the other openings in
translator.offline_openings. The rule is narrow: the criterion is one clause with no verb, no colon
(a heading) and no person named in it ("Female donors …"), and its first noun phrase ends in a
condition: a word from the list below or a lexicon condition or symptom. A past time window ("… in
the 28 days before registration") makes it "You have had …".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.facts import Fact, FactKind
from translator.lexicon import Lexicon
from translator.lexicon_entries import Kind, TermEntry
from translator.offline_edits import Edit
from translator.offline_openings import FINITE

CONDITION_NOUNS = frozenset({
    "disease", "diseases", "disorder", "disorders", "cancer", "cancers", "tumor", "tumors", "tumour", "tumours",
    "infection", "infections", "failure", "syndrome", "syndromes", "illness", "illnesses", "injury", "injuries",
    "deficiency", "insufficiency", "dysfunction", "impairment", "malignancy", "malignancies", "neoplasm",
    "neoplasms", "carcinoma", "lymphoma", "leukemia", "leukaemia", "myeloma", "sarcoma", "melanoma", "metastases",
    "metastasis", "hypertension", "hypotension", "diabetes", "asthma", "hepatitis", "cirrhosis", "epilepsy",
    "seizures", "angina", "arrhythmia", "arrhythmias", "fibrillation", "thrombosis", "embolism", "ulcer", "ulcers",
    "pancreatitis", "colitis", "psychosis", "depression", "dementia", "anemia", "anaemia", "neuropathy",
    "prolongation", "effusion", "ascites", "edema", "oedema", "obstruction", "stenosis", "fistula", "perforation",
    "abscess", "bleeding", "hemorrhage", "haemorrhage", "allergies",
})  # fmt: skip
_CONDITION_KINDS = (Kind.CONDITION, Kind.SYMPTOM)
# Where the first noun phrase ends.
_PHRASE_END = re.compile(
    r"\s*(?:[,;(\[/]|$|\.\s*$|\s(?:or|and|and/or|with|without|of|in|on|at|from|to|for|due|after|before|during|"
    r"within|requiring|needing|including|such|except|other|that|which|who|as|by|per|despite|secondary)\b)",
    re.IGNORECASE,
)
# First words that say something other than "you have": a negation, a finding, a time, a relative, a use.
_NOT_AN_OPENING = re.compile(
    r"(?:no|not|non|none|without|absence|absent|lack|negative|positive|normal|abnormal|adequate|history|prior|past|"
    r"previous|recent|planned|suspected|family|risk|any|all|both|either|neither|each|only|use|treatment|therapy|"
    r"signs?|symptoms?|evidence|presence|diagnosis|documented|confirmed|known|cured|treated|resolved|"
    r"controlled|stable|healthy|good|free|see|note|the|a|an|this|these|those|patients?|subjects?|previously|"
    r"currently|recently|newly|immunocompromised|immunosuppressed|"
    # a clause or a list going on from elsewhere ("If no cirrhosis, a liver biopsy …"): no noun phrase to have
    r"if|unless|when|whether|while|although|though|because|and|or|nor|but|except|including|excluding)\b",
    re.IGNORECASE,
)
_PEOPLE = re.compile(
    r"\b(?:patients?|subjects?|participants?|wom[ae]n|m[ae]n|females?|males?|donors?|recipients?|persons?|people|"
    r"children|volunteers?|smokers?|users?|partners?|mothers?|infants?|adults?|individuals?|candidates?|"
    r"their|his|her|they|them)\b",
    re.IGNORECASE,
)
_RESULT_AFTER = re.compile(r"\s*(?:\([^()]*\))?\s*-?\s*(?:positive|negative|seropositive|seronegative)\b", re.I)
_RESULT_IN_CLAUSE = re.compile(r"\b(?:positive|negative|seropositive|seronegative)\b", re.IGNORECASE)
_SENTENCE_INSIDE = re.compile(r"[.!?]\s+\S|;\s*\S")
_PAST_WINDOW = ("before", "past")
_VERBS_FIRST = frozenset({
    "demonstrate", "demonstrates", "show", "shows", "exhibit", "exhibits", "meet", "meets", "fulfil", "fulfill",
    "fulfills", "satisfy", "satisfies", "agree", "agrees", "provide", "provides", "sign", "give", "undergo", "receive",
    "require", "requires", "need", "needs", "take", "use", "present", "presents", "display", "experience", "develop",
    "understand", "accept", "consent", "participate", "weigh", "have", "has", "be", "is", "are",
})  # fmt: skip
_IN_A_STATE = re.compile(r"in\s+(?!situ\b|vivo\b|vitro\b)", re.IGNORECASE)
_PREPOSITION = re.compile(
    r"(?:in(?!\s+(?:situ|vivo|vitro)\b)|on|at(?!\s+(?:least|most)\b)|of|for|with|within|from|to|by|after|before|during|under|over|"
    r"since|between|among)\b",
    re.IGNORECASE,
)


def condition_opening(text: str, start: int, facts: Sequence[Fact], lexicon: Lexicon) -> list[Edit]:
    body = text[start:]
    if not body[:1].isalpha() or ":" in body or _SENTENCE_INSIDE.search(body.rstrip(" .;")):
        return []
    if FINITE.search(body) or _PEOPLE.search(body) or _NOT_AN_OPENING.match(body):
        return []
    end = _PHRASE_END.search(body)
    head = body[: end.start() if end else len(body)]
    words = head.split()
    if not words or len(words) > 6 or any(not re.fullmatch(r"[A-Za-z][\w'’-]*", w) for w in words):
        return []
    if words[0].lower() in _VERBS_FIRST:
        return []  # "Demonstrate disease progression …": a verb, not a condition ("You have Show disease progression")
    if not _names_a_condition(head, words, lexicon) or re.match(r"\s+to\b", body[len(head) :]):
        return []  # "Failure to respond to …" is no condition one has
    if _RESULT_AFTER.match(body, len(head)) or _RESULT_IN_CLAUSE.search(re.split(r"[,;(]", body, maxsplit=1)[0]):
        return []  # "Human Immunodeficiency Virus (HIV)-positive", "Hepatitis B and C negative": results, not viruses
    if _IN_A_STATE.match(body):
        return [Edit(start, start, "You are ", "person")]  # "In first relapse": a state one is in, not a thing one has
    if _PREPOSITION.match(body):
        return []  # "Within normal range cardiac function": no noun phrase to have
    # a bare "prior"/"history" after the condition is another item's ("Dry eye syndrome or prior Restasis use")
    past = any(
        f.kind is FactKind.TEMPORAL
        and f.relation in _PAST_WINDOW
        and (f.low is not None or f.high is not None or f.start < start + len(head))
        for f in facts
    )
    return [Edit(start, start, "You have had " if past else "You have ", "person")]


_NOT_A_NOUN = ("ed", "ing", "al", "ic", "ous", "ive", "ary", "ar", "ble", "ant", "ent", "ly", "ful", "less", "oid")


def _names_a_condition(head: str, words: Sequence[str], lexicon: Lexicon) -> bool:
    if words[-1].lower() in CONDITION_NOUNS:
        return True
    if words[-1].lower().endswith(_NOT_A_NOUN):
        return False  # an adjective or a verb the lexicon files under a condition ("immunocompromised", "suicidal")
    return any(
        isinstance(m.entry, TermEntry) and m.entry.kind in _CONDITION_KINDS and m.end == len(head)
        for m in lexicon.find(head)
    )
