"""Faithful paraphrases of criteria the checks were never tuned on, and the real errors they must still catch.

Each source is the real criterion, parsed from its corpus record; the faithful bullet is the one of
`evals/data/paraphrases.jsonl` that raised a false alarm (or a plain variant of it). Each rule is general:
taking part in the study starts when the patient joins it; being given the study drug is its first dose;
the New York classification counts classes however its name is written; "a minute" is "/min"; an adverb
of degree ("abnormally fast") is no test result. Each is paired with the errors it must not let through.
"""

from __future__ import annotations

import pytest

from tests.translator.test_fact_paraphrases import checks as _checks
from tests.translator.test_fact_paraphrases import criterion
from translator.criteria import SectionKind
from translator.facts import Fact, FactKind, extract_facts


def checks(source: str, bullet: str, kind: SectionKind = SectionKind.EXCLUSION) -> set[str]:
    return _checks(source, bullet, kind)


def temporal(text: str) -> list[Fact]:
    return [f for f in extract_facts(text) if f.kind is FactKind.TEMPORAL]


def values(text: str) -> list[Fact]:
    return [f for f in extract_facts(text) if f.kind is FactKind.VALUE]


# --- taking part in the study: before it, joining it ----------------------------------------------------

_HEART = (
    "You have another long-term illness that is not under control, such as a severe irregular heartbeat "
    "(ventricular rate under 60 beats/min or over 100 beats/min), a heart attack (myocardial infarction) {window}, "
    "severe heart failure ({scale}), or severely abnormal blood pressure, with a systolic blood pressure of "
    "90 mmHg or lower or 180 mmHg or higher."
)


def test_before_participating_in_the_trial_is_before_joining_it(shared_data: object) -> None:
    source = criterion("NCT04780399", "E6")
    assert "within 3 months before participating in the trial" in source
    assert [(f.relation, f.anchor) for f in temporal(source)] == [("before", "enrollment")]
    for window in ("within 3 months before joining the trial", "in the 3 months before you took part in the trial",
                   "within 3 months before taking part in the study"):
        assert checks(source, _HEART.format(window=window, scale="NY class III and IV")) == set(), window


@pytest.mark.parametrize("window", [
    "within 3 months before randomization",  # another event
    "within 3 months after joining the trial",  # direction turned
    "within 6 months before joining the trial",  # amount changed
    "during the trial",  # the window lost
])
def test_before_participating_still_catches_a_changed_window(shared_data: object, window: str) -> None:
    bullet = _HEART.format(window=window, scale="NY class III and IV")
    assert checks(criterion("NCT04780399", "E6"), bullet) & {"fact_changed", "fact_missing"}


@pytest.mark.parametrize("text", [
    "use contraception during participation in the study", "use contraception during study participation",
    "for the duration of study participation", "for 3 months after participating in this study",
])
def test_during_or_after_participation_is_the_study_itself(text: str) -> None:
    assert [f.anchor for f in temporal(text)] == ["study"]


def test_prior_to_study_participation_is_joining_the_study(shared_data: object) -> None:
    # "a history of malignancy <=5 years prior to study participation": a real corpus wording of the rule
    source = "A history of malignancy ≤5 years prior to study participation"
    assert [(f.relation, f.anchor) for f in temporal(source)][-1] == ("before", "enrollment")
    assert checks(source, "You have had a cancer in the 5 years before you joined the study.") == set()
    assert checks(source, "You have had a cancer in the 5 years before screening.") & {"fact_changed"}


# --- the New York classification counts classes ---------------------------------------------------------


@pytest.mark.parametrize("name", ["NY classification", "New York (NY) class", "New York Heart Classification",
                                  "New York Hospital Association (NYHA) class", "NYHA classification"])
def test_a_new_york_classification_counts_classes(name: str) -> None:
    [level] = [f for f in values(f"severe heart failure ({name} III and IV)") if f.low is not None]
    assert (level.unit, level.low, level.high) == ("class", 3, 4)


def test_ny_classification_said_as_class_is_kept_and_a_changed_class_caught(shared_data: object) -> None:
    source = criterion("NCT04780399", "E6")
    window = "within 3 months before joining the trial"
    assert checks(source, _HEART.format(window=window, scale="NY class III and IV")) == set()
    assert checks(source, _HEART.format(window=window, scale="NY class 3 or 4")) == set()
    assert checks(source, _HEART.format(window=window, scale="NY class II and III")) & {"fact_changed"}
    assert not [f for f in values("patients living in NY state") if f.unit == "class"]


# --- "a minute" is per minute -----------------------------------------------------------------------------

_VITALS = (
    "You have any of these: a breathing rate above {rate}, a pulse above 120 bpm, a systolic (top) blood "
    "pressure below 90 mmHg, or a diastolic (bottom) blood pressure below 60 mmHg."
)


@pytest.mark.parametrize("rate", ["20 a minute", "20 per minute", "20 each minute", "20 breaths a minute"])
def test_a_rate_a_minute_restates_per_min(shared_data: object, rate: str) -> None:
    source = criterion("NCT04595136", "E2")
    assert "> 20 / min" in source
    assert checks(source, _VITALS.format(rate=rate)) == set()


@pytest.mark.parametrize("rate", ["30 a minute", "20 an hour", "20", "20 a second"])
def test_a_rate_a_minute_still_catches_a_changed_rate(shared_data: object, rate: str) -> None:
    assert checks(criterion("NCT04595136", "E2"), _VITALS.format(rate=rate)) & {"fact_changed", "fact_missing"}


def test_a_bare_rate_a_minute_names_no_count_of_its_own() -> None:
    [beats] = values("a pulse above 100 beats a minute")
    assert beats.unit == "bpm"
    # A bare "/min" is what the criterion counts; beats are still not breaths.
    assert checks("pulse > 100/min", "Your pulse is above 100 beats a minute.") == set()
    assert checks("respiratory rate > 20 breaths/min", "Your breathing rate is above 20 beats a minute.") & {
        "fact_changed"}


# --- an adverb of degree is no test result ------------------------------------------------------------------

_BREATHING = (
    "You may have symptoms or none, you look clinically well, your oxygen saturation at rest is above 94% on "
    "room air, your oxygen level does not drop when you walk, and you do not breathe {how} (tachypnea)."
)


@pytest.mark.parametrize("how", ["abnormally fast", "unusually fast", "too fast"])
def test_abnormally_fast_is_how_fast_not_a_result(shared_data: object, how: str) -> None:
    source = criterion("NCT04595136", "I4")
    assert "without tachypnea" in source
    assert checks(source, _BREATHING.format(how=how), SectionKind.INCLUSION) == set()


def test_a_result_said_abnormal_is_still_a_result() -> None:
    assert [f.label for f in values("liver functioning abnormally, as judged by the investigator")] == ["abnormal"]
    assert [f.label for f in values("abnormal ECG")] == ["abnormal"]
    assert checks("Abnormal ECG at screening", "Your ECG at screening.") & {"fact_missing"}
    assert checks("ECG at screening", "Your ECG at screening is abnormal.") & {"fact_invented"}


# --- raised, increased, elevated and high are one level ----------------------------------------------------------

_BRAIN = (
    "You have cancer that has spread to the brain (brain metastases), unless it causes no symptoms, is stable, and "
    "has not needed steroids or anticonvulsants for at least 7 days before randomization. At least 2 weeks must "
    "have passed between the end of local therapy (brain radiotherapy or surgery) and randomization. You must have "
    "recovered from the acute toxic effects of radiotherapy (for example dizziness and signs of {pressure}) or "
    "surgery before randomization."
)


@pytest.mark.parametrize("pressure", ["raised pressure inside the skull", "increased pressure inside the skull",
                                      "high pressure inside the skull", "elevated intracranial pressure"])
def test_raised_and_increased_are_one_level(shared_data: object, pressure: str) -> None:
    source = criterion("NCT06627647", "E2")
    assert "signs of increased intracranial pressure" in source
    assert checks(source, _BRAIN.format(pressure=pressure)) == set()


@pytest.mark.parametrize("pressure", ["pressure inside the skull", "low pressure inside the skull"])
def test_a_level_dropped_or_turned_is_caught(shared_data: object, pressure: str) -> None:
    assert checks(criterion("NCT06627647", "E2"), _BRAIN.format(pressure=pressure)) & {
        "fact_missing", "fact_changed", "fact_invented"}


# --- being given the study drug is its first dose ------------------------------------------------------------

_HEARTS = (
    "In the 6 months {before}, you must not have had any of these: a heart attack (MI), severe or unstable "
    "angina, a coronary or peripheral artery bypass graft, heart failure with symptoms (symptomatic CHF), a "
    "stroke (CVA), a mini-stroke (TIA) or a blood clot in the lungs (PE)."
)


@pytest.mark.parametrize("before", ["before you are given the study drug", "before receiving the study drug",
                                    "before you receive the study drug", "before your first dose of study drug"])
def test_being_given_the_study_drug_is_its_first_dose(shared_data: object, before: str) -> None:
    source = criterion("NCT00555256", "O9")
    assert "within 6 months prior to study drug administration" in source
    assert checks(source, _HEARTS.format(before=before), SectionKind.OTHER) == set()


@pytest.mark.parametrize("before", [
    "before screening",  # another event
    "after you are given the study drug",  # direction turned
    "before you are given any investigational drug",  # not the study's own drug
])
def test_being_given_the_study_drug_still_catches_a_changed_window(shared_data: object, before: str) -> None:
    found = checks(criterion("NCT00555256", "O9"), _HEARTS.format(before=before), SectionKind.OTHER)
    assert found & {"fact_changed", "fact_missing"}


@pytest.mark.parametrize(("text", "expected"), [
    ("within 30 days prior to receipt of study drug", ("before", "first dose")),
    ("for one week after receiving study drug", ("after", "study treatment")),
    ("a risk when taking the study medication", None),  # "when" alone is no window
    ("since receipt of any investigational therapy", ("since", None)),  # any such therapy, not the study's own
])
def test_receiving_the_study_drug_by_relation(text: str, expected: tuple[str, str | None] | None) -> None:
    assert [(f.relation, f.anchor) for f in temporal(text)] == ([expected] if expected else [])


# --- whose half-life, and a misspelt trial ------------------------------------------------------------------

_AGENT = (
    "You took part in other clinical research studies or post-marketing clinical trials using an investigational "
    "agent within one month before giving informed consent, or within {window}, whichever is longer."
)


def test_half_lives_of_a_drug_say_whose_half_life(shared_data: object) -> None:
    source = criterion("NCT02179658", "E14")
    assert "within five half-lives of the investigational agent" in source
    assert checks(source, _AGENT.format(window="five half-lives of that agent")) == set()
    assert checks(source, _AGENT.format(window="five half-lives of the investigational agent")) == set()
    assert checks(source, _AGENT.format(window="three half-lives of that agent")) & {"fact_changed", "fact_missing"}
    # An event after "half-lives of" is still when the window is counted from.
    [window] = temporal("within 5 half-lives of the first dose of study drug")
    assert (window.relation, window.anchor) == ("within", "first dose")
    [window] = temporal("within 5 half-lives of screening")
    assert window.anchor == "screening"


_DRINKERS = (
    "In the 3 months before {event} you were an alcoholic or a regular drinker, meaning you drank more than 14 units "
    "of alcohol a week (14 bottles of 360 ml beer or 630 ml of spirits with 40% alcohol), or your alcohol breath "
    "test is positive."
)


def test_the_trail_misspelt_is_the_trial(shared_data: object) -> None:
    source = criterion("NCT04779892", "E14")
    assert "within 3 months before the trail" in source
    assert checks(source, _DRINKERS.format(event="the trial")) == set()
    assert checks(source, _DRINKERS.format(event="screening")) & {"fact_changed"}
    assert [f.anchor for f in temporal("before the Trail Making Test")] == [None]
    assert [f.anchor for f in temporal("before the TRAIL assay")] == [None]


# --- a diabetes abbreviation carries its type ---------------------------------------------------------------


def test_t2dm_is_type_2_diabetes(shared_data: object) -> None:
    source = criterion("NCT04347252", "I1")
    assert "no first degree family members with T2DM" in source
    plain = ("You are healthy, your fasting glucose is under 6 mM, your A1c is under 6%, and none of your "
             "first-degree relatives has {what}.")
    assert checks(source, plain.format(what="type 2 diabetes (T2DM)"), SectionKind.INCLUSION) == set()
    assert checks(source, plain.format(what="type 1 diabetes"), SectionKind.INCLUSION) & {"fact_changed"}
    assert [(f.unit, f.low) for f in values("History of T1D, T2D or T2DM")] == [("type", 1), ("type", 2), ("type", 2)]
    assert not [f for f in values("T2DMI score, the anti-T2D antibody, PT2D")]
