"""An age said as English where other rules' words leave it odd (offline backend, on the composed text).

- The lexicon says "childbearing age" as "age when pregnancy is possible": right after "the" or alone, but the
  source mostly writes "women of childbearing age", which then read "women of age when pregnancy is possible" (a
  phrase that says "adult women"). "Of" or "in" an age takes its article: "women of an age when pregnancy is
  possible".
- An age bound the source wrote in words keeps them ("Age less than 18 years"), and the opening made it "You are
  less than 18 years.", a person said to be a quantity. A person is younger or older than an age, as the fact
  rules say a symbol's bound ("Age < 18 years" → "You are younger than 18 years"): "less than" → "younger than",
  "more/greater than" → "older than", only right after "You are" and before a number of years or months that
  ends the clause, or an "or"/"and" joins another bound to it ("… of age or 80 years or older"), or is
  followed by "old" or "of age" (not "You are less than 18 years from diagnosis"); a second bound joined to it the
  same way ("older than 3 years and younger than 16 years").
"""

from __future__ import annotations

import re

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


def age_phrases(text: str) -> str:
    """ "of age when pregnancy is possible" → "of an age …", "You are less than 18 years" → "You are younger than
    18 years" (see the module)."""
    text = _OF_AGE.sub(r"\g<pre> an ", text)
    text = _AGE_BOUND.sub(lambda m: f"{m['you']} {_SAID[m['bound']]} than ", text)
    return _SECOND_BOUND.sub(lambda m: f"{m['head']}{_SAID[m['bound']]} than ", text)
