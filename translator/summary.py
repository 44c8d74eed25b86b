"""The one-line summary of who can join, from the structured eligibility fields.

It reports what the record's fields say, not what the criteria text says; the fidelity checks warn
editors when the two disagree.
"""

from __future__ import annotations

from translator.records import Age, Eligibility, Study
from translator.translation import Summary

_SEX = {"ALL": "All sexes", "FEMALE": "Female only", "MALE": "Male only"}


def _age_text(age: Age | None) -> str | None:
    if age is None or age.value is None or age.unit is None:
        return None
    value = f"{age.value:g}"
    unit = age.unit.value if age.value != 1 else age.unit.value.rstrip("s")
    return f"{value} {unit}"


def _age_range(eligibility: Eligibility) -> str | None:
    low, high = _age_text(eligibility.minimum_age), _age_text(eligibility.maximum_age)
    if low and high:
        minimum, maximum = eligibility.minimum_age, eligibility.maximum_age
        if minimum and maximum and minimum.unit == maximum.unit:
            low = f"{minimum.value:g}"  # "Ages 18 to 65 years": the unit once, as the registry says it
        return f"Ages {low} to {high}"
    if low:
        return f"Ages {low} and older"
    if high:
        return f"Ages up to {high}"
    return None


def summarize(study: object | None) -> Summary:
    """Summary of a Study's eligibility fields; an empty summary when there is no study record."""
    if not isinstance(study, Study):
        return Summary(text="")
    eligibility = study.eligibility
    parts = []
    ages = _age_range(eligibility)
    if ages:
        parts.append(ages)
    sex = (eligibility.sex or "").upper()
    if sex in _SEX:
        parts.append(_SEX[sex])
    if eligibility.healthy_volunteers is True:
        parts.append("Healthy volunteers can join")
    elif eligibility.healthy_volunteers is False:
        parts.append("Healthy volunteers cannot join")
    return Summary(
        text=" · ".join(parts),
        minimum_age=_age_text(eligibility.minimum_age),
        maximum_age=_age_text(eligibility.maximum_age),
        sex=_SEX.get(sex),
        healthy_volunteers=eligibility.healthy_volunteers,
    )
