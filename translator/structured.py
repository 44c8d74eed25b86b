"""The structured eligibility fields against the criteria text: warnings for editors.

CT.gov records carry minimumAge, maximumAge, sex and healthyVolunteers beside the free text. When
they contradict the text, the trial page would say two different things; an editor must decide.
These are warnings, never errors: the text, not the field, is what gets translated.
"""

from __future__ import annotations

import re

from translator.criteria import CriteriaDoc, Criterion, SectionKind
from translator.facts import Comparator, Fact, FactKind, extract_facts
from translator.findings import Finding, Severity
from translator.records import Age, Study

_AGE_CONTEXT = re.compile(r"\b(?:age[ds]?|years?[- ]old|years? of age|yrs? old)\b", re.IGNORECASE)
# An age further into its criterion than this many words is not taken as the participant's (see _age_bounds).
_OPENING_WORDS = 6
# "For adolescents over 18 years of age, able to consent": an age that picks out whom a rule is for, and
# "Women < 50 years old will be considered postmenopausal if …": an age inside a definition.
_CONDITION = re.compile(r"\W*(?:for|in|if|when|among)\b", re.IGNORECASE)
_DEFINITION = re.compile(r"\b(?:considered|defined\s+as)\b", re.IGNORECASE)
_FEMALE = re.compile(r"\b(?:women|woman|female|females|girls?)\b", re.IGNORECASE)
_MALE = re.compile(r"\b(?:men|man|male|males|boys?)\b", re.IGNORECASE)
_BOTH = re.compile(
    r"\b(?:male\s+(?:and|or|&)\s+female|female\s+(?:and|or|&)\s+male|men\s+(?:and|or)\s+women|"
    r"women\s+(?:and|or)\s+men|both\s+(?:sexes|genders))\b",
    re.IGNORECASE,
)
_HEALTHY = re.compile(
    r"\bhealthy\s+(?:adult\s+)?(?:volunteers?|subjects?|participants?|individuals?|controls?)\b", re.IGNORECASE
)


def _warning(check: str, message: str, criterion: Criterion | None = None) -> Finding:
    return Finding(
        check=check,
        severity=Severity.WARNING,
        message=message,
        criterion_id=criterion.id if criterion else None,
        source_span=(criterion.start, criterion.end) if criterion else None,
    )


_Stated = tuple[float, Criterion, bool]  # an age in years, the criterion saying it, and whether it is strict ("over")


def _age_bounds(doc: CriteriaDoc) -> tuple[_Stated | None, _Stated | None]:
    """The lowest and highest age in years the inclusion text states, with the criterion saying it.

    Only an age that opens its criterion is the participant's ("Age 18 to 65", "Adults aged over 18"): an
    age deeper in the sentence usually belongs to a condition ("serum calcium ≥ 9.0 mg/dL for subjects ≥ 2
    years of age"), a risk factor ("age < 35 years") or someone else (a proxy's relative "over 70 years of
    age"), and warning on those would bury the real contradictions.
    """
    low: _Stated | None = None
    high: _Stated | None = None
    for criterion in doc.criteria:
        if criterion.kind is SectionKind.EXCLUSION or not _AGE_CONTEXT.search(criterion.text):
            continue
        for fact in extract_facts(criterion.text):
            if fact.kind is not FactKind.VALUE or fact.unit != "year" or not fact.age:
                continue
            before = criterion.text[: fact.start]
            if (
                len(before.split()) > _OPENING_WORDS
                or _CONDITION.match(before)
                or _DEFINITION.search(criterion.text, fact.end, fact.end + 40)
            ):
                continue
            lo, hi = _bounds(fact)
            strict = fact.comparator in (Comparator.GT, Comparator.LT)
            if (lo is not None and lo < 0) or (hi is not None and hi < 0):
                continue  # "Age -30-60 yrs": a stray hyphen, not an age
            if lo is not None and (low is None or lo < low[0]):
                low = (lo, criterion, strict)
            if hi is not None and (high is None or hi > high[0]):
                high = (hi, criterion, strict)
    return low, high


def _bounds(fact: Fact) -> tuple[float | None, float | None]:
    if fact.comparator in (Comparator.GE, Comparator.EQ) and fact.low is not None:
        return fact.low, None
    if fact.comparator is Comparator.GT and fact.low is not None:
        return fact.low + 1, None  # "over 17" in whole years is 18 and up
    if fact.comparator is Comparator.LE and fact.high is not None:
        return None, fact.high
    if fact.comparator is Comparator.LT and fact.high is not None:
        return None, fact.high - 1
    if fact.comparator is Comparator.RANGE:
        return fact.low, fact.high
    return None, None


def _disagree(stated: _Stated, field: float) -> bool:
    """Whole years apart; "over 18" beside minimumAge "18 Years" is the common loose wording, not a conflict."""
    apart = abs(stated[0] - field)
    return apart >= 1 and not (stated[2] and apart <= 1)


def _years(age: Age | None) -> float | None:
    return age.in_years() if age is not None else None


def structured_findings(doc: CriteriaDoc, study: object | None) -> list[Finding]:
    if not isinstance(study, Study):
        return []
    eligibility = study.eligibility
    findings: list[Finding] = []
    low, high = _age_bounds(doc)
    minimum, maximum = _years(eligibility.minimum_age), _years(eligibility.maximum_age)
    if low is not None and minimum is not None and _disagree(low, minimum):
        findings.append(
            _warning(
                "age_mismatch",
                f"the criteria say age {low[0]:g} and up, but minimumAge is “{eligibility.minimum_age}”",
                low[1],
            )
        )
    if high is not None and maximum is not None and _disagree(high, maximum):
        findings.append(
            _warning(
                "age_mismatch",
                f"the criteria say age up to {high[0]:g}, but maximumAge is “{eligibility.maximum_age}”",
                high[1],
            )
        )
    findings += _sex(doc, (eligibility.sex or "").upper())
    if eligibility.healthy_volunteers is False:
        for criterion in doc.criteria:
            if criterion.kind is SectionKind.INCLUSION and _HEALTHY.search(criterion.text):
                findings.append(
                    _warning(
                        "healthy_volunteers_mismatch",
                        "the criteria admit healthy volunteers, but healthyVolunteers is false",
                        criterion,
                    )
                )
                break
    return findings


def _sex(doc: CriteriaDoc, sex: str) -> list[Finding]:
    inclusion = [c for c in doc.criteria if c.kind is SectionKind.INCLUSION]
    for criterion in inclusion:
        if _BOTH.search(criterion.text) and sex in ("FEMALE", "MALE"):
            return [_warning("sex_mismatch", f"the criteria admit both sexes, but sex is {sex}", criterion)]
    if sex != "ALL" or any(_BOTH.search(c.text) for c in inclusion):
        return []
    text = " ".join(c.text for c in inclusion)
    females = _FEMALE.search(text)
    males = _MALE.search(text)
    # "Women of childbearing potential must use contraception" does not restrict sex; a first-line
    # requirement like "Postmenopausal women" or "Male patients" does.
    for criterion in inclusion[:3]:
        if (
            females
            and not males
            and re.match(r"\W*(?:post-?menopausal\s+)?(?:women|females?)\b", criterion.text, re.IGNORECASE)
        ):
            return [_warning("sex_mismatch", "the criteria admit only women, but sex is ALL", criterion)]
        if (
            males
            and not females
            and re.match(r"\W*(?:men|males?(?:\s+patients|\s+subjects)?)\b", criterion.text, re.IGNORECASE)
        ):
            return [_warning("sex_mismatch", "the criteria admit only men, but sex is ALL", criterion)]
    return []
