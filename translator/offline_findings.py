"""Findings on the reader named at the top of a criterion, put to the reader (offline backend).

- lesions one has (an inclusion): "At least one measurable lesion per RECIST 1.1" → "You have at least one
  measurable lesion per RECIST 1.1", "At least 1 lesion ≥ 1.5 cm in the greatest diameter" → "You have at least 1
  lesion 1.5 cm or more …", "Measurable lesion(s) as defined by RECIST" → "You have measurable lesion(s) …". The
  count ("at least one", "one or more") and every adjective stay where they are;
- an abnormal result or function: "Abnormal liver function" → "You have abnormal liver function", "Abnormal
  laboratory values (unless due to lymphoma)" → "You have abnormal laboratory values (…)", "Abnormal EKG" → "You
  have an abnormal EKG" ("an" only before one test one has one of); a function that works less well, the same way:
  "Impaired cardiac function" → "You have impaired heart function", "Inadequate bone marrow reserve", "Poor venous
  access";
- a measure named with "a": "A life expectancy of at least 3 months" → "Your life expectancy is at least 3 months"
  (offline_labs' wording, which it gives "Life expectancy of at least 3 months").

Left as written: a heading (ends with ":"), a list under a lead-in ("At least 1 of the following:"), a phrase whose
head is something else ("At least one chemotherapy must have …", "Abnormal diets"), a clause with a verb of its own
("At least one measurable lesion exists"), and a time the rule cannot place ("Abnormal ALT levels for at least 6
months before screening": had, not has). offline_leads, which calls these on items at the top of a criterion only,
drops any whose rewrite the fidelity check faults or that names someone else.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.criteria import SectionKind
from translator.facts import Fact, FactKind
from translator.lexicon import Lexicon
from translator.offline_case import lowered
from translator.offline_edits import Edit
from translator.offline_labs import lab_opening
from translator.offline_openings import dangling_verb


def lower_first_word(text: str, start: int, words: frozenset[str]) -> list[Edit]:
    """The first word lower-cased after "You have" / "You are" when it is one of `words` in sentence case
    ("Abnormal", "Current", "Smokers"), which offline_case, knowing no such word, would keep; a Title Case run
    ("Abnormal Liver Function") keeps its capitals together."""
    word = re.match(r"[A-Z][a-z]*\b(?!')", text[start:])
    if word is None or word.group().lower() not in words or lowered(text, start) is not None:
        return []
    if re.match(r"[\s,/-]+[A-Z][a-z]", text[start + word.end() :]):
        return []
    return [Edit(start, start + word.end(), word.group().lower(), "case")]


# ---------------------------------------------------------------------------------------------
# Lesions

_COUNT = r"(?:at\s+least\s+(?:one|two|three|1|2|3)|(?:one|1|two|2)\s+or\s+more|a\s+minimum\s+of\s+(?:one|1|two|2))"
# adjectives of a lesion: how it is measured, where or what it is; no preposition, verb or clause among them
_LESION_ADJ = re.compile(r"[A-Za-z][\w-]*|\(RECIST\)", re.IGNORECASE)
_NOT_AN_ADJ = frozenset({
    "of", "in", "on", "at", "by", "for", "with", "from", "to", "per", "as", "the", "following", "that", "which",
    "must", "is", "are", "has", "have", "be", "prior", "previous", "past", "other", "no", "not", "non", "new",
})  # fmt: skip
_LESION = re.compile(
    rf"(?P<count>{_COUNT}\s+)?(?P<adjs>(?:[A-Za-z][\w-]*\s+){{0,4}}?)"
    r"(?P<noun>(?:target\s+)?lesions?(?:\(s\))?|sites?\s+of\s+(?:measurable\s+)?disease|tumou?r\s+lesions?)\b",
    re.IGNORECASE,
)
# the word that may follow a lesion phrase: how it is measured or found, where, or a size
_LESION_TAIL = re.compile(
    r"\s*(?:$|[.,;(\[≥>]|\d|(?:per|by|as|according|on|in|at|that|which|of|with|defined|measured|measurable|"
    r"detectable|documented|confirmed|assessed|evaluated|meeting|corresponding|not|either|outside|amenable|"
    r"suitable|visible|seen|using|identified|determined|based|greater|larger|more|≥)\b)",
    re.IGNORECASE,
)
_MEASURED_FIRST = re.compile(r"(?:uni|bi)?(?:-?dimensionally\s+)?(?:measurable|evaluable)\b", re.IGNORECASE)


def lesion_opening(text: str, start: int, kind: SectionKind) -> list[Edit]:
    """ "At least one measurable lesion" → "You have at least one measurable lesion" (see the module)."""
    if kind is not SectionKind.INCLUSION or text.rstrip().endswith(":"):
        return []
    m = _LESION.match(text, start)
    if m is None or not _LESION_TAIL.match(text, m.end()) or dangling_verb(text, m.end()):
        return []
    adjectives = m.group("adjs").split()
    if any(w.lower() in _NOT_AN_ADJ for w in adjectives):
        return []
    if m.group("count") is None and not _MEASURED_FIRST.match(text, start):
        return []  # "Lesion in the liver": a bare noun may be a heading or a place, not a count of the reader's
    return [Edit(start, start, "You have ", "person"), *lower_first_word(text, start, _LESION_FIRST)]


_LESION_FIRST = frozenset({"a", "at", "one", "measurable", "evaluable", "unidimensionally", "bidimensionally"})


# ---------------------------------------------------------------------------------------------
# "Abnormal X"

# a function that works less well than it should: "Impaired cardiac function", "Inadequate bone marrow reserve",
# "Poor venous access" (only these heads: "Impaired glucose tolerance", "Reduced dose" are no function one has)
_WEAKENED = r"impaired|inadequate|insufficient|reduced|decreased|poor|compromised"
_WEAK_HEADS = frozenset({"function", "functions", "reserve", "access"})
_ABNORMAL = re.compile(
    r"(?:abnormal(?:ly\s+(?:low|high|elevated|raised|decreased|increased))?|(?P<weak>" + _WEAKENED + r"))"
    r"(?:\s*,?\s+(?:and\s+)?(?:clinically|medically)\s+(?:significant|important|relevant))?\s+(?=[A-Za-z])",
    re.IGNORECASE,
)
# what one has: a function, or results, values, findings (words with no "a": "You have abnormal liver function")
_MANY = frozenset({
    "function", "functions", "reserve", "access", "tests", "results", "values", "levels", "findings", "labs",
    "parameters",
    "measurements", "counts", "chemistries", "electrolytes",
})  # fmt: skip
# one test one has one of: "You have an abnormal EKG"
_ONE = frozenset({
    "result", "finding", "test", "ecg", "ekg", "electrocardiogram", "eeg", "urinalysis", "x-ray", "echocardiogram",
})  # fmt: skip
_HEAD_END = re.compile(
    r"\s*(?:[,;:(\[]|$|\.\s*|\s(?:or|and|and/or|with|without|of|in|on|at|from|to|for|due|after|before|during|"
    r"within|requiring|including|such|except|that|which|as|by|per|not|unless|defined|considered|judged|deemed|"
    r"obtained|outside|consistent|documented|determined|using|based)\b)",
    re.IGNORECASE,
)
_LASTING_OR_PAST = ("for", "before", "past")


def abnormal_opening(text: str, start: int, facts: Sequence[Fact]) -> list[Edit]:
    """ "Abnormal liver function" → "You have abnormal liver function" (see the module)."""
    m = _ABNORMAL.match(text, start)
    if m is None or text.rstrip().endswith(":"):
        return []
    end = _HEAD_END.search(text, m.end())
    words = text[m.end() : end.start() if end else len(text)].split()
    if not words or len(words) > 5 or any(not re.fullmatch(r"[A-Za-z0-9][\w-]*", w) for w in words):
        return []
    last = words[-1].lower()
    if (last not in _MANY and last not in _ONE) or (m.group("weak") and last not in _WEAK_HEADS):
        return []
    if dangling_verb(text, m.end()):
        return []  # "Abnormal liver function tests are …": a verb of its own
    if m.group("weak") and re.search(r"[.;]\s+\S", text[m.end() :]):
        return []  # "Poor bone marrow function (…). Serious heart conditions.": later fragments stay fragments
    if any(f.kind is FactKind.TEMPORAL and f.relation in _LASTING_OR_PAST for f in facts):
        return []  # "… for at least 6 months before screening": had, not has; the tense would be a guess
    article = "an " if last in _ONE and m.group().lower().startswith("abnormal ") else ""
    return [Edit(start, start, f"You have {article}", "person"), *lower_first_word(text, start, _ABNORMAL_WORDS)]


_ABNORMAL_WORDS = frozenset({"abnormal", "abnormally", *_WEAKENED.split("|")})


# ---------------------------------------------------------------------------------------------
# "A life expectancy of …", "A score of …"

_ARTICLE = re.compile(r"an?\s+(?=[A-Za-z])", re.IGNORECASE)


def article_lab_opening(text: str, start: int, facts: Sequence[Fact], lexicon: Lexicon) -> list[Edit]:
    """ "A life expectancy of at least 3 months" → "Your life expectancy is at least 3 months", "A total score of 10
    or more on the HAM-D" → "Your total score is 10 or more on the HAM-D": offline_labs' "Your X is" for a measure
    named with "a" (which it leaves, as "a" may open a sentence of another kind); "Your" takes the article's place."""
    article = _ARTICLE.match(text, start)
    if article is None:
        return []
    if dangling_verb(text, article.end()):
        return []  # "An ANC > 1500 and platelets > 100,000 are needed": not "Your ANC is … are needed"
    edits = lab_opening(text, article.end(), facts, lexicon)
    if not edits or edits[0].start != article.end() or edits[0].end != article.end():
        return []
    if len(edits) > 1 and re.search(r"\bof\b", text[article.end() : edits[1].start]):
        return []  # "A cervical cytology smear of Papanicolaou (Pap) class III": the value may be the name's
    return [Edit(start, article.end(), edits[0].text, edits[0].what), *edits[1:]]
