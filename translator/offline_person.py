"""Second person for the offline backend: "Patients with X" → "You have X", "ALT < 2 x ULN" → "Your ALT is …".

Each rule looks only at how a criterion starts and returns edits on the source text (see
translator.offline_edits), so the rest of the sentence stays as written. A rule applies only where the
result is still a sentence about the reader: a subject that is narrowed ("Female patients …",
"Women who …") is left alone, because "You …" would drop who the criterion is about, and so is a
criterion that judges its own subject ("Patients with X are eligible"), which would read "You have X
are eligible". Exclusion bullets read as conditions under "You cannot join if…", so they get the
same rules ("You have …", "You are pregnant").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from translator.facts import Fact, FactKind
from translator.lexicon import Lexicon
from translator.lexicon_entries import Kind
from translator.offline_edits import Edit

_NOUN = r"(?:patient|subject|participant|individual|person|volunteer|candidate)s?|people|persons"
# "ALL patients" are patients with acute lymphoblastic leukemia: only "All"/"all" means every one of them.
_SUBJECT = re.compile(rf"(?:(?i:the|a|an|eligible)\s+|[Aa]ll\s+)?(?i:{_NOUN})\b")
_ADVERB = r"(?:(?:currently|previously|already|still|recently|also)\s+)?"
_MODALS = ("must", "should", "will", "may", "can", "cannot", "shall", "would", "could", "might")
_TO_BE = {
    "is": "are", "are": "are", "was": "were", "were": "were", "has": "have", "have": "have", "had": "had",
    "does": "do", "do": "do", "did": "did", "doesn't": "don't", "isn't": "aren't", "hasn't": "haven't",
}  # fmt: skip
_VERBS = frozenset({
    "receive", "require", "meet", "agree", "understand", "present", "accept", "weigh", "answer", "live", "reside",
    "plan", "intend", "need", "want", "speak", "read", "take", "use", "undergo", "experience", "develop", "suffer",
    "fulfil", "fulfill", "satisfy", "demonstrate", "exhibit", "show", "consent", "provide", "sign", "give",
    "participate", "smoke", "drink", "consume", "work", "lack", "belong", "carry", "test", "continue", "wish",
    "refuse", "exceed", "report", "qualify", "harbor", "harbour", "display", "possess", "know", "expect",
})  # fmt: skip
_PAST = frozenset({
    "received", "underwent", "took", "used", "experienced", "developed", "suffered", "participated",
    "completed", "failed", "signed", "gave", "met", "agreed", "required", "smoked", "tested",
})  # fmt: skip
_HAVE_BEEN = frozenset({"diagnosed", "treated", "exposed", "vaccinated", "infected", "hospitalized",
                        "hospitalised", "randomized", "randomised", "enrolled", "admitted", "immunized",
                        "previously", "transplanted", "operated", "pretreated", "pre-treated"})  # fmt: skip
# A criterion that judges its subject ("… are eligible") or names a second person is no sentence about "you".
_JUDGED = re.compile(
    r"\b(?:is|are|be|been|was|were)\s+(?:not\s+)?(?:eligible|ineligible|excluded|included|allowed|permitted|"
    r"enrolled|accepted|acceptable|considered|exempt|required|candidates?)\b|\b(?:eligible|excluded|allowed|"
    r"permitted)\s*[.:;]?\s*$|\b(?:partner|caregiver|parent|guardian|spouse|child|mother|father|representative)s?\b"
    r"|\b(?:may|can|will|could|should)\s+(?:not\s+)?(?:participate|take part|enter|enroll|be enrolled|join|"
    r"be included|remain|continue|be considered)\b|\b(?:allowed|permitted|eligible|ineligible|excluded)\b",
    re.IGNORECASE,
)
_FINITE = re.compile(
    r"\b(?:is|are|was|were|will|would|may|might|can|cannot|could|must|should|shall|has|have|had|do|does|did)\b",
    re.IGNORECASE,
)
_LED = [  # (pattern at the start, replacement); the pattern's match is replaced
    (r"(?:an?\s+)?(?P<adj>(?:(?:known|documented|prior|previous|past|personal|current|recent|significant|"
     r"confirmed|positive)\s+(?:(?:or|and|and/or)\s+\w+\s+)?)*)history\s+of\b", "You have a {adj}history of"),
    (r"(?:a\s+)?diagnosis\s+of\b", "You have a diagnosis of"),
    (r"presence\s+of\b", "You have"),
    (r"evidence\s+of\b", "You have signs of"),
    (r"(?P<how>(?:(?:histologically|cytologically|pathologically|radiologically|radiographically|clinically|"
     r"biopsy|tissue)[- ]?(?:,\s*|\s+(?:and/or|or|and)\s+)?)+(?:confirmed|proven|documented|diagnosed|verified))\b",
     "You have {how}"),
    (r"(?P<how>(?:newly|previously|recently)\s+diagnosed|confirmed\s+diagnosis\s+of|measurable\s+disease|"
     r"adequate\s+(?!\w+\s+(?:of|with|to)\b))", "You have {how}"),
    (r"(?P<pn>positive|negative)\b(?=[^.;:]{0,40}\b(?:tests?|results?|screens?|serology|assays?)\b)",
     "You have a {pn}"),
    (r"(?P<when>prior|previous)\s+(?!to\b)(?=\w)", "You have had {when} "),
    (r"pregnancy(?P<also>\s*(?:,|or|and/or|/)\s*(?:breast-?\s?feeding|lactating))?(?=\s*[.;]?\s*$)",
     "You are pregnant{also}"),
    (r"no\s+(?!(?:more|less|greater|fewer|later|earlier|longer|shorter|than|other\s+(?:patients|subjects))\b)"
     r"(?![^.;:]*\b(?:wom[ae]n|m[ae]n|females?|males?|patients?|subjects?|participants?|mothers?|children|"
     r"persons?|people|individuals?)\b)", "You have no "),
    (r"known\s+to\b", "You are known to"),
    (r"(?:has|have)\b", "You have"),
    (r"(?:is|are|be)\b", "You are"),
    (r"had\b", "You had"),
    (r"(?:was|were)\b", "You were"),
    (r"(?P<modal>must|should|will|may|cannot|can)\b(?!\s+(?:be\s+)?(?:eligible|excluded|included))", "You {modal}"),
    (r"(?:agrees?|agreed)\s+to\b", "You agree to"),
    (r"meets?\b", "You meet"),
    (r"received\b", "You have received"),
    (r"(?P<adv>currently\s+)?(?P<ing>receiving|taking|undergoing|using|planning|participating|enrolled|on)\b",
     "You are {adv}{ing}"),
    (r"(?:willing|able|unable|unwilling|capable|incapable)\b", "You are {0}"),
    (r"willingness\s+to\b", "You are willing to"),
    (r"unwillingness\s+to\b", "You are unwilling to"),
    (r"ability\s+to\b", "You are able to"),
    (r"inability\s+to\b", "You are unable to"),
    (r"diagnosed\s+with\b", "You have been diagnosed with"),
    (r"(?P<preg>pregnant(?:\s*(?:,|or|and/or|/)\s*(?:possibly\s+pregnant|lactating|nursing|breast-?\s?feeding))*)"
     r"\s+(?:women|females|patients|subjects|participants|mothers)\b(?!\s+(?:who|with|of|that))", "You are {preg}"),
    (r"(?:pregnant|lactating|breast-?feeding|nursing)\b(?!.*\b(?:wom[ae]n|females?|mothers?)\b)", "You are {0}"),
    (r"(?P<adj>known|uncontrolled|active|severe|chronic|acute|symptomatic|clinically\s+significant|significant|"
     r"untreated|ongoing|unstable|serious|documented|current|poorly\s+controlled|concurrent|"
     r"clinically\s+relevant)\s+(?!to\b)(?!(?:\w+\s+)?(?:use|participation|enrollment|enrolment|administration|intake|"
     r"need|consumption|requirement|involvement|treatment|therapy|medication|or\s+planned)\b)", "You have {adj} "),
]  # fmt: skip
_LED_RE = [(re.compile(pattern, re.IGNORECASE), template) for pattern, template in _LED]
_LAB_WORDS = frozenset({
    "count", "counts", "level", "levels", "clearance", "score", "index", "status", "fraction", "pressure", "rate",
    "saturation", "concentration", "volume", "weight", "bilirubin", "creatinine", "hemoglobin", "haemoglobin",
    "albumin", "platelets", "neutrophils", "glucose", "potassium", "sodium", "calcium", "magnesium", "lymphocytes",
    "leukocytes", "transaminases", "titer", "titre", "bmi", "inr", "ast", "alt", "anc", "hba1c", "egfr", "gfr",
    "expectancy",
})  # fmt: skip
_LAB_KINDS = (Kind.LAB, Kind.TEST, Kind.SCALE)
_LAB_NAME = re.compile(r"(?P<name>[A-Za-z][\w\-/()' ]{0,60}?)(?P<sep>\s*(?::|=|of|was|is)?\s*)$")
_NOT_A_NAME = re.compile(
    r"\b(?:is|are|has|have|had|was|were|with|who|must|should|will|patients?|subjects?|participants?|age|aged|"
    r"history|prior|previous|no|not|any|and|or|if|for|in|at|on|within|before|after|since|during)\b",
    re.IGNORECASE,
)
_PRONOUNS = [
    (re.compile(r"\b(?:his\s*/\s*her|her\s*/\s*his|his\s+or\s+her|her\s+or\s+his)\b", re.IGNORECASE), "your"),
    (re.compile(r"\b(?:he\s*/\s*she|she\s*/\s*he|he\s+or\s+she|she\s+or\s+he|s/he)\s+(?P<verb>is|has|was|does|"
                r"will|must|can|cannot|may|should|would|could|had|did)\b", re.IGNORECASE), "you {verb}"),
    (re.compile(r"\b(?:him\s*/\s*her|her\s*/\s*him|him\s+or\s+her)\b", re.IGNORECASE), "you"),
    (re.compile(r"\b(?:himself\s*/\s*herself|herself\s*/\s*himself|himself\s+or\s+herself)\b", re.IGNORECASE),
     "yourself"),
]  # fmt: skip


def person_edits(text: str, facts: Sequence[Fact], lexicon: Lexicon) -> list[Edit]:
    """Edits that put `text` in the second person, or none when no rule applies safely."""
    start = len(text) - len(text.lstrip())
    body = text[start:]
    if not body or _JUDGED.search(re.sub(r"\([^()]*\)|\[[^\[\]]*\]", "", body)):  # asides judge nothing
        return []
    lead = (
        _age(text, start, facts)
        or _subject(text, start, facts)
        or _lab(text, start, facts, lexicon)
        or _past_event(text, start, facts)
        or _led(text, start)
    )
    if not lead or _plural_complement(text, lead[0]):
        return []
    lead += _lowered_after(text, lead[0])
    return lead + _pronouns(text, plural=_plural_subject(text, start)) + _agreement(text, lead[0].end)


def _first_fact_at(facts: Sequence[Fact], position: int) -> Fact | None:
    return next((f for f in facts if f.start == position and f.kind is FactKind.VALUE), None)


def _age(text: str, start: int, facts: Sequence[Fact]) -> list[Edit]:
    """ "Age ≥ 18 years", "Aged 18 to 65", "18 years or older" → "You are …"."""
    m = re.compile(r"(?:age[sd]?\b\s*(?::|of|-|between\b)?\s*)?", re.IGNORECASE).match(text, start)
    end = m.end() if m else start
    fact = _first_fact_at(facts, end) or (_first_fact_at(facts, m.start(0) + len("age ")) if m else None)
    if fact is None or not fact.age:
        return []
    if "between" in text[start : fact.start].lower() and not fact.text.lower().startswith("between"):
        return []
    return [Edit(start, fact.start, "You are ", "person")]


def _subject(text: str, start: int, facts: Sequence[Fact]) -> list[Edit]:
    """ "Patients who have X" → "You have X"; "Subject is" → "You are"; "Patients taking X" → "You are taking X".

    A relative clause, a participle or "with" describes the subject only when no verb of its own follows
    ("Patients taking an anticoagulant must use warfarin" is about what they must do): then no edit.
    """
    edits = _subject_edits(text, start, facts)
    if not edits:
        return []
    m = _SUBJECT.match(text, start)
    between = text[m.end() : edits[0].end] if m else ""
    described = re.search(r"\b(?:who|that|with)\b|\w+(?:ing|ed)\s*$", between, re.IGNORECASE)
    verb_first = re.match(rf"\s*,?\s*{_ADVERB}(?:{'|'.join(_MODALS)}|{'|'.join(_TO_BE)})\b", between, re.IGNORECASE)
    if described and not verb_first and _dangling_verb(text, edits[0].end):
        return []
    if described and re.search(r":\s*\S", text[edits[0].end :]):
        return []  # "Patients with liver metastases: AST ≤ 5 x ULN" sets a condition for some, says nothing of you
    return edits


def _subject_edits(text: str, start: int, facts: Sequence[Fact]) -> list[Edit]:
    m = _SUBJECT.match(text, start)
    if m is None:
        return []
    noun = m.group().split()[-1].lower()
    singular = noun != "people" and not noun.endswith("s")
    rest = text[m.end() :]
    if rest.startswith("'s ") or rest.startswith("’s "):
        return [Edit(start, m.end() + 3, "Your ", "person")]
    lead = re.match(rf"\s*,?\s*(?:(?:who|that)\s+)?{_ADVERB}", rest)
    at = m.end() + (lead.end() if lead else 0)
    adverb = (lead.group() if lead else "").strip(" ,")
    adverb = re.sub(r"^(?:who|that)\s*", "", adverb, flags=re.IGNORECASE)
    fact = _first_fact_at(facts, at)
    if fact is not None and fact.age:
        return [Edit(start, fact.start, "You are ", "person")]  # "Patient ≥ 18 years old"
    word_m = re.match(r"[\w'’-]+", text[at:])
    if word_m is None:
        return []
    word = word_m.group()
    lower = word.lower()
    after = at + word_m.end()
    adv = f"{adverb} " if adverb else ""
    if lower == "with" and not adverb:
        clause = re.split(r"[.;:]", text[after:], maxsplit=1)[0]
        if _FINITE.search(clause):
            return []
        return [Edit(start, after, "You have", "person")]
    if lower in _MODALS:
        return [Edit(start, after, f"You {adv}{lower}", "person")]
    if lower in _TO_BE:
        return [Edit(start, after, f"You {adv}{_TO_BE[lower]}", "person")]  # the source's word order
    if lower in ("aged", "age", "ages") or _first_fact_at(facts, at) is not None:
        fact = next((f for f in facts if f.start >= at and f.age), None)
        if fact is None or (
            fact.start != at and (lower not in ("aged", "age", "ages") or text[after : fact.start].strip(" :"))
        ):
            return []
        return [Edit(start, fact.start, "You are ", "person")]
    verb = _base(lower) if singular else lower
    if verb in _VERBS:
        return [Edit(start, after, f"You {adv}{verb}", "person")]
    if lower in _PAST:
        return [Edit(start, after, f"You {adv}{lower}", "person")]
    if lower in _HAVE_BEEN:
        return [Edit(start, after, f"You have been {adv}{lower}", "person")]
    if lower.endswith("ing") and len(lower) > 5 and lower not in ("having",):
        return [Edit(start, after, f"You are {adv}{lower}", "person")]
    if lower == "having":
        return [Edit(start, after, f"You {adv}have", "person")]
    return []


def _base(verb: str) -> str:
    if verb.endswith("ies") and len(verb) > 4:
        return verb[:-3] + "y"
    if verb.endswith(("sses", "shes", "ches", "xes", "zes", "oes")):
        return verb[:-2]
    if verb.endswith("s") and not verb.endswith("ss"):
        return verb[:-1]
    return verb


def _lab(text: str, start: int, facts: Sequence[Fact], lexicon: Lexicon) -> list[Edit]:
    """ "Creatinine < 2 x ULN" → "Your creatinine is …": a lab or scale named, then its threshold."""
    fact = next((f for f in facts if f.kind is FactKind.VALUE and f.start > start), None)
    if fact is None or fact.age or fact.comparator is None or fact.label is not None:
        return []
    if any(f.start < fact.start for f in facts if f is not fact):
        return []
    m = _LAB_NAME.match(text[start : fact.start])
    if m is None:
        return []
    name = m.group("name").strip()
    words = name.split()
    if not name or len(words) > 7 or _NOT_A_NAME.search(name) or name.count("(") != name.count(")"):
        return []
    known = any(isinstance(x.entry.kind, Kind) and x.entry.kind in _LAB_KINDS for x in lexicon.find(name))
    if not known and words[-1].lower().strip("()") not in _LAB_WORDS:
        return []
    last = words[-1].strip("()")
    plural = last.lower().endswith("s") and not last.isupper() and not last.lower().endswith(("ss", "us", "is"))
    edits = [Edit(start, start, "Your ", "person")]
    # "Serum creatinine" → "your serum creatinine"; a title ("Eastern Cooperative Group") keeps its capitals
    titled = len(words) > 1 and words[1][:1].isupper()
    if not titled and _ordinary(words[0]):
        edits.append(Edit(start, start + len(words[0]), words[0].lower(), "case"))
    sep_start = start + m.start("sep")
    edits.append(Edit(sep_start, fact.start, " are " if plural else " is ", "person"))
    return edits


_EVENT = re.compile(
    r"(?P<use>use|usage|intake)\s+of\b|(?P<receipt>receipt|administration)\s+of\b|(?P<part>participation)\s+in\b"
    r"|(?P<had>(?:(?:major|minor|prior|previous|any)\s+)?(?:surgery|surgical procedure|operation|treatment with|"
    r"therapy with|radiotherapy|radiation therapy|radiation|chemotherapy|transfusion|blood transfusion|"
    r"vaccination|immunization|hospitali[sz]ation|infection|stroke|myocardial infarction|heart attack))\b",
    re.IGNORECASE,
)
_NOT_PAST = re.compile(
    r"\b(?:plann?ed|planning|scheduled|expected|anticipated|during|after|following|will|"
    r"ongoing|current|currently|concurrent|concomitant)\b",
    re.IGNORECASE,
)


def _past_event(text: str, start: int, facts: Sequence[Fact]) -> list[Edit]:
    """ "Major surgery within 4 weeks before randomization" → "You have had major surgery …".

    Only when a time window puts the event in the past and nothing puts it now or later.
    """
    m = _EVENT.match(text, start)
    if m is None or _NOT_PAST.search(text) or _dangling_verb(text, m.end()):
        return []
    if not any(f.kind is FactKind.TEMPORAL and f.relation == "before" and f.high is not None for f in facts):
        return []
    if m.group("use"):
        return [Edit(start, m.end(), "You have used", "person")]
    if m.group("receipt"):
        return [Edit(start, m.end(), "You have received", "person")]
    if m.group("part"):
        return [Edit(start, m.end(), "You have taken part in", "person")]
    return [Edit(start, m.end(), "You have had " + m.group("had").lower(), "person")]


_VERB_LED = frozenset({
    "has", "have", "is", "are", "be", "had", "was", "were", "must", "should", "will", "may", "cannot", "can",
    "agree", "agrees", "agreed", "meet", "meets", "received", "currently", "receiving", "taking", "undergoing",
    "using", "planning", "participating", "enrolled", "on", "diagnosed",
})  # fmt: skip
_OPENS_CLAUSE = frozenset({
    "who", "that", "which", "whom", "whose", "and", "or", "and/or", "but", "also", "it", "this", "there", "they",
    "if", "unless", "when", "where", "as", "than", "not", "he", "she", "you", "patient", "subject", "participant",
})  # fmt: skip


def _dangling_verb(text: str, at: int) -> bool:
    """Whether the first clause after `at` has a verb of its own ("Prior X must be completed …"): then "You have
    prior X" would leave it dangling ("You have had prior X must be completed")."""
    clause = re.split(r"[.;:](?:\s|$)", text[at:], maxsplit=1)[0]
    for m in _FINITE.finditer(clause):
        words = clause[: m.start()].split()
        if not words or words[-1].lower().strip(",") not in _OPENS_CLAUSE:
            return True
    return False


def _led(text: str, start: int) -> list[Edit]:
    for pattern, template in _LED_RE:
        m = pattern.match(text, start)
        if m is None:
            continue
        groups = {k: (v or "").lower() for k, v in m.groupdict().items()}
        first = m.group().split(maxsplit=1)[0].lower() if m.group().strip() else ""
        if first not in _VERB_LED and _dangling_verb(text, m.end()):
            return []
        if "{0}" in template:
            return [Edit(start, m.end(), template.replace("{0}", m.group().lower()), "person")]
        return [Edit(start, m.end(), template.format(**groups), "person")]
    return []


@cache
def _ordinary_words() -> frozenset[str]:
    """Words the lexicon writes in lower case: safe to lower-case after "Your"/"You have"."""
    words: set[str] = set()
    for term in Lexicon.load().terms:
        for form in (term.term, *term.variants):
            if form.islower():
                words.update(re.findall(r"[a-z]+", form))
    words.update(("total", "serum", "absolute", "direct", "fasting", "plasma", "blood", "urine"))
    return frozenset(words)


def _ordinary(word: str) -> bool:
    return len(word) > 1 and word[0].isupper() and word[1:].islower() and word.lower() in _ordinary_words()


_PLURAL_PEOPLE = re.compile(
    r"\s*(?:males|females|men|women|patients|subjects|adults|children|participants|volunteers|persons|people|"
    r"individuals|outpatients|inpatients)\b",
    re.IGNORECASE,
)


def _plural_complement(text: str, edit: Edit) -> bool:
    """ "Subjects will be males or females" → "You will be males …": the complement needs the third person."""
    at = edit.end
    if not edit.text.endswith((" be", " are")):
        be = re.compile(r"\s+(?:not\s+)?be\b", re.IGNORECASE).match(text, at)
        if be is None or edit.text.split()[-1].lower() not in _MODALS:
            return False
        at = be.end()
    return _PLURAL_PEOPLE.match(text, at) is not None


def _lowered_after(text: str, edit: Edit) -> list[Edit]:
    """ "Patients with Liver cirrhosis" → "You have liver cirrhosis": the old first word is mid-sentence now."""
    if edit.start != len(text) - len(text.lstrip()) or not edit.text.startswith("You"):
        return []
    m = re.compile(r"\s*([A-Za-z]+)").match(text, edit.end)
    if m is None or not _ordinary(m.group(1)) or re.match(r"\s+[A-Z]", text[m.end(1) :]):
        return []  # not a title ("Total Bilirubin", "Eastern Cooperative Group")
    return [Edit(m.start(1), m.end(1), m.group(1).lower(), "case")]


def _plural_subject(text: str, start: int) -> bool:
    m = _SUBJECT.match(text, start)
    return m is not None and m.group().lower().split()[-1] in (
        "patients",
        "subjects",
        "participants",
        "individuals",
        "persons",
        "people",
        "volunteers",
        "candidates",
    )


_LATER_VERB = re.compile(r"\b(?P<join>and|or|but)\s+(?P<verb>is|has|was|does|isn't|hasn't|doesn't)\b", re.IGNORECASE)
_LATER_WHO = re.compile(r"\b(?:and|or)\s+(?P<who>who\s+)(?=are|have|had|were|is|has|was)\b", re.IGNORECASE)
_THEIR = re.compile(r"\b(?:their|themselves)\b", re.IGNORECASE)


def _agreement(text: str, after: int) -> list[Edit]:
    """ "You are male and is over 18" → "… and are over 18": later verbs of the same subject follow it."""
    clause_end = re.search(r"[.;:]\s", text[after:])
    stop = after + clause_end.start() if clause_end else len(text)
    edits = [
        Edit(m.start("verb"), m.end("verb"), _TO_BE[m.group("verb").lower()], "person")
        for m in _LATER_VERB.finditer(text, after, stop)
    ]
    # "You are pregnant or who are breastfeeding": the relative pronoun went with the subject
    edits += [Edit(m.start("who"), m.end("who"), "", "person") for m in _LATER_WHO.finditer(text, after, stop)]
    return edits


# Later mentions of the one participant: "the risk to the subject" → "the risk to you".
_OBJECT = re.compile(
    r"\b(?:to|for|of|by|with|from|on|in|about)\s+(?P<who>the\s+(?:patient|subject|participant))\b(?![’'\w-])",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"\bthe\s+(?:patient|subject|participant)['’]s\b", re.IGNORECASE)


def _pronouns(text: str, *, plural: bool = False) -> list[Edit]:
    edits = []
    if plural:
        edits += [
            Edit(m.start(), m.end(), "your" if m.group().lower() == "their" else "yourself", "person")
            for m in _THEIR.finditer(text)
        ]
    edits += [Edit(m.start("who"), m.end(), "you", "person") for m in _OBJECT.finditer(text)]
    edits += [Edit(m.start(), m.end(), "your", "person") for m in _POSSESSIVE.finditer(text)]
    for pattern, template in _PRONOUNS:
        for m in pattern.finditer(text):
            verb = (m.groupdict().get("verb") or "").lower()
            edits.append(Edit(m.start(), m.end(), template.format(verb=_TO_BE.get(verb, verb)), "person"))
    return edits
