"""A condition named after "Any", "Other", "Any other" or "A(n)" put to the reader (offline backend).

translator.offline_conditions says "You have X" of a criterion that only names a condition ("Congestive heart
failure"), but leaves one that opens with a determiner, since "any", "other" and "a" may open sentences of other
kinds. translator.offline_reader_openings takes "Any X" when X is a short name up to its first "or"; a name of
joined adjectives ("Any sensory or motor peripheral neuropathy"), "Other serious medical or mental illness" and "A
serious infection needing antibiotics in the 14 days before screening" stay noun phrases. Here the determiner is
kept and the phrase after it is read by offline_conditions' own rule: when that rule would say "You have X" (or
"You have had X", for a window before the study) of the phrase, the criterion becomes "You have any X", "You have
other X", "You have a X", every word of the source kept.

"Any" and "Other" only in an exclusion: an inclusion's "Any stage" or "Other cancers" may name what it allows,
not what the reader has. "A(n)" in either kind, as "a" names one thing the reader has. A phrase that the condition
rule leaves (a verb, a colon, people, a result, a negation, a time word at its front) is left here too.

An exclusion's condition may also be described: words before its head noun ("serious medical or psychiatric
illness", "known kidney disease") and a clause, an aside or a phrase after it ("… that the investigator feels might
compromise study participation", "… besides diabetic nephropathy"). The condition rule leaves those (a verb in the
clause, a list of adjectives); here the head noun is enough, when nothing in the name puts the condition at another
time or denies it and no verb of the main clause follows the name ("Other malignant tumors have occurred" stays).
A time after the name and before any clause ("Any serious illness during the study") keeps its words in both ways.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.criteria import SectionKind
from translator.facts import Fact, FactKind
from translator.lexicon import Lexicon
from translator.lexicon_entries import TermEntry, Use
from translator.offline_conditions import CONDITION_NOUNS, condition_opening
from translator.offline_edits import Edit, wants_an
from translator.offline_mentions import later_mentions
from translator.offline_openings import FINITE, dangling_verb
from translator.offline_windows import before_the_study

_DETERMINER = re.compile(r"(?P<det>any\s+other|any|other|an?)\s+(?=[A-Za-z])", re.IGNORECASE)
# the determiners an inclusion may open with: "a" names one thing the reader has
_EITHER_KIND = ("a", "an")
# a scale or score the named conditions are items of, not conditions the reader has
_A_MEASURE = re.compile(r"\b(?:scores?|index|scales?)\b", re.IGNORECASE)


def determined_condition(
    text: str, start: int, kind: SectionKind, facts: Sequence[Fact], lexicon: Lexicon
) -> list[Edit]:
    """ "Any sensory or motor peripheral neuropathy" → "You have any sensory or motor peripheral neuropathy" (see
    the module)."""
    m = _DETERMINER.match(text, start)
    if m is None:
        return []
    det = " ".join(m.group("det").lower().split())
    if kind is not SectionKind.EXCLUSION and det not in _EITHER_KIND:
        return []
    if _A_MEASURE.search(text):
        return []  # "A congestive heart failure, …, and prior stroke (CHADS2) index score of at least 2": a score's
    if det in _EITHER_KIND and _article_changes(text, m.end(), lexicon):
        return []  # "An exacerbation" → "A flare-up": the article fix cannot reach an article the opening rewrote
    clause = _CLAUSE.search(text, m.end())
    if _LATER.search(text, m.end(), clause.start() if clause else len(text)):
        return []  # "Any serious illness during the study" is none the reader has now
    opened = condition_opening(text, m.end(), facts, lexicon, article=False)  # the determiner is the source's
    if not opened and kind is SectionKind.EXCLUSION:
        opened = _described(text, m.end(), facts)  # "Any condition that, in the investigator's opinion, …"
    if not opened or opened[0].start != m.end() or not opened[0].text.startswith("You have"):
        return []  # "In first relapse" is a state ("You are …"), not a thing one has
    said = f"{opened[0].text}{m.group('det').lower()}"
    return [Edit(start, m.end("det"), said, "person")]


# what a described condition is: its head noun, after words that describe it ("serious medical or psychiatric")
_HEADS = CONDITION_NOUNS | frozenset({
    "condition", "conditions", "problem", "problems", "abnormality", "abnormalities", "disability", "disabilities",
    "complication", "complications", "comorbidity", "comorbidities",
})  # fmt: skip
# where the name ends and what describes it further begins: a clause, an aside, a phrase
_NAME_END = re.compile(
    r"\s*(?:[,;:(\[]|\.(?:\s|$)|$|\s(?:that|which|who|whose|where|requiring|needing|including|such|other|except|"
    r"besides|than|with|without|of|in|on|at|for|to|from|by|as|due|associated|related|affecting|involving|caused|"
    r"resulting|likely|considered|judged|deemed|making|precluding|interfering|unless|if|when)\b)",
    re.IGNORECASE,
)
# words that put the condition at another time than now, deny it, or name what it is not one's own
_NOT_DESCRIBING = re.compile(
    r"\b(?:prior|previous(?:ly)?|past|recent(?:ly)?|new(?:ly)?|plann?ed|current(?:ly)?|concurrent|concomitant|"
    r"history|family|future|former|no|not|non|none|risk|potential|possible|treatment|therapy|use|reason|reasons|"
    r"factor|factors|finding|findings|result|results|value|values|criteria|criterion)\b",
    re.IGNORECASE,
)
# a time after the name, before any clause of its own: "Any infection during the study" is no infection one has now
_LATER = re.compile(
    r"\b(?:plann?ed|scheduled|expected|anticipated|during|after|following|will|future|intend\w*|next|until|"
    r"throughout)\b",
    re.IGNORECASE,
)
_CLAUSE = re.compile(r"\b(?:that|which|who|whom|whose|where)\b", re.IGNORECASE)
_LIST_JOIN = re.compile(r"(?:\s*[;,]\s*(?:or|and|and/or)?)?[\s.;,]*$", re.IGNORECASE)  # "…; or," ends a list item
# whose judgement the clause is, between its opener and its verb: the verb stays the clause's, not the reader's
_JUDGE = re.compile(
    r",?\s*\b(?:in\s+(?:the\s+)?(?:opinion|view|judge?ment)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:investigators?|doctors?|physicians?|PI|clinicians?|sponsor)|in\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:investigator|doctor|physician|PI|clinician)(?:s|['’]s|s['’])?\s+(?:opinion|view|judge?ment|discretion))\s*,?",
    re.IGNORECASE,
)
_EVIDENCE = re.compile(r"evidence\s+of\s+(?=[A-Za-z])", re.IGNORECASE)
_THE_PATIENT = re.compile(r"\bthe\s+(?:patient|subject|participant)s?\b(?:['’]s?)?", re.IGNORECASE)
_ABBREVIATED = re.compile(r"\b(?:e\.g|i\.e|etc|vs|approx)\.", re.IGNORECASE)


def _described(text: str, at: int, facts: Sequence[Fact]) -> list[Edit]:
    """ "Other serious medical or psychiatric illness that would interfere with the study" → "You have other serious
    …" (after "Any", "Other", "A"): a condition's head noun after the words that describe it, then a clause, an aside
    or a phrase of its own. The condition is the reader's now, or before the study when a window before the clause
    puts it there ("had"); one the words put at another time, a time after it ("during the study"), a second sentence
    or a verb the name itself would govern ("Other tumors have occurred") keep their words."""
    masked = re.sub(r"\([^()]*\)", lambda s: "#" * len(s.group()), text)
    masked = _ABBREVIATED.sub(lambda s: "#" * len(s.group()), masked)
    if re.search(r"[.!?;:]\s*\S", _LIST_JOIN.sub("", masked[at:])):
        return []  # a second sentence, a list, a lead-in: the opening would speak for them too
    evidence = _EVIDENCE.match(text, at) if text[:at].strip().lower() == "any" else None
    if evidence is not None:  # "Any evidence of X": "You have any signs of X" (the plain words say "signs")
        return _its_own(text, at, evidence.end(), facts)
    end = _NAME_END.search(text, at)
    name = text[at : end.start() if end else len(text)]
    words = name.split()
    if not words or len(words) > 8 or any(not re.fullmatch(r"[A-Za-z][\w'’/-]*", w) for w in words):
        return []
    if words[-1].lower() not in _HEADS or _NOT_DESCRIBING.search(name) or FINITE.search(name):
        return []  # "Other pain diagnosis is primary presenting problem"
    if len(words) > 1 and all(w[0].isupper() for w in words):
        return []  # "Other Medical Conditions": a label in Title Case, not a condition said of the reader
    return _its_own(text, at, at + len(name), facts)


def _its_own(text: str, at: int, named: int, facts: Sequence[Fact]) -> list[Edit]:
    """ "You have" before what is named from `at` to `named`, when what follows it is its own: no verb of the main
    clause, no lead-in, no "the patient" left beside "you", and no window but one before the study."""
    judged = _JUDGE.sub(lambda s: " " * len(s.group()), text)  # "which in the Investigator's opinion would …"
    if dangling_verb(judged, named) or text.rstrip().endswith(":"):
        return []  # "Other tumors have occurred"; a lead-in over its own list
    said = later_mentions(text, at)
    for other in _THE_PATIENT.finditer(text, at):
        if not any(e.start <= other.start() and other.end() <= e.end for e in said):
            return []  # "… would not make the patient a good candidate": "you" and "the patient" in one sentence
    clause = _CLAUSE.search(text, named)
    upto = clause.start() if clause else len(text)
    # "active", "current" say now, as "You have" does
    windows = [f for f in facts if f.kind is FactKind.TEMPORAL and at <= f.start < upto and f.relation != "current"]
    if windows and not all(before_the_study(f, unanchored=True) for f in windows):
        return []  # "within 4 weeks of diagnosis", "for 3 months": which side of the study, or how long, is not said
    return [Edit(at, at, "You have had " if windows else "You have ", "person")]


def _article_changes(text: str, at: int, lexicon: Lexicon) -> bool:
    """Whether the plain wording of the term at `at` wants the other article ("an exacerbation" → "a flare-up")."""
    word = re.match(r"[\w'’-]+", text[at:])
    if word is None:
        return False
    for found in lexicon.find(text[at:]):
        if found.start == 0 and isinstance(found.entry, TermEntry) and found.entry.use is Use.SUBSTITUTE:
            return wants_an(found.entry.plain) != wants_an(word.group())
    return False
