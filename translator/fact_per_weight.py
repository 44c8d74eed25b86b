"""A bound said after the weight a dose is counted per: "1.5 IU per kg of body weight or less".

A plain rewrite moves "no more than" to the end of the amount, and the amount here runs on past its unit ("IU") to
the body weight it is counted per. The bound after "per kg of body weight" (or "per kilogram (kg) of body weight")
bounds the number before it, as "10 mg/kg or less" does. Only that phrase: any other words between an amount and
a bound may say what the bound is about instead ("1.5 mg in women or less" is no such amount).
"""

from __future__ import annotations

import re

from translator.numbers import SUFFIX_RE

_PER_WEIGHT_RE = re.compile(
    r"(?:\s+international\s+units?)?(?:\s*\([A-Za-z]{1,5}\))?\s+per\s+(?:kg|kilograms?)(?:\s*\(kg\))?\s+(?:of\s+)?(?:your\s+|the\s+)?body\s*weight",
    re.IGNORECASE,
)


# "200 milligrams per 24 hours or more": the count of hours a collected amount is per is no fact of its own (the
# number after "mg per" is not read, `translator.quantities`), so the bound after it is the amount's. So is the rate
# said any other way: "200 mg/24 hours or more", "750 mg/day or more", "1000 mg a day or less", "2 units per week".
_PER_PERIOD_RE = re.compile(
    r"(?:\s*/\s*|\s+per\s+|\s+(?:a|an|each|every)\s+)(?:\d+\s*)?(?:hours?|hrs?|h|days?|d|weeks?|wks?)\b", re.IGNORECASE)


def per_weight_suffix(text: str, end: int) -> re.Match[str] | None:
    """The bound after "per kg of body weight" (or "per 24 hours") that follows an amount ending at `end`."""
    per = _PER_WEIGHT_RE.match(text, end) or _PER_PERIOD_RE.match(text, end)
    return SUFFIX_RE.match(text, per.end()) if per is not None else None
