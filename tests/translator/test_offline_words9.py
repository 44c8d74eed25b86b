"""Noun-phrase exclusions about an act in time, put to the reader: a use before and during the study
(translator.offline_uses_to_come) and a donation, a food or drink, or a start before it (translator.offline_past_acts).
Each rule has cases that change and near cases that must not."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        # a window before the study, then the study itself: the past and the future, the "and" as written
        (
            "Use of glucocorticoids within 14 days prior to Day 1 and while on study",
            "You have used or will use glucocorticoids in the 14 days before Day 1 and while on study.",
        ),
        (
            "Use of tetrabenazine within 12 weeks of enrollment, or at any time during the study period.",
            "You have used or will use tetrabenazine within 12 weeks of joining the study, or at any time during the"
            " study.",
        ),
        (
            "Use of clozapine within 3 months before screening until follow-up",
            "You have used or will use clozapine within 3 months before screening until follow-up.",
        ),
        (
            "Treatment with any antipsychotic medication within 8 weeks of enrollment, or at any time point during"
            " the study period.",
            "You have had or will have treatment with any antipsychotic medicine within 8 weeks of joining the study,"
            " or at any time point during the study.",
        ),
        (
            "Participation in another clinical trial within 30 days before study start or during the trial",
            "You have taken part or will take part in another clinical trial within 30 days before study start or"
            " during the trial.",
        ),
        # the study its only time: a use still to come
        (
            "use of CYP3A4 inhibitors during the trial",
            "You will use cytochrome P450 3A4 (CYP3A4) inhibitors during the trial.",
        ),
        # a part of the study, or the study's last dose, as the time to come
        (
            "Use of macrolide antibiotics during the interventional part of the study.",
            "You will use macrolide antibiotics during the interventional part of the study.",
        ),
        (
            "Participation in other studies within 3 months prior to the beginning of the current study and/or during"
            " participation in this study.",
            "You have taken part or will take part in other studies within 3 months before the beginning of the"
            " current study and/or during participation in this study.",
        ),
        # an act of offline_past_acts before and during the study
        (
            "Consumption of alcohol within 3 days prior to dosing or during the study",
            "You have had or will have alcohol in the 3 days before dosing or during the study.",
        ),
    ],
)
def test_a_use_before_and_during_the_study_is_said_in_both_tenses(source: str, plain: str) -> None:
    assert said(source) == plain


@pytest.mark.parametrize(
    "source",
    [
        # someone else's use: who is who stays as written
        "Use of contraception by the partner within 3 months before screening and during the study",
        # a "during" of something other than the study
        "Treatment with a IIbIIIa inhibitor during index hospitalization",
        # a second noun phrase before the study's time
        "Use of investigational drugs within 4 weeks prior to study treatment or planned use during the study.",
        # a time inside brackets
        "Blood donation (more than 100 mL blood within 4 weeks prior to randomisation or during the trial)",
    ],
)
def test_a_use_whose_times_cannot_be_put_keeps_its_noun(source: str) -> None:
    assert said(source).split()[0] not in ("You", "you")


def test_an_inclusion_use_keeps_its_noun() -> None:
    # an inclusion's "Use of X" is mostly a method a header lists
    assert said("Use of glucocorticoids within 14 days prior to Day 1 and while on study", SectionKind.INCLUSION) == (
        "Use of glucocorticoids in the 14 days before Day 1 and while on study"
    )


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            "Donation of blood or blood products within 56 days prior to screening",
            "You have donated blood or blood products in the 56 days before screening.",
        ),
        (
            "Blood donation within 8 weeks prior to dosing of investigational drug.",
            "You have donated blood in the 8 weeks before dosing of experimental drug.",
        ),
        (
            "Consumption of grapefruit or grapefruit juice within 14 days prior to dosing.",
            "You have had grapefruit or grapefruit juice in the 14 days before dosing.",
        ),
        (
            "Initiation of bisphosphonate therapy within 4 weeks prior to first dose of study drug",
            "You have started bisphosphonate treatment in the 4 weeks before the first dose of study drug.",
        ),
    ],
)
def test_an_act_before_the_study_is_said_in_the_past(source: str, plain: str) -> None:
    assert said(source) == plain


@pytest.mark.parametrize(
    "source",
    [
        # a loss beside the donation: "You have donated … loss of blood" would be wrong
        "Donation of blood or loss of blood (greater than 500 mL) within 3 months prior to receiving the first dose.",
        # no window before the study: a present habit, not a past act
        "Consumption of narcotics, alcohol > 2 alcohol units per day, mental diseases.",
        # still to come
        "Donation of blood during the study.",
        # two nouns share "of"
        "Initiation of or change in dosage of topical corticosteroids within 3 weeks of study treatment",
    ],
)
def test_an_act_whose_time_or_words_cannot_be_put_keeps_its_noun(source: str) -> None:
    assert said(source).split()[0] not in ("You", "you")


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        # "planned" times the study's start, which is still to come: the act before it is past
        (
            "Participation in another clinical study within 30 days prior to the planned first drug administration",
            "You have taken part in another clinical study within 30 days before the planned first drug dose.",
        ),
        (
            "Receipt of any vaccination within 30 days prior to anticipated dose administration.",
            "You have had any vaccination within 30 days before expected dose administration.",
        ),
        (
            "Participation in other clinical studies within 1 month prior to enrollment in the current trial.",
            "You have taken part in other clinical studies in the 1 month before enrollment in the current trial.",
        ),
        (
            "Use of prescription medication within 14 days prior to the planned first drug administration and"
            " throughout the study.",
            "You have used or will use prescription medicine within 14 days before the planned first drug dose"
            " and throughout the study.",
        ),
    ],
)
def test_a_planned_start_of_the_study_does_not_put_the_act_later(source: str, plain: str) -> None:
    assert said(source) == plain


@pytest.mark.parametrize(
    "source",
    [
        # "planned" says the act itself is still to come
        "Participation in another clinical study within 30 days or planned participation during the study",
        # a plan of the act's own, not of the study's start
        "Use of any drug planned within 30 days prior to the first dose",
        # the current study named, but the act is one still to come
        "Use of any drug within 30 days prior to randomization or expected use in the current study",
    ],
)
def test_a_planned_act_keeps_its_noun(source: str) -> None:
    assert said(source).split()[0] not in ("You", "you")


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            "More than 3 prior chemotherapy regimens in the metastatic setting",
            "You have had more than 3 past chemotherapy regimens in the metastatic setting.",
        ),
        (
            "More than 2 lines of therapy for ovarian or primary peritoneal cancer.",
            "You have had more than 2 lines of treatment for ovarian or primary peritoneal cancer.",
        ),
    ],
)
def test_an_exclusions_count_of_treatments_is_what_the_reader_has_had(source: str, plain: str) -> None:
    assert said(source) == plain


@pytest.mark.parametrize(
    "source",
    [
        # not a treatment: a count of something else (a count of events, "More than 2 hospitalizations for treatment
        # of asthma in the 12 months preceding randomization", is offline_counted_signs' "You have had …" since
        # session 59)
        "More than 20% weight loss in the previous 3 months",
        # a permission keeps its words in an exclusion
        "More than 2 prior regimens are allowed",
        # "No more than": the exclusion's negation reads against its heading
        "No more than 2 prior regimens",
    ],
)
def test_an_exclusions_other_counts_keep_their_words(source: str) -> None:
    assert said(source).split()[0] not in ("You", "you")


def test_an_inclusions_count_is_still_its_own_rule() -> None:
    assert said("No more than 2 prior regimens", SectionKind.INCLUSION) == "You have had no more than 2 past regimens."
