"""Planted error "rate_changed": the period or the body weight an amount is given per, changed or dropped.

A careless writer or a model keeps every number, comparator and unit and changes the dose: "20 mg of prednisone a
day" → "… a week", "1 g/24 hours" → "1 g/24 days", "more than 2 g per kg of body weight" → "more than 2 g". The
operator finds a period or a body weight written after an amount of a mass, a volume or international units (a few
words may stand between: "20 mg of prednisone per day") and turns the period into a longer one, or drops the weight.
Counts over a period ("10 cigarettes a day", "3 times a week") are not amounts here: changing them is unit_changed's.
"""

from __future__ import annotations

import random
import re

from evals.cases import EvalCase
from evals.mutations_terms import replaced_in_one

_AMOUNT = (r"\b\d+(?:[.,]\d+)?\s*(?:mg|g|gm|mcg|µg|ug|ng|mL|ml|L|IU|units?|mmol|mEq|grams?|milligrams?|micrograms?"
           r"|milliliters?)\b")
_RATE = re.compile(
    _AMOUNT + r"(?:\s+(?!per\b|a\b|each\b|every\b)[A-Za-z(][\w()'-]*){0,5}?\s*"
    r"(?P<per>(?P<weight>/\s*kg\b|\bper\s+(?:kg|kilograms?)\b(?:\s*\(kg\))?(?:\s+(?:of\s+)?(?:your\s+)?body\s*weight)?)"
    r"|/\s*(?:24\s*)?(?P<unit>h|hours?|d|days?|nights?|wks?|weeks?)\b"
    r"|\b(?:per|a|each|every)\s+(?:24\s+)?(?P<word>hours?|days?|nights?|weeks?|months?)\b"
    r"|\b(?P<adverb>daily|nightly|weekly|monthly)\b)",
    re.IGNORECASE,
)
# each period turned into a longer one
_LONGER = {"h": "d", "hour": "day", "hours": "days", "d": "week", "day": "week", "days": "weeks", "night": "week",
           "nights": "weeks", "wk": "month", "wks": "months", "week": "month", "weeks": "months", "month": "year",
           "months": "years", "daily": "weekly", "nightly": "weekly", "weekly": "monthly", "monthly": "yearly"}


def rate_changed(case: EvalCase, rng: random.Random) -> EvalCase | None:
    """One amount's period made longer ("a day" → "a week"), or the body weight it is per dropped ("per kg")."""
    found = []
    for index, bullet in enumerate(case.bullets):
        for m in _RATE.finditer(bullet.text):
            if m.group("weight"):
                start = m.start("weight")
                while start > 0 and bullet.text[start - 1] == " ":
                    start -= 1  # "2 g per kg" → "2 g", not "2 g "
                found.append((index, start, m.end("weight"), ""))
                continue
            group = next(g for g in ("unit", "word", "adverb") if m.group(g))
            word = m.group(group)
            found.append((index, m.start(group), m.end(group), _LONGER[word.casefold()]))
    return replaced_in_one(case, rng, found)
