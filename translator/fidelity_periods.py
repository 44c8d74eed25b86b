"""The period of a rate, kept: "20 mg per day", "1 g/24 hours", "500 mL a week".

The fact checks compare an amount by its number, comparator and unit; the period it is given over is no part of the
fact ("200 mg per 24 hours" is read as 200 mg: `translator.quantities` skips the number after "mg per"), so a bullet
that says "20 mg of prednisone a week" for "20 mg/day", or leaves the "per day" out, kept every fact and changed the
dose sevenfold. Here each amount (a mass, a volume, international units) is read with the period written after it
("/day", "per 24 hours", "each week", "daily", "b.i.d.": a day), in hours, and a criterion's periods are compared with
those of the bullets citing it: a period no source has is a changed (or invented) one, and a period of the source that
no bullet gives its amounts is missing. Counts over a period ("14 units per week", "10 cigarettes a day") are facts of
their own (the unit says the period) and are not read here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from translator.fidelity_negations import facts_of
from translator.findings import Finding, Severity
from translator.numbers import parse_number

# Units of an amount that a period may follow (the unit's first part: "mg" of "mg/kg").
# (casefolded: "µg" folds to a Greek "μg")
_AMOUNTS = frozenset(unit.casefold() for unit in ("mg", "g", "mcg", "µg", "μg", "ug", "ng", "kg", "ml", "l", "dl", "iu",
                                                   "mmol", "meq", "units", "u", "kcal", "gy"))
_HOURS = {"h": 1, "hr": 1, "hrs": 1, "hour": 1, "hours": 1, "d": 24, "day": 24, "days": 24, "night": 24, "nights": 24,
          "wk": 168, "wks": 168, "week": 168, "weeks": 168, "mo": 730, "month": 730, "months": 730,
          "y": 8760, "yr": 8760, "yrs": 8760, "year": 8760, "years": 8760}  # fmt: skip
# "daily", and the dosing abbreviations that say how often in a day (the count is a fact of its own)
_WORDS = {"daily": 24, "nightly": 24, "hourly": 1, "weekly": 168, "monthly": 730, "yearly": 8760, "annually": 8760,
          "qd": 24, "od": 24, "bid": 24, "tid": 24, "qid": 24}
_NUMBER = r"\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|twelve|twenty-four|forty-eight"
# A few words between an amount and what it is per ("of prednisone or equivalent", "of protein in your urine").
# (not across a word that opens a time or a condition: "80 mL during each of two …")
_NOT_GAP = r"(?!(?:during|within|before|after|until|since|than|if|when|while|each|every)\b)"
_GAP = rf"(?:\s*\(?\s*{_NOT_GAP}[A-Za-z][\w'-]*\)?){{0,5}}?"
# The body weight or area an amount is per: "/kg", "per kilogram of body weight", "per square meter".
_WEIGHT = re.compile(
    _GAP + r"\s*(?:/|\bper\b)\s*(?P<weight>kg|kilograms?|m2|m²|square\s+met(?:er|re)s?)(?![\w²])"
    r"(?:\s*\(kg\))?(?:\s+(?:of\s+)?(?:your\s+|the\s+)?body\s*(?:weight|surface\s+area))?",
    re.IGNORECASE,
)
# "10 mg, given once daily": the period of the dose a comma sets off with its verb.
_GIVEN = r"(?:\s*,\s*(?:given|taken|administered)\b)?"
_PERIOD = re.compile(
    _GIVEN + _GAP + rf"(?:\s*/\s*(?:(?P<n1>{_NUMBER})\s*)?"
    r"(?P<u1>hrs?|hours?|h|days?|d|nights?|wks?|weeks?|mo|months?|yrs?|years?|y)\b"
    rf"|\s+(?:per|a|an|each|every)\s+(?:(?P<n2>{_NUMBER})[\s-]*)?(?P<u2>hours?|days?|weeks?|months?|years?|night)\b"
    r"|\s+(?P<w>daily|nightly|hourly|weekly|monthly|yearly|annually|q\.?d\.?|o\.?d\.?|b\.?i\.?d\.?|t\.?i\.?d\.?"
    r"|q\.?i\.?d\.?)(?!\w))",
    re.IGNORECASE,
)
# or said before it: "a daily dose of 20 mg", "a daily supplement of more than 500 mg"
_BEFORE = re.compile(r"\b(?P<w>daily|nightly|weekly|monthly|yearly)\s+(?:[A-Za-z][\w'-]*:?\s+){0,4}$", re.IGNORECASE)

Rate = tuple[str, float]  # what an amount is per: a body weight or area ("kg", "m2", or ""), and a period in hours (0)


def rates(text: str) -> list[tuple[int, int, Rate]]:
    """(start, end, rate) of each amount of `text` given per a body weight or area, or per a period."""
    found = []
    for fact in facts_of(text):
        unit = fact.unit or ""
        amount = unit.split("/")[0]
        per = unit[len(amount):]
        if amount.casefold() not in _AMOUNTS or "/" in per.replace("/kg", "").replace("/m2", ""):
            continue  # not an amount, or one whose unit says its period ("units/week")
        # read after the fact, or inside it where it takes them in ("200 mg per 24 hours or more")
        starts = [fact.start + i for i, c in enumerate(text[fact.start:fact.end]) if c in " /"] + [fact.end]
        weighed = next((m for at in starts if (m := _WEIGHT.match(text, at)) is not None), None)
        weight = per.removeprefix("/") or (_weight(weighed.group("weight")) if weighed else "")
        after = weighed.end() if weighed else None
        timed = next((m for at in ([after] if after else starts) if (m := _PERIOD.match(text, at)) is not None), None)
        hours = _hours(timed) if timed else 0.0
        if not timed and (before := _BEFORE.search(text, max(0, fact.start - 60), fact.start)) is not None:
            hours = float(_WORDS[before.group("w").casefold()])
        if weight or hours:
            last = max(fact.end, timed.end() if timed else 0, weighed.end() if weighed else 0)
            found.append((fact.start, last, (weight, hours)))
    return found


def _weight(word: str) -> str:
    return "kg" if word.casefold().startswith("k") else "m2"


def _hours(m: re.Match[str]) -> float:
    if m.group("w"):
        return float(_WORDS[m.group("w").replace(".", "").casefold()])
    count = m.group("n1") or m.group("n2")
    number = parse_number(count) if count else 1.0
    return (number or 0.0) * _HOURS[(m.group("u1") or m.group("u2")).casefold()]


def _said(rate: Rate) -> str:
    weight, hours = rate
    parts = [{"kg": "per kg of body weight", "m2": "per square meter of body surface"}[weight]] if weight else []
    for name, length in (("year", 8760), ("month", 730), ("week", 168), ("day", 24), ("hour", 1)):
        if hours and hours % length == 0:
            parts.append(f"per {hours / length:g} {name}{'s' if hours != length else ''}".replace("per 1 ", "per "))
            break
    return " ".join(parts) or "per nothing"


def period_findings(source_id: str, source: str, bullets: Sequence[tuple[int, str]],
                    raw_of: Callable[[int, int], tuple[int, int]] | None = None) -> list[Finding]:
    """An error for a rate (per body weight, per period) the `bullets` citing `source` (index, text) change, add or
    leave out."""
    theirs = rates(source)
    ours = [(index, start, end, rate) for index, text in bullets for start, end, rate in rates(text)]
    kinds = {rate for *_, rate in theirs}
    findings = []
    for index, start, end, rate in ours:
        if rate not in kinds:
            was = " or ".join(f"“{_said(r)}”" for r in sorted(kinds)) if kinds else "none"
            findings.append(Finding(
                check="fact_changed" if kinds else "fact_invented", severity=Severity.ERROR,
                message=f"{source_id}: bullet {index + 1} gives an amount “{_said(rate)}”, where the source gives "
                        f"{was}", criterion_id=source_id, bullet_index=index, bullet_span=(start, end)))
    said = {rate for *_, rate in ours}
    if any(f.check == "fact_changed" for f in findings):
        return findings
    for start, end, rate in theirs:
        if rate not in said:
            findings.append(Finding(
                check="fact_missing", severity=Severity.ERROR,
                message=f"{source_id}: the bullets citing it give no amount “{_said(rate)}” (the source's "
                        f"“{source[start:end].strip()}”)", criterion_id=source_id, bullet_index=bullets[0][0],
                source_span=raw_of(start, end) if raw_of else None))
            said.add(rate)
    return findings
