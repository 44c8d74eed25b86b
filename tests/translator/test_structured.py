"""Structured age/sex fields against the criteria text, on real records: a warning when they contradict
each other, none when the text's age belongs to a condition, a definition or someone else."""

from __future__ import annotations

import pytest

from tests.corpus import corpus_by_id
from translator.findings import Finding, Severity, is_concern
from translator.outline import parse_criteria
from translator.records import Study
from translator.structured import structured_findings


def findings_of(nct_id: str) -> list[Finding]:
    study = Study.model_validate(corpus_by_id()[nct_id])
    return structured_findings(parse_criteria(study.eligibility.criteria or ""), study)


def test_an_opening_age_that_contradicts_minimum_age_is_a_warning_at_its_criterion() -> None:
    # "Age (45 - 70 yr old)." beside minimumAge "40 Years"
    [finding] = findings_of("NCT03459976")
    assert (finding.check, finding.severity) == ("age_mismatch", Severity.WARNING)
    assert "45" in finding.message and "40 Years" in finding.message
    assert finding.criterion_id is not None and finding.source_span is not None
    assert is_concern(finding)


def test_both_sexes_in_the_text_against_a_one_sex_field() -> None:
    assert [f.check for f in findings_of("NCT04472845")] == ["sex_mismatch"]  # "Female or male", sex FEMALE


@pytest.mark.parametrize(
    "nct_id",
    [
        "NCT02567188",  # "above 18 years of age" beside minimumAge 18: the usual loose wording
        "NCT03633708",  # "less than 18 years" beside maximumAge 18; "≥ 2 years of age" sets a lab threshold
        "NCT02992574",  # "age < 35 years" is one of a tumour's high-risk factors
        "NCT04779684",  # the proxy's relative is "over 70 years of age"
        "NCT03630471",  # "For adolescents over 18 years of age, able to provide informed consent"
        "NCT01174550",  # "men age ≥55 years" and "men age ≥45 years with …": the lowest is 45, as the field says
        "NCT02958956",  # "reached aged 40 years between January 1, 1997 and …": a date is not an age
    ],
)
def test_ages_of_conditions_or_of_other_people_draw_no_warning(nct_id: str) -> None:
    assert [f.message for f in findings_of(nct_id) if f.check == "age_mismatch"] == []
