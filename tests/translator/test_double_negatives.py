"""Double negatives on real corpus criteria: two negations where one undoes the other ("unable to refrain",
"no lack of", "cannot be conducted without") are found; a negation of something named with a negative word
("no uncontrolled infections", "must not have uncontrolled diabetes") and negations of separate things are not."""

from __future__ import annotations

import pytest

from tests.translator.test_fact_leftovers import criterion, judge
from translator.fidelity_negations import double_negatives, facts_of
from translator.findings import Severity


def pairs(text: str) -> list[str]:
    return [text[start:end] for start, end in double_negatives(text, facts_of(text))]


@pytest.mark.parametrize(("nct_id", "needle", "expected"), [
    # an abstention under an inability or unwillingness: the patient will keep on doing it
    ("NCT00659191", "Unwilling to abstain from alcohol", "Unwilling to abstain"),
    ("NCT01558674", "Unable to refrain from the use", "Unable to refrain"),
    ("NCT01123824", "Unability to abstain", "Unability to abstain"),
    ("NCT02038153", "did not agree not to father", "not agree not"),
    ("NCT01192204", "refusal to remain tobacco-free", "refusal to remain tobacco-free"),
    # a negated prevention: the thing is allowed
    ("NCT00624442", "should not preclude participation", "not preclude"),
    ("NCT01518998", "don't prevent conception", "don't prevent"),
    # a negated negation noun, with or without an adjective between
    ("NCT00084591", "No lack of physical integrity", "No lack"),
    ("NCT00636922", "No prior failure to achieve", "No prior failure"),
    # a negated state of absence: the patient has had it
    ("NCT00995371", "(not ESI naive)", "not ESI naive"),
    # a condition of absence on a negation, which reads either way
    ("NCT00621842", "cannot be conducted without an interpreter", "cannot be conducted without"),
    ("NCT01642004", "conditions not expected to recur in the absence", "not expected to recur in the absence"),
    ("NCT00633217", "without menses in the absence of", "without menses in the absence"),
])
def test_a_negation_that_undoes_another_is_found(nct_id: str, needle: str, expected: str) -> None:
    assert expected in pairs(criterion(nct_id, needle))


@pytest.mark.parametrize(("nct_id", "needle"), [
    # a negation of a condition named by an un- / non- / poorly word: plain English, meaning what it says
    ("NCT00003194", "No uncontrolled infections"),
    ("NCT00114101", "must not have uncontrolled diabetes"),
    ("NCT00074022", "No poorly controlled diabetes"),
    ("NCT00509587", "No concurrent uncontrolled illness"),
    ("NCT00878657", "No non-adenocarcinoma"),
    ("NCT00603447", "must agree to NEVER have unprotected sexual contact"),
    ("NCT01587885", "Refrain from taking non-study medicine"),
    # ... or described by a negated participle or a negative verb of its own
    ("NCT00074308", "No seizures not controlled"),
    ("NCT00068757", "No circumstances that would preclude"),
    # a negative adjective ends with its word
    ("NCT04613596", "Untreated brain metastases not needing"),
    ("NCT03113812", "Poorly controlled diseases like poorly controlled"),
    # the first negation inside the subject of the second
    ("NCT03601819", "Coombs positivity in absence of hemolysis is not an exclusion"),
    ("NCT02700412", "freedom from PNES will not be excluded"),
    # separate clauses and items
    ("NCT01673529", "Non smoker who has not smoked"),
    ("NCT02529072", "Bevacizumab-naïve - no prior exposure"),
    ("NCT00601458", "currently not pregnant not nursing"),
    ("NCT00004239", "No prior 506U78 No other"),
    ("NCT00519636", "does not plan to travel outside this area"),
])
def test_negations_of_separate_things_are_no_double_negative(nct_id: str, needle: str) -> None:
    assert pairs(criterion(nct_id, needle)) == []


def test_a_faithful_bullet_for_a_negated_uncontrolled_condition_has_no_double_negative() -> None:
    text = criterion("NCT00114101", "must not have uncontrolled diabetes")
    findings = judge(text, "You must not have uncontrolled diabetes.")
    assert [f for f in findings if f.check == "double_negative"] == []


def test_a_double_negative_the_source_lacks_is_still_an_error() -> None:
    text = criterion("NCT00659191", "Unwilling to abstain from alcohol")
    kept = [f.severity for f in judge(text, "You are unwilling to abstain from alcohol for 48 hours before the start "
                                            "of dosing until the final pharmacokinetic sample of each treatment "
                                            "period.") if f.check == "double_negative"]
    assert kept == [Severity.WARNING]
    text = criterion("NCT00003194", "No uncontrolled infections")
    added = [f.severity for f in judge(text, "You do not have no uncontrolled infections.")
             if f.check == "double_negative"]
    assert added == [Severity.ERROR]
