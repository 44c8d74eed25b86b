"""An age said as English where other rules' words leave it odd (offline backend, on the composed text).

- The lexicon says "childbearing age" as "age when pregnancy is possible": right after "the" or alone, but the
  source mostly writes "women of childbearing age", which then read "women of age when pregnancy is possible" (a
  phrase that says "adult women"). "Of" or "in" an age takes its article: "women of an age when pregnancy is
  possible".
- An age bound the source wrote in words keeps them ("Age less than 18 years"), and the opening made it "You are
  less than 18 years.", a person said to be a quantity. A person is younger or older than an age, as the fact
  rules say a symbol's bound ("Age < 18 years" → "You are younger than 18 years"): "less than" → "younger than",
  "more/greater than" → "older than", only right after "You are" and before a number of years or months that
  ends the clause or is followed by "old" or "of age" (not "You are less than 18 years from diagnosis").
"""

from __future__ import annotations

import re

_OF_AGE = re.compile(r"\b(?P<pre>of|in)\s+(?=age when pregnancy is possible\b)")
_AGE_BOUND = re.compile(
    r"\b(?P<you>[Yy]ou are) (?P<bound>less|more|greater) than (?=\d+(?:\.\d+)? (?:years?|months?)"
    r"(?: old| of age)?(?:[.;,]|$))"
)
_SAID = {"less": "younger", "more": "older", "greater": "older"}


def age_phrases(text: str) -> str:
    """ "of age when pregnancy is possible" → "of an age …", "You are less than 18 years" → "You are younger than
    18 years" (see the module)."""
    text = _OF_AGE.sub(r"\g<pre> an ", text)
    return _AGE_BOUND.sub(lambda m: f"{m['you']} {_SAID[m['bound']]} than ", text)
