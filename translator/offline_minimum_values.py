"""A lower bound named "Minimum …", put to the reader as their own value (offline backend).

"Minimum weight of 50 kg", "Minimum estimated life expectancy of 4 months", "Minimum baseline MADRS score of 22",
"Minimum of 12 natural teeth" set the least the reader's own measure may be; the fact rules read each "Minimum …
of N" as "≥ N" already, so "at least N" says the same bound in the reader's words:

- a weight: "Minimum (body) weight of 50 kg" → "You weigh at least 50 kg";
- a life expectancy or survival, with its "estimated" kept: "Minimum estimated survival of >/= 3 months" → "Your
  estimated survival is at least 3 months" (a comparator of its own after "of" is the bound: "Minimum life
  expectancy of > 12 weeks at Day 1" → "Your life expectancy is more than 12 weeks at Day 1");
- a count of what the reader has: "Minimum of 12 natural teeth" → "You have at least 12 natural teeth".

Left alone: a bound on something else ("Minimum dose of agonist will be …", "Minimum diameter of Target Lesion to
be …": no "of N" right after the measure), a span of time ("Minimum of 3 years since diagnosis": an elapsed time,
offline_elapsed's), two counts under one "Minimum" ("Minimum of 6 swollen and 6 tender joints": is the minimum
each one's or the sum's?), a number that is not the measure's ("Minimum 80% compliance with …"), and a score
("Minimum baseline … (MADRS) score of 22": the fact rules read its 22 as the score itself, not a bound, so the check
would refuse "at least 22").
"""

from __future__ import annotations

import re

from translator.offline_edits import Edit

_NUMBER = r"\d+(?:[.,]\d+)?"
# the bound as written after "of": none ("of 50 kg"), or one that says the same or more ("of > 12 weeks")
_COMPARATOR = r"(?P<cmp>>\s*/\s*=|>\s*=|≥|>|at\s+least|more\s+than|greater\s+than)?\s*"
_SAID = {">": "more than", "more than": "more than", "greater than": "more than"}
_TIME = r"(?:days?|weeks?|months?|years?|hours?|minutes?)\b"

_WEIGHT = re.compile(rf"\s*Minimum\s+(?:body\s+)?weight\s+of\s+{_COMPARATOR}(?={_NUMBER}\s*(?:kg|kilograms?|lbs?)\b)")
_EXPECTANCY = re.compile(
    r"\s*Minimum\s+(?P<adj>(?:estimated|expected|predicted)\s+)?(?P<what>life\s+expectancy|survival)\s+of\s+"
    rf"{_COMPARATOR}(?={_NUMBER}\s*{_TIME})"
)
# a count of the reader's own: "Minimum of 12 natural teeth"; "Minimum of 2 mm of keratinized gingiva"
_COUNT = re.compile(
    rf"\s*Minimum\s+of\s+(?={_NUMBER}\s+(?!{_TIME})(?:mm\s+of\s+)?[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?\s*(?:[.;]|$))"
)


def minimum_value_edits(text: str) -> list[Edit]:
    """ "Minimum weight of 50 kg" → "You weigh at least 50 kg", or none (see the module)."""
    start = len(text) - len(text.lstrip())
    if m := _WEIGHT.match(text):
        return [Edit(start, m.end(), f"You weigh {_bound(m)} ", "person")]
    if m := _EXPECTANCY.match(text):
        what = " ".join(m.group("what").split())
        return [Edit(start, m.end(), f"Your {(m.group('adj') or '').lower()}{what} is {_bound(m)} ", "person")]
    if (m := _COUNT.match(text)) and " and " not in text[m.end() :]:
        return [Edit(start, m.end(), "You have at least ", "person")]
    return []


def _bound(m: re.Match[str]) -> str:
    """The bound in words: "at least" unless the source's own comparator after "of" says "more than"."""
    written = " ".join((m.group("cmp") or "").split()).lower()
    return _SAID.get(written, "at least")
