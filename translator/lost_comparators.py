"""A bare "=" before a limit: a warning for editors that the record may have lost its "≥" or "≤".

Eligibility criteria almost never ask for an exact lab value, age or score: "Age = 18 years and = 50 years",
"Systolic blood pressure = 180 mmHg", "Expected survival = 3 months" are limits whose "≥"/"≤" was lost when the
text went through a system that could not keep the symbol (common in older records and in the Chia texts). The
translation can only say what the text says ("Your systolic blood pressure is 180 mmHg"), which a patient reads as
an exact value, and no check can tell which limit was meant. So the criterion goes to an editor, who checks the
trial's record and writes the limit it means (the checks then see a changed fact: an override whose reason names
the record publishes it).

Not flagged, because there "=" means "is the same as": a comparator spelled out around it ("≥ or =", "> =", "= or
>", ">/="), a count being defined ("1 drink = 5 ounces", "one unit = 8 g", "0 = low"), a formula ("FEV1 predicted
(L) = 4.30 x (height …"), a unit conversion in brackets after a value ("240 mg/dL (=13.3 mmol/L)"), a range
("BMI = 18 - 25 kg/m2", "ECOG = 0-1": a stated range is its own limit), a sample size ("(n=5)") and the value of an
upper limit of normal ("3 x ULN (ULN) = 135 U/L").
"""

from __future__ import annotations

import re

from translator.criteria import CriteriaDoc, Criterion
from translator.findings import Finding, Severity

CHECK = "equals_as_limit"

_SPELLED = r"(?:one|two|three|four|five|six|seven|eight|nine|ten)"
# "=" with a number after it, not part of a comparator written with symbols (">=", "=<", "> =", ">/=", "&gt;=").
_EQUALS = re.compile(
    r"(?<![<>≤≥=!/~])(?<![<>≤≥]\s)(?<!&gt;)(?<!&lt;)=(?![<>=≤≥])\s*(?P<value>[+-]?\d[\d.,]*)"
)
# "≥ or =", "less than or =", "up to or =": the "=" is the comparator's own second half.
_COMPARATOR_BEFORE = re.compile(r"(?:[<>≤≥=]|\bthan|\bto)\s*(?:or|/)\s*$", re.IGNORECASE)
# "1 drink =", "one unit =", "(12 g alcohol) =", "24-30=3": a count or a scale point being defined.
_COUNT_BEFORE = re.compile(
    rf"(?:^|[^\w.])(?:\d[\d.,]*|{_SPELLED})\s*(?:[^\W\d][\w'-]*\s*){{0,2}}[)\]]?\s*$", re.IGNORECASE
)
# "240 mg/dL (=13.3 mmol/L)": the same value in another unit.
_CONVERSION_BEFORE = re.compile(r"\d\s*[^\W\d][\w/.%µμ]*\s*[(\[]\s*$")
_NAMES_NO_LIMIT_BEFORE = re.compile(r"(?:\b[nN]|\bULN\)?|\bnormal)\s*$")
# "= 4.30 x (height …", "= (weight)/…" (no number: not matched at all), "= 3,300-12,000", "= 18 to 25".
_FORMULA_OR_RANGE_AFTER = re.compile(
    r"\s*(?:[x×*]\s*\(|[+/*]\s*[(A-Za-z]|[x×*]\s*(?!ULN\b|upper\b|the\b|times\b)[a-z]{3,}|"
    r"(?:-|–|to)\s*\d)",
    re.IGNORECASE,
)


def _bare_equals(text: str) -> re.Match[str] | None:
    """The first "=" in `text` that stands where a limit's comparator would."""
    for match in _EQUALS.finditer(text):
        before, after = text[: match.start()], text[match.end():]
        tail = before[-40:]
        if (
            _COMPARATOR_BEFORE.search(tail)
            or _COUNT_BEFORE.search(tail)
            or _CONVERSION_BEFORE.search(tail)
            or _NAMES_NO_LIMIT_BEFORE.search(tail)
            or _FORMULA_OR_RANGE_AFTER.match(after)
        ):
            continue
        return match
    return None


def _finding(criterion: Criterion, match: re.Match[str]) -> Finding:
    start = max(0, criterion.text.rfind(" ", 0, max(0, match.start() - 1)) + 1)
    shown = " ".join(criterion.text[start: match.end()].split())
    return Finding(
        check=CHECK,
        severity=Severity.WARNING,
        criterion_id=criterion.id,
        source_span=criterion.raw_span(match.start(), match.end()),
        message=f"{criterion.id} says “{shown}”: a bare “=” before a limit usually stands for a “≥” or “≤” the "
        f"record's text lost, and the translation can only say it as an exact value. Check the trial's record and "
        f"write the limit it means: the checks will then see a changed fact, so approve with an override whose "
        f"reason names the record.",
    )


def lost_comparator_findings(doc: CriteriaDoc) -> list[Finding]:
    """A warning per criterion whose text puts a bare "=" where a limit's comparator would be."""
    findings: list[Finding] = []
    for criterion in doc.criteria:
        if "=" in criterion.text and (match := _bare_equals(criterion.text)) is not None:
            findings.append(_finding(criterion, match))
    return findings
