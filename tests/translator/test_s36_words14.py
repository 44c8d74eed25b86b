"""Third-person and noun openings put to the reader (session 36, words14): the items under a lead-in that says each
is a criterion of its own (translator.offline_criteria_lead_ins), and a use or a taking part timed both now and in
a window before (translator.offline_now_or_before_uses). Each rule has cases that change and near cases that must
not."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import rewritten, said
from translator.offline_criteria_lead_ins import lists_criteria


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            "Use of immunotherapies or immunosuppressants, now or within past 6 months",
            "You are using or have used immunotherapies or immunosuppressants, now or within the past 6 months.",
        ),
        (
            "Use of any other type of investigational agent or treatment concurrently or within 28 days before the "
            "first dose of study treatment",
            "You are using or have used any other type of experimental drug or treatment at the same time or within "
            "28 days before the first dose of study treatment.",
        ),
        (
            "Taking part in a clinical trial within 30 days before inclusion in this study or concurrent to this "
            "study.",
            "You have taken part or are taking part in a clinical trial within 30 days before inclusion in this study "
            "or concurrent to this study.",
        ),
        (
            "Participation in another clinical trial either at the same time or within the past 30 days",
            "You are taking part or have taken part in another clinical trial either at the same time or within the "
            "past 30 days.",
        ),
    ],
)
def test_a_use_now_or_in_a_window_before_says_both_times(source: str, plain: str) -> None:
    assert said(source) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        # one time only: the rules before keep their one verb
        (
            "Use of an investigational drug within 30 days prior to screening",
            "You have used an experimental drug in the 30 days before screening.",
        ),
        # a second noun phrase the two verbs would not fit keeps the words it had
        (
            "Taking part in another clinical study of an experimental treatment now or within past 12 weeks, or "
            "expected participation during this study",
            "You are taking part in another clinical study of an experimental treatment now or within the past 12 "
            "weeks, or expected participation during this study.",
        ),
    ],
)
def test_a_use_with_one_time_or_a_second_noun_is_not_said_twice(source: str, plain: str) -> None:
    assert said(source) == plain


@pytest.mark.parametrize(
    "lead_in",
    [
        "Each patient must meet all of the following inclusion criteria to be enrolled in the study:",
        "Subjects are eligible for the study if all of the following apply:",
        "Subjects meeting any of the following criteria must not be enrolled in the study:",
        "A patient will not be eligible for inclusion in this study if any of the following criteria apply:",
    ],
)
def test_a_lead_in_that_names_criteria_heads_criteria(lead_in: str) -> None:
    assert lists_criteria(lead_in)


@pytest.mark.parametrize(
    "lead_in",
    [
        "Patients with any of the following:",  # what the reader has: the items finish its sentence
        "Myelodysplastic Syndromes (MDS) meeting 1 of the following criteria:",  # the disease's criteria
        "Adequate organ function as defined by the following criteria:",  # the lab values'
        "Patients must have at least one tumor lesion that meets both of the following criteria:",  # a lesion's
        "Patients should have proven primary HCC according to one of the following criteria:",
    ],
)
def test_other_lead_ins_do_not(lead_in: str) -> None:
    assert not lists_criteria(lead_in)


@pytest.mark.parametrize(
    ("nct_id", "source", "plain"),
    [
        # under "Patients must meet all of the inclusion criteria outlined below …:"
        (
            "NCT00121719",
            "Written informed consent to participate in the study.",
            "You have given written informed consent to take part in the study.",
        ),
        # under "Based on the USPI …, subjects eligible for inclusion in this study must fulfill all of the …:"
        (
            "NCT02887183",
            "Written informed consent must be obtained before any assessment is performed.",
            "You must give written informed consent before any assessment is done.",
        ),
        ("NCT00486954", "Signed informed consent", "You have signed informed consent."),
        # a state had, not a drug used: not "You have used drug or alcohol dependency" (offline_determined_treatments)
        (
            "NCT02469090",
            "Drug or alcohol dependency in the past",
            "You have had drug or alcohol dependency in the past 12 months.",
        ),
        # under "Subjects will be eligible if the following criteria are met:" (was left a noun phrase)
        (
            "NCT01982435",
            "At least 6 previous bevacizumab injections",
            "You have had at least 6 past bevacizumab injections for diabetic macular edema in the last 12 months in "
            "the study eye.",
        ),
        # an exclusion's item under "… if any of the following criteria apply:"
        ("NCT01466647", "Major surgical procedure within 4 weeks", "You have had major surgery within 4 weeks."),
        (
            "NCT01617148",
            "Presence or history of scleromalacia in either eye.",
            "You have or have had scleromalacia in either eye.",
        ),
    ],
)
def test_an_item_under_a_lead_in_of_criteria_is_read_as_a_criterion(nct_id: str, source: str, plain: str) -> None:
    assert rewritten(nct_id, source) == plain


@pytest.mark.parametrize(
    ("nct_id", "source", "plain"),
    [
        # a second noun phrase after the smoker, which "You are a nonsmoker" would leave with no verb (offline_smokers)
        (
            "NCT02800811",
            "Nonsmoker or light smoker",
            "Nonsmoker or light smoker, that is, smokes maximal 5 cigarettes (or 3 cigars or 3 pipe-full) per day, and "
            "ability and willingness to refrain from smoking during confinement and ambulant visits in the clinical "
            "research center.",
        ),
    ],
)
def test_an_opening_that_would_misread_the_item_is_not_made(nct_id: str, source: str, plain: str) -> None:
    assert rewritten(nct_id, source) == plain
