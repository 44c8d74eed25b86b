"""A criterion that only names a condition ("Prostate cancer", "Congestive heart failure") → "You have …".

Under "You may be able to join if…" or "You cannot join if…" a bare condition means the reader has it;
saying so makes the bullet a sentence about the reader, like the other openings in
translator.offline_openings. The rule is narrow: the criterion is one clause with no verb, no colon
(a heading) and no person named in it ("Female donors …"), and its first noun phrase ends in a
condition: a word from the list below or a lexicon condition or symptom. A past time window ("… in
the 28 days before registration") or a length of time ("… for at least 12 months") makes it "You have had …".
The name may open with a kind named by a number ("Type 2 diabetes", "Type 1 or 2 diabetes") or with adjectives
joined before its noun ("Measurable or evaluable disease", "Metastatic or locally advanced breast cancer"), and a
result that names a kind of the condition stays part of its name ("HER2-positive breast cancer"); a result after
a name ("HIV negative") is a finding, not a condition (see translator.offline_results).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.facts import Fact, FactKind
from translator.lexicon import Lexicon
from translator.lexicon_entries import Kind, TermEntry
from translator.offline_bare_symptoms import article_for, lowered_symptom, names_a_symptom
from translator.offline_case import lowered, ordinary_run
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
# A name with a disease's ending names one, in the lexicon or not ("Moderate or severe endometriosis", "Obstructive
# uropathy", "Constrictive pericarditis"; 414 corpus and Chia criteria were left as written without it), but for
# the few everyday words with those endings, and practices ("osteopathy") that are no condition one has.
_DISEASE_ENDING = re.compile(r"[a-z]{2}(?:omas?|itis|a?emias?|osis|uria|pathy|pathies|algia)$")
_NOT_DISEASES = frozenset({
    "diagnosis", "prognosis", "hypnosis", "osmosis", "diploma", "diplomas", "aroma", "aromas", "academia",
    "sympathy", "empathy", "telepathy", "homeopathy", "naturopathy", "osteopathy", "anastomosis", "orthosis",
    "orthoses", "prosthesis",
})  # fmt: skip
# Where the first noun phrase ends.
_PHRASE_END = re.compile(
    r"\s*(?:[,;(\[/]|$|\.\s*$|\s(?:or|and|and/or|with|without|of|in|on|at|from|to|for|due|after|before|during|"
    r"within|requiring|needing|including|such|except|other|that|which|who|as|by|per|despite|secondary)\b"
    # how the condition was found: "Gastroparesis confirmed using the GEBT" names gastroparesis (not "Histologically
    # confirmed X", "Two documented relapses": the participle before the noun is part of the phrase)
    r"|(?<![Ll][Yy])\s(?:confirmed|documented|proven|diagnosed|verified)(?=\s+(?:by|using|with|on|at|in|as|"
    r"according|per|via|through|during)\b))",
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
    r"their|his|her|they|them|diabetics|asthmatics|epileptics|alcoholics|schizophrenics|ha?emophiliacs|"
    r"(?:para|quadri|tetra)plegics)\b",
    re.IGNORECASE,
)
_FOUND = re.compile(r"\s+(?:confirmed|documented|proven|diagnosed|verified)\b", re.IGNORECASE)
_RESULT_AFTER = re.compile(r"\s*(?:\([^()]*\))?\s*-?\s*(?:positive|negative|seropositive|seronegative)\b", re.I)
_RESULT_IN_CLAUSE = re.compile(r"\b(?:positive|negative|seropositive|seronegative)\b", re.IGNORECASE)
_SENTENCE_INSIDE = re.compile(r"[.!?]\s+\S|;\s*\S")
_PAST_WINDOW = ("before", "past")
# a past word that says the condition was there before and still is: "Pre-existing neuropathy" → "You have
# pre-existing neuropathy" ("You have had" would say it may be over)
_STILL_THERE = re.compile(r"pre-?exist(?:ing|ent)", re.IGNORECASE)
# a length of time one has had it: "Type 1 diabetes for at least 12 months" → "You have had …"
_LASTING = "for"
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


def condition_opening(
    text: str, start: int, facts: Sequence[Fact], lexicon: Lexicon, *, article: bool = True
) -> list[Edit]:
    """ "Cough" → "You have a cough" (see the module); `article=False` for a caller that puts its own determiner
    before the name ("Any fever" → "You have had any fever", not "an any fever")."""
    body = text[start:]
    if not body[:1].isalpha() or ":" in body or _SENTENCE_INSIDE.search(body.rstrip(" .;")):
        return []
    if FINITE.search(body) or _PEOPLE.search(body) or _NOT_AN_OPENING.match(body):
        return []
    # "Type 2", "type 1 or 2" name one kind of a condition, and "Measurable or evaluable", "Locally advanced and/or
    # metastatic" are adjectives of one noun: the phrase reads on to that noun, as one word here
    masked = _ONE_WORD.sub(lambda m: "x" * len(m.group()), body)
    adjectives = _ADJECTIVES.match(masked)
    after = adjectives.end() if adjectives and _plain_adjectives(body[: adjectives.end()]) else 0
    end = _PHRASE_END.search(masked, after)
    head = body[: end.start() if end else len(body)]
    words, named = masked[after : len(head)].split(), head[after:]
    if not words or len(words) > 6 or any(not re.fullmatch(r"[A-Za-z][\w'’-]*", w) for w in words):
        return []
    if words[0].lower() == "having" and (masked != body or after):
        return []  # "Having type 2 diabetes" is offline_participles' ("You have …"), not "You are having …"
    # nor "Involving a chronic infection", a preposition-like participle ("You have involving a …")
    if words[0].lower() in _VERBS_FIRST or re.match(r"(?:involv|includ|concern|regard)ing\s", body, re.I):
        return []  # "Demonstrate disease progression …": a verb, not a condition ("You have Show disease progression")
    if not names_a_condition(named, named.split(), lexicon) or re.match(r"\s+to\b", body[len(head) :]):
        return []  # "Failure to respond to …" is no condition one has
    if _RESULT_AFTER.match(body, len(head)) or _RESULT_IN_CLAUSE.search(_after_result_words(body, head)):
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
        and not _STILL_THERE.fullmatch(f.text)
        and not _finding_aside(text, start + len(head), f.start)
        for f in facts
    )
    # the length right after the name is the condition's ("Type 1 diabetes (diagnosed clinically) for at least 12
    # months"); one further on may be a treatment's ("… with stable metformin treatment for at least 3 months")
    lasting = any(
        f.kind is FactKind.TEMPORAL
        and f.relation == _LASTING
        and f.start >= start + len(head)
        and not re.sub(r"\([^()]*\)", "", text[start + len(head) : f.start]).strip()
        for f in facts
    )
    if _FOUND.match(body, len(head)) and (past or lasting):
        return []  # "Infection diagnosed in the 24 weeks before Visit 1": the window is the finding's, and whether the
        # condition goes on ("You have …") or may be over ("You have had …") the source does not say
    have = "You have had " if past or lasting else "You have "
    opening = Edit(start, start, have + (article_for(head) if article else ""), "person")  # "You have a cough"
    lowered = _lowered_adjective(text, start) + _lowered_disease(text, start)
    return [opening, *(lowered or lowered_symptom(text, start, head))]


# An aside that says how the condition is found: "(to be confirmed by chest X-ray within 28 days before enrollment)"
_FINDING_ASIDE = re.compile(
    r"\((?:to\s+be\s+)?(?:confirmed|documented|proven|diagnosed|verified|assessed|shown)\b[^()]*$", re.IGNORECASE
)


def _finding_aside(text: str, after: int, at: int) -> bool:
    """Whether a window at `at` lies in an aside after the condition's name that says how it is found: the window
    is the test's ("Pulmonary fibrosis (to be confirmed by chest X-ray within 28 days before enrollment)"), and
    "You have had pulmonary fibrosis" would take in a past one the source does not."""
    return at >= after and _FINDING_ASIDE.search(text, after, at) is not None


def _lowered_disease(text: str, start: int) -> list[Edit]:
    """The capital of a criterion's first word lowered after "You have" when it is a disease's name by its ending
    ("Thyrotoxicosis" → "You have thyrotoxicosis"): offline_case keeps the capital of a word it does not know, as a
    name may need it, and no name ends so (an eponym is "Crohn's disease", a Title Case run keeps its capitals)."""
    m = re.match(r"[A-Z][a-z]+\b(?![-'’])", text[start:])
    if m is None or re.match(r"\s+[A-Z]", text[start + m.end() :]):
        return []
    word = m.group().lower()
    if not _DISEASE_ENDING.search(word) or word in _NOT_DISEASES:
        return []
    return [Edit(start, start + m.end(), word, "case")]


def _lowered_adjective(text: str, start: int) -> list[Edit]:
    """The first word lower-cased after "You have" when it is an adjective in title case ("Untreated, symptomatic
    brain metastases", "Idiopathic Parkinson's disease"), which offline_case, knowing no such word, would keep."""
    if lowered(text, start) is not None or ordinary_run(text, start):
        return []  # offline_case lowers it, or the Title Case run it opens ("Congestive Heart Failure")
    # only an adjective joined to another ("Untreated, symptomatic", "Variant/atypical"): one alone may be a name's
    # ("Sezary syndrome")
    word = re.match(r"[A-Z][a-z]+(?=\s*[,/]|\s+(?:or|and|and/or)\s)", text[start:])
    if word is None or not word.group().endswith(_ADJECTIVE_ENDS):
        return []
    if re.match(r"[\s,/]+[A-Z][a-z]", text[start + word.end() :]):
        return []  # a Title Case run ("Diabetic Ketoacidosis") keeps its capitals together
    return [Edit(start, start + word.end(), word.group().lower(), "case")]


# a kind named by a number ("Type 2 diabetes", "type I or type II diabetes mellitus"): one word of the phrase
_ONE_WORD = re.compile(
    r"\btype\s*(?:[1-4]|I{1,3}|IV)\b(?:\s*(?:or|and|and/or|/)\s*(?:type\s*)?(?:[1-4]|I{1,3}|IV)\b)?"
    # the heart failure scale's name spelled out is one name, as "NYHA" is ("New York Heart Association class III")
    r"|\bNew\s+York\s+Heart\s+Association(?:\s*\(NYHA\))?(?=\s)"
    # and a class or grade's levels are one: "class III or IV heart failure" is one condition, not two items
    r"|\b(?:class|grade)\s*(?:[1-4]|I{1,3}|IV)\b(?:\s*(?:or|and|and/or|/)\s*(?:[1-4]|I{1,3}|IV)\b)?"
    # what is abused, two ways: "Alcohol or drug abuse" is one abuse of either (not before a "within" window other
    # than "within the past …", whose tense the rules for things done place: "… within 12 months of screening")
    r"|\b(?:alcohol|drugs?|substances?)\s*(?:or|and/or|/)\s*(?:alcohol|drugs?|substances?)(?=\s+(?:abuse|dependence)\b)"
    r"(?![^.;]*\bwithin\b(?!\s+the\s+(?:past|last)\b))",
    re.IGNORECASE,
)
# adjectives joined before one noun: "Measurable or evaluable disease", "Metastatic or locally advanced cancer",
# "Active, uncontrolled infection" (each one or two words an adjective's endings show)
_ADJ = r"(?:[A-Za-z][\w-]*(?:ly)\s+)?[A-Za-z][\w-]*(?:ed|al|ic|ive|ble|ant|ent|ous|ary|ory|ar)"
# (not "Uncontrolled, or significant X": a comma before the "or" may end a list whose noun is elsewhere)
_ADJECTIVES = re.compile(rf"(?:{_ADJ}(?:\s*,\s*|\s+(?:or|and|and/or)\s+|\s*/\s*))+(?={_ADJ}\s)", re.IGNORECASE)


def _plain_adjectives(run: str) -> bool:
    """Whether each joined adjective is one "You have" can take: not a negation, a result or a time ("Prior or
    current", "Positive or negative", "Controlled or uncontrolled" read otherwise)."""
    words = [w for w in re.findall(r"[\w-]+", run) if w.lower() not in ("or", "and")]
    return not any(_NOT_AN_OPENING.fullmatch(w) for w in words)


def _after_result_words(body: str, head: str) -> str:
    """The first clause past a condition's name: "HER2-positive breast cancer" names a kind of cancer, and its
    "positive" is part of the name; a result after the name ("Hepatitis B and C negative") is a finding."""
    last = head.split()[-1].lower() if head.split() else ""
    inside = last in CONDITION_NOUNS and not _RESULT_IN_CLAUSE.search(last)
    clause = re.split(r"[,;(]", body, maxsplit=1)[0]
    return clause[len(head) :] if inside and len(clause) >= len(head) else clause


_ADJECTIVE_ENDS = ("ed", "al", "ic", "ive", "ble", "ant", "ent", "ous", "ary", "ar")
_NOT_A_NOUN = (
    "ed", "ing", "al", "ic", "ous", "ive", "ary", "ory", "ar", "ble", "ant", "ent", "ly", "ful", "less", "oid"
)  # "Refractory" (under a drug it failed) is no condition one has


def names_a_condition(head: str, words: Sequence[str], lexicon: Lexicon) -> bool:
    last = words[-1].lower()
    if last in CONDITION_NOUNS:
        return True
    # a name by its ending alone, not negated in one word ("Nonseminoma") nor the object of a verb the guards before
    # do not know ("CT scan demonstrates intraparenchymal hematoma")
    if _DISEASE_ENDING.search(last) and last not in _NOT_DISEASES and not last.startswith("non"):
        return not any(word.lower() in _VERBS_FIRST for word in words[:-1])
    if names_a_symptom(words):  # "Cough", "Wheezing", "Cardiogenic shock" (offline_bare_symptoms)
        return not any(word.lower() in _VERBS_FIRST for word in words[:-1])
    if words[-1].lower().endswith(_NOT_A_NOUN):
        return False  # an adjective or a verb the lexicon files under a condition ("immunocompromised", "suicidal")
    return any(
        isinstance(m.entry, TermEntry) and m.entry.kind in _CONDITION_KINDS and m.end == len(head)
        for m in lexicon.find(head)
    )
