"""A person's age worded as one (offline backend): an age bound the source wrote in amount words, and the words
other rules leave around an age. Two passes, at the two stages where they can be done:

1. On the fact edits (`age_word_edits`), before the bullet is composed. The fact rules word only bounds written
   in symbols ("Age >18 years" → "You are older than 18 years"). A bound already in words stays as written,
   which is right for an amount but not for an age once the opening has made it the reader's: "Age more than 18
   years" read "You are more than 18 years", "Age up to 75 years" read "You are up to 75 years", "Aged 18 years
   or more" read "You are 18 years or more". Here such a bound, where the words around it say it is an age
   ("age"/"aged" right before it, "of age"/"old" right after it), is worded as the symbol would have been:
   "older than 18 years", "75 years or younger", "18 years or older". The value, the unit and whether the bound
   is strict are the fact's own, so nothing is added or lost.

2. On the composed text (`age_phrases`), for what only reads odd once the opening and the lexicon have spoken:
   - The lexicon says "childbearing age" as "age when pregnancy is possible": right after "the" or alone, but
     the source mostly writes "women of childbearing age", which then read "women of age when pregnancy is
     possible" (a phrase that says "adult women"). "Of" or "in" an age takes its article: "women of an age when
     pregnancy is possible".
   - An age bound in words that is still as written once the opening has made it the reader's ("Age less than
     18 years" read "You are less than 18 years.", a person said to be a quantity). A person is younger or older
     than an age: "less than" → "younger than", "more/greater than" → "older than", only right after "You are"
     and before a number of years or months that ends the clause, or an "or"/"and" joins another bound to it
     ("… of age or 80 years or older"), or is followed by "old" or "of age" (not "You are less than 18 years
     from diagnosis"); a second bound joined to it the same way ("older than 3 years and younger than 16
     years").
   - An exact age that ends its clause ("You are 18 years.") takes "old": "You are 18 years old."
   - An age range whose high end is strict ("2 to < 18 years") read "You are 2 to younger than 18 years", two
     numbers side by side: "from" before its low end says where the span starts ("You are from 2 to younger
     than 18 years").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.facts import Comparator, Fact
from translator.offline_edits import Edit, overlaps
from translator.phrasing import phrase

_BOUNDS = frozenset((Comparator.GT, Comparator.GE, Comparator.LT, Comparator.LE))
# the comparator words that say an amount, not an age ("older than", "under", "at least" read well after "You are");
# also with the number glued on ("Age greater than18 years", read by `translator.numbers`), and "equal or superior to"
_AMOUNT_WORDS = re.compile(
    r"^(?:more|greater|less|fewer)\s+than(?:\b|(?=\d))|^up\s+to\b|\bor\s+(?:more|less|greater|above|below)$"
    r"|^equal\s+or\s+(?:superior|inferior|more|less)\b|^(?:superior|inferior|more|less|upper)\s+or\s+equal\b",
    re.IGNORECASE,
)
_RANGE_BEFORE = re.compile(r"\d\s*(?:to|-|–)\s*$", re.IGNORECASE)
_AGED = re.compile(r"\bage[ds]?\s*:?\s*$", re.IGNORECASE)
_NOT_A_PERSONS_AGE = re.compile(
    r"\b(?:gestational|gestation|bone|skeletal|menstrual|post-?menstrual|post-?conceptional|corrected|mental|"
    r"developmental|reading)\s+age\s*:?\s*$",
    re.IGNORECASE,
)
_OTHER_UNIT_AFTER = re.compile(r"\s*(?:[\w-]+\s+)?(?:weeks?|months?|days?|hours?|wks?|mos?)\b", re.IGNORECASE)
_AGE_AFTER = re.compile(r"\s*(?:of\s+age|old)\b", re.IGNORECASE)
_JOINED = re.compile(r"\s*,?\s*(?:and|or)\s+", re.IGNORECASE)  # "Age more than 3 years and less than 16 years"


def age_word_edits(text: str, facts: Sequence[Fact], taken: Sequence[Edit], person: Sequence[Edit]) -> list[Edit]:
    """Age wordings for the age bounds `text` writes in amount words, where no other edit or fact is. `person` are
    the opening's edits: an "aged" they do not take stays in the bullet, where "aged more than 18 years" reads well
    and "aged older than 18 years" would not."""
    edits: list[Edit] = []
    for fact in facts:
        if not fact.age or fact.comparator not in _BOUNDS or fact.label is not None or fact.unit != "year":
            continue
        amount = _AMOUNT_WORDS.search(fact.text.strip())
        if amount is None:
            continue
        aged = _AGED.search(text, 0, fact.start)
        if aged and amount.start() == 0 and not any(e.start <= aged.start() < e.end for e in person):
            continue  # "Patients aged more than 18 years", "age less than 65" keep their words (not "aged older than")
        if _NOT_A_PERSONS_AGE.search(text, 0, fact.start) or _OTHER_UNIT_AFTER.match(text, fact.end):
            continue  # "Gestational age less than 37 completed weeks" is no age in years
        if amount.start() == 0 and _RANGE_BEFORE.search(text, 0, fact.start):
            continue  # "children of 6 to less than 12 years of age": no "6 to younger than 12 years"
        joined = bool(edits) and _JOINED.fullmatch(text, edits[-1].end, fact.start) is not None
        said = re.search(r"\b(?:of\s+age|old)\b", fact.text, re.IGNORECASE) or _AGE_AFTER.match(text, fact.end)
        if not (joined or said or _AGED.search(text, 0, fact.start)):
            continue  # "more than 5 years since diagnosis" is how long, not how old
        span = (fact.start, fact.end)
        if any(other is not fact and overlaps(span, (other.start, other.end)) for other in facts):
            continue  # the extractors read the span two ways: its words stay
        if any(overlaps(span, (e.start, e.end)) for e in taken):
            continue
        wording = phrase(fact)
        if re.search(r"\byears?\b", wording) is None or wording == fact.text:
            continue
        if _AGE_AFTER.match(text, fact.end) and wording.endswith(" old"):
            continue  # "… years old old"
        edits.append(Edit(fact.start, fact.end, wording, "fact"))
    return edits


_OF_AGE = re.compile(r"\b(?P<pre>of|in)\s+(?=age when pregnancy is possible\b)")
_AGE_BOUND = re.compile(
    r"\b(?P<you>[Yy]ou are) (?P<bound>less|more|greater) than (?=\d+(?:\.\d+)? (?:years?|months?)"
    r"(?: old| of age)?(?:[.;,]|$| (?:or|and)\b))"
)
_SAID = {"less": "younger", "more": "older", "greater": "older"}
# the second bound of a pair said after the first: "You are older than 3 years and less than 16 years"
_SECOND_BOUND = re.compile(
    r"(?P<head>\b[Yy]ou are (?:younger|older) than \d+(?:\.\d+)? (?:years?|months?)(?: old| of age)? (?:and|or) )"
    r"(?P<bound>less|more|greater) than (?=\d+(?:\.\d+)? (?:years?|months?)(?: old| of age)?(?:[.;,]|$))"
)


# an age range whose high end is a strict bound: "You are 2 to younger than 18 years" reads as two numbers, not a span;
# "from" says the low end is where the span starts ("You are from 2 to younger than 18 years"), and a person is
# younger, not less ("aged 2.5 to less than 18 years" → "aged from 2.5 to younger than 18 years")
_LOW_END = re.compile(
    r"\b(?P<head>[Yy]ou are|aged) (?P<low>\d+(?:\.\d+)? (?:(?:years?|months?) )?)to (?:younger|less) than "
    r"(?=\d+(?:\.\d+)? (?:years?|months?)(?: old| of age)?(?:[.;,)]|$| (?:or|and|at|when|during|with|in)\b))"
)


# an exact age that ends its clause: "Age = 18 years" / "Age 18 years" read "You are 18 years.", a person said to be a
# quantity; "old" says it is the reader's age ("You are 18 years old.")
_EXACT_AGE = re.compile(r"\b(?P<head>[Yy]ou are (?:=\s*)?\d+(?:\.\d+)? (?:years?|months?))(?=[.;,]|$)")


def age_phrases(text: str) -> str:
    """ "of age when pregnancy is possible" → "of an age …", "You are less than 18 years" → "You are younger than
    18 years" (see the module)."""
    text = _OF_AGE.sub(r"\g<pre> an ", text)
    text = _AGE_BOUND.sub(lambda m: f"{m['you']} {_SAID[m['bound']]} than ", text)
    text = _SECOND_BOUND.sub(lambda m: f"{m['head']}{_SAID[m['bound']]} than ", text)
    text = _EXACT_AGE.sub(lambda m: f"{m['head']} old", text)
    return _LOW_END.sub(lambda m: f"{m['head']} from {m['low']}to younger than ", text)
