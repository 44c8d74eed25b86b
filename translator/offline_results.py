"""A test result or a stable dose at the top of a criterion, put to the reader (offline backend).

- a result for something: "Positive for hepatitis B surface antigen" → "You are positive for hepatitis B surface
  antigen", "Seronegative for HIV" → "You are seronegative for HIV";
- a result after what was tested: "HIV negative" → "You are HIV negative", "HCV-positive" → "You are HCV-positive";
- a result of a test: "Negative pregnancy test" → "You have a negative pregnancy test", "Positive HCV RNA in serum"
  → "You have positive HCV RNA in serum" ("a" only before one test, screen or result: a thing one has one of);
- a stable dose (an inclusion): "Stable dose of metformin for at least 3 months" → "You have been on a stable dose
  of metformin for at least 3 months"; with no time said, "You are on a stable dose of X".

The result word and everything after it stay as written, so "negative" is still where the fidelity check reads it.
A finding that is no result of the reader's own (a test not yet done, "status", "margins"), a clause with a verb of
its own, and a name the result would be read into ("Pregnancy test negative") keep their words; offline_leads, which
calls these on items at the top of a criterion only, drops any whose rewrite the fidelity check faults.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.criteria import SectionKind
from translator.facts import Fact, FactKind
from translator.offline_edits import Edit
from translator.offline_openings import dangling_verb

_RESULT = r"(?:sero)?(?:positive|negative)"
_FOR = re.compile(rf"{_RESULT}\s+(?:for|to)\s+(?=[A-Za-z])", re.IGNORECASE)
# what was tested and then its result: one to four words (an aside allowed) and "positive" / "-negative"
_AFTER = re.compile(
    rf"(?P<what>(?:[A-Za-z][\w'’]*(?:\s+\([^()]*\))?[\s-]+){{1,4}}?){_RESULT}\b(?!-)", re.IGNORECASE
)
# what may follow a result that ends the phrase: nothing, a stop, an aside or a word saying how or when it was found
_ENDS = re.compile(
    r"\s*(?:$|[.,;(]|(?:by|at|on|as|per|in|within|according|based|confirmed|documented|determined|from|during|"
    r"prior|before)\b)",
    re.IGNORECASE,
)
_KNOWN = re.compile(rf"known\s+(?={_RESULT}\s+(?:for|to)\s+(?!or\b))", re.IGNORECASE)
_OF_A_TEST = re.compile(rf"(?P<result>{_RESULT})\s+(?=[A-Za-z])", re.IGNORECASE)
# the test nouns a result may name: what one has a positive or negative one of
_ONE_OF = ("test", "screen", "result", "assay", "culture", "smear", "swab", "pcr", "exam", "examination")
_TESTED = frozenset({
    *_ONE_OF, "tests", "screens", "results", "serology", "serologies", "rna", "dna", "antigen", "antigens", "antibody",
    "antibodies", "titer", "titre", "titers", "titres", "cultures", "viremia", "viraemia", "viral load",
    # a result's own names: "Positive urine toxicology", "Positive HBs Ag", "Positive HbsAg"
    "toxicology", "ag", "hbsag",
})  # fmt: skip
# where the name of the test ends: a stop, an aside or a preposition
_TEST_END = re.compile(
    r"\s*(?:[,;:.\[]|$|\s(?:for|at|in|on|of|within|prior|before|during|by|from|with|or|and|and/or|as|per|"
    r"according|based|that|which|confirmed|documented|determined)\b)",
    re.IGNORECASE,
)
# words no result of one's own is about: what is not yet done, or not the reader
_NOT_A_RESULT = re.compile(
    r"\b(?:status|margins?|nodes?|lymph|family|partner|donor|history|prior|previous|no|not|non|without|or|and)\b",
    re.IGNORECASE,
)


# where what a result is for ends: how or when it was found
_WHEN_OR_HOW = r"at|within|prior|before|during|on|in|by|from|as|per|according|based|confirmed|documented|determined"
_SENTENCE_INSIDE = re.compile(r"[.!?]\s+\S|;\s*\S")
# an infection or what shows one: a reader is "HIV negative", "positive for hepatitis B"; a receptor, marker or
# mutation is the tumour's ("Estrogen receptor positive"), not the reader's, and keeps its words
_INFECTION = re.compile(
    r"\b(?:hiv|hbv|hcv|hbsag|hbcab|hbeag|anti-?hbc|anti-?hcv|hepatitis|htlv\S*|cmv|ebv|tb|tuberculosis|sars\S*|"
    r"covid\S*|syphilis|virus|viral|infection|influenza|rsv|helicobacter|h\.?\s?pylori|quantiferon\S*|ppd|"
    r"tuberculin|herpes|hsv\S*|vzv|varicella|toxoplasm\w*|malaria|zika|ebola|chagas|strongyloides|mrsa|"
    r"antigens?|antibod(?:y|ies)|rna|dna|serology|pcr)\b",
    re.IGNORECASE,
)
_TUMOUR_MARKS = re.compile(
    r"\b(?:receptors?|her-?2\S*|er|pr|egfr|alk|ros1|pd-?l1|kras|braf|mutation\w*|tumou?r\w*|genes?|markers?|"
    r"chromosome|ph|philadelphia|cd\d+\w*|biopsy|margins?|nodes?|histolog\w*|patholog\w*|ihc|fish|cytolog\w*|"
    r"status|bone|scan|pet|imaging|ct|mri)\b",
    re.IGNORECASE,
)


def result_opening(text: str, start: int) -> list[Edit]:
    """ "Negative pregnancy test" → "You have a negative pregnancy test", "HIV negative" → "You are HIV negative"
    (see the module)."""
    if dangling_verb(text, start) or _SENTENCE_INSIDE.search(text[start:].rstrip(" .;")):
        return []  # a second sentence ("… If the test is positive, then patient must be …") is another's to say
    known = _KNOWN.match(text, start)  # "Known positive for HIV" → "You are known to be positive for HIV"
    for_ = _FOR.match(text, known.end() if known else start)
    if for_:
        # each thing the result is for: "Seropositive for HIV, AIDS, or post-organ transplant" lists more than results
        said = re.sub(r"\([^()]*\)", "", text[for_.end() :])
        said = re.split(rf"[.;:]|\s(?:{_WHEN_OR_HOW})\b", said, maxsplit=1)[0]
        parts = [p for p in re.split(r",|/|\b(?:and/or|or|and)\b", said) if p.strip()]
        if parts and all(_INFECTION.search(p) and not _TUMOUR_MARKS.search(p) for p in parts):
            if known:
                return [Edit(start, known.end(), "You are known to be ", "person")]
            return [Edit(start, start, "You are ", "person"), _lower_first(text, start)]
        return []
    after = _AFTER.match(text, start)
    if after and _ENDS.match(text, after.end()):
        what = re.sub(r"\([^()]*\)", "", after.group("what"))
        tests = any(w.lower() in _ONE_OF or w.lower().rstrip("s") in _ONE_OF for w in re.findall(r"[\w']+", what))
        if _INFECTION.search(what) and not tests and not (_NOT_A_RESULT.search(what) or _TUMOUR_MARKS.search(what)):
            return [Edit(start, start, "You are ", "person")]  # "HIV" keeps its capitals: a name
    test = _OF_A_TEST.match(text, start)
    if test is None:
        return []
    end = _TEST_END.search(text, test.end())
    name = re.sub(r"\([^()]*\)", "", text[test.end() : end.start() if end else len(text)])
    words = name.split()
    if not words or len(words) > 6 or _NOT_A_RESULT.search(name) or _TUMOUR_MARKS.search(name):
        return []
    if words[0].lower() in ("with", "to", "at", "in", "on", "of", "by"):
        return []  # "Positive with HBsAg" is no test named "positive with …" ("You have positive with HBsAg")
    if words[-1].lower() not in _TESTED:
        return []
    article = "a " if words[-1].lower() in _ONE_OF else ""
    return [Edit(start, start, f"You have {article}", "person"), _lower_first(text, start)]


def _lower_first(text: str, start: int) -> Edit:
    word = re.match(r"[A-Za-z]+", text[start:])
    assert word is not None  # the result's word
    return Edit(start, start + word.end(), word.group().lower(), "person")


# ---------------------------------------------------------------------------------------------
# A stable dose

_STABLE = re.compile(
    r"stable\s+(?:(?:daily|weekly|total|daily\s+total|total\s+daily)\s+)?"
    r"(?P<noun>doses?|dosages?|dosing|regimens?|treatments?|therapy|therapies|medications?)\b(?=\s+\S)",
    re.IGNORECASE,
)
_ONE_DOSE = ("dose", "dosage", "regimen")
_LENGTH = re.compile(r"\b\d+\s*(?:days?|weeks?|months?|years?)\b", re.IGNORECASE)
# words that put the stable dose before the study without a window the extractor reads
_BEFORE_WORDS = re.compile(r"\b(?:prior|before|since|previous|preceding|past|last|ago)\b", re.IGNORECASE)
# a time to come, or a change: "stable dose during the study" is a demand, not what the reader is on
_NOT_NOW = re.compile(
    r"\b(?:during|throughout|will|plann?ed|expected|anticipated|after|following|until|maintain\w*|continu\w*|"
    r"change\w*|intend\w*|unless|except)\b",
    re.IGNORECASE,
)


def stable_opening(text: str, start: int, kind: SectionKind, facts: Sequence[Fact]) -> list[Edit]:
    """ "Stable dose of X for at least 3 months" → "You have been on a stable dose of X for at least 3 months"
    (see the module)."""
    m = _STABLE.match(text, start)
    if kind is not SectionKind.INCLUSION or m is None or dangling_verb(text, m.end()):
        return []
    sentence = re.split(r"[.;](?:\s|$)", text[start:], maxsplit=1)[0]
    if _NOT_NOW.search(sentence):
        return []
    windows = [f for f in facts if f.kind is FactKind.TEMPORAL and f.start < start + len(sentence)]
    if any(f.relation not in ("for", "before") for f in windows):
        return []  # "within 4 weeks of …", "after …": a time the rule cannot say with "have been on"
    # a length of time said without "for" ("Stable medication at least 8 weeks") is still how long it has been
    been = bool(windows or _BEFORE_WORDS.search(sentence) or _LENGTH.search(sentence))
    # "Stable medication regimen": the article is the last noun's
    one = m.group("noun").lower() in _ONE_DOSE or re.match(r"\s+(?:regimen|dose|dosage)\b", text[m.end() :], re.I)
    article = "a " if one else ""
    lead = f"You have been on {article}" if been else f"You are on {article}"
    return [Edit(start, start, lead, "person"), _lower_first(text, start)]
