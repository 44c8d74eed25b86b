"""The fourteenth round: fragments at the top of a criterion that name the reader's condition or state ("Type 2
diabetes", "Measurable or evaluable disease", "HIV negative", "Negative pregnancy test", "Stable dose of X for at
least 3 months") put to the reader, with the cases each must leave as written."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import backend, said
from translator.backend import CriterionRequest, RequestItem
from translator.criteria import SectionKind
from translator.facts import extract_facts
from translator.fidelity import check_rendering, errors
from translator.lexicon import Lexicon
from translator.offline_conditions import condition_opening
from translator.offline_results import result_opening, stable_opening

INC = SectionKind.INCLUSION
EXC = SectionKind.EXCLUSION


@pytest.mark.parametrize(("text", "kind", "plain"), [
    ("Type 2 diabetes", INC, "You have type 2 diabetes."),
    ("Type 1 or 2 diabetes", EXC, "You have type 1 or 2 diabetes."),
    ("type 1 diabetes;", EXC, "You have type 1 diabetes."),
    # a length of time one has had it
    ("Type 1 diabetes for at least 12 months", INC, "You have had type 1 diabetes for at least 12 months."),
    ("Asthma for at least 6 months", INC, "You have had asthma for at least 6 months."),
    ("Type 1 diabetes mellitus (diagnosed clinically) for at least 12 months", INC,
     "You have had type 1 diabetes (diagnosed clinically) for at least 12 months."),
    # a length further on is the treatment's, not the condition's
    ("Type 2 diabetes mellitus, with stable metformin treatment for at least 3 months", INC,
     "You have type 2 diabetes, with stable metformin treatment for at least 3 months."),
])
def test_a_kind_named_by_a_number_is_the_readers_condition(text: str, kind: SectionKind, plain: str) -> None:
    assert said(text, kind) == plain


@pytest.mark.parametrize(("text", "kind", "plain"), [
    ("Measurable disease", INC, "You have measurable disease."),
    ("Measurable or evaluable disease", INC, "You have measurable or evaluable disease."),
    ("Measurable or non-measurable disease as defined by RECIST 1.1", INC,
     "You have measurable or non-measurable disease as defined by RECIST 1.1."),
    ("Metastatic or locally advanced breast cancer;", INC, "You have metastatic or locally advanced breast cancer."),
    ("Active peptic ulcer disease", EXC, "You have active peptic ulcer disease."),
    ("Active, serious infection", EXC, "You have an active, serious infection."),
    # an adjective in title case is lower-cased after "You have"; a name keeps its capital
    ("Untreated, symptomatic brain metastases", EXC, "You have untreated, symptomatic brain metastases."),
    ("Excessive / symptomatic facet hypertrophy", EXC, "You have excessive / symptomatic facet hypertrophy."),
    ("Diabetic Ketoacidosis in the past 3 months", EXC, "You have had diabetic ketoacidosis in the past 3 months."),
    ("Congestive Heart Failure", EXC, "You have congestive heart failure."),
    ("Sezary syndrome", EXC, "You have Sezary syndrome."),
    ("Hodgkin or non-Hodgkin lymphoma", EXC, "You have Hodgkin or non-Hodgkin lymphoma."),
    # a result that names a kind of the condition is part of its name
    ("HER2-positive metastatic breast cancer (MBC)", INC, "You have HER2-positive metastatic breast cancer (MBC)."),
    ("Philadelphia chromosome negative acute leukemia", INC,
     "You have Philadelphia chromosome negative acute leukemia."),
])
def test_adjectives_joined_before_a_condition_keep_every_word(text: str, kind: SectionKind, plain: str) -> None:
    assert said(text, kind) == plain


@pytest.mark.parametrize("text", [
    "Prior or current malignancy",  # a time joined to the name: "You have prior …" would not do
    "Controlled or uncontrolled hypertension",
    "Positive or negative nodal disease",  # results, not kinds
    "Hepatitis B and C negative",  # a result after the name is a finding
    "Having type 2 diabetes",  # a participle: offline_participles says it
    "Type 2 diabetic patients",  # a person named
    "Uncontrolled, or significant cardiovascular disease",  # a comma before "or": the list's noun may be elsewhere
    "Type 1 or 2 diabetics with HbA1c above 7%",  # people with it, not a condition: "You have diabetics"
    "Type of subject: outpatient",  # a label
    "Type 2 diabetes mellitus is allowed if controlled",  # a verb of its own
])
def test_what_is_no_condition_of_the_readers_keeps_its_words(text: str) -> None:
    assert condition_opening(text, 0, extract_facts(text), Lexicon.load()) == []


@pytest.mark.parametrize(("text", "kind", "plain"), [
    ("HIV negative", INC, "You are HIV negative."),
    ("HIV-positive", EXC, "You are HIV-positive."),
    ("Hepatitis B surface antigen positive", EXC, "You are hepatitis B surface antigen positive."),
    ("Positive for hepatitis B surface antigen", EXC, "You are positive for hepatitis B surface antigen."),
    ("Seronegative for HIV antibody", INC, "You are seronegative for HIV antibody."),
    ("Positive for hepatitis B surface antigen at or within 30 days of screening", EXC,
     "You are positive for hepatitis B surface antigen at or within 30 days of screening."),
    ("Positive HCV RNA in serum", EXC, "You have positive hepatitis C virus (HCV) RNA in serum."),
    ("Negative pregnancy test", INC, "You have a negative pregnancy test."),
])
def test_a_result_of_the_readers_own_is_said_of_the_reader(text: str, kind: SectionKind, plain: str) -> None:
    assert said(text, kind) == plain


@pytest.mark.parametrize("text", [
    "Estrogen receptor positive",  # the tumour's, not the reader's
    "Positive for estrogen receptor",
    "HER2-positive status",
    "Pregnancy test negative",  # a test's name before its result: "You are pregnancy test negative" would not do
    "Deep positive margin",
    "Positive HIV test in the partner is not allowed",  # a verb of its own
    "Negative consent",
    "Seropositive for HIV, AIDS, or post-organ transplant",  # a list of more than results
    # a second sentence is another's to say
    "Seronegative for hepatitis B. If the hepatitis C antibody test is positive, the patient must be tested by PCR",
])
def test_a_result_that_is_not_the_readers_keeps_its_words(text: str) -> None:
    assert result_opening(text, 0) == []


@pytest.mark.parametrize(("text", "plain"), [
    ("Stable dose of metformin for at least 3 months",
     "You have been on a stable dose of metformin for at least 3 months."),
    ("Stable medications for 4 weeks prior to screening visit.",
     "You have been on stable medicines for the 4 weeks before screening visit."),
    ("Stable daily dose of levothyroxine", "You are on a stable daily dose of levothyroxine."),
    # the article is the last noun's; a length said without "for" is still how long
    ("Stable medication regimen over the previous four weeks",
     "You have been on a stable medicine regimen over the past four weeks."),
    ("Stable medication at least 8 weeks.", "You have been on stable medicine at least 8 weeks."),
])
def test_a_stable_dose_is_the_readers_with_its_window_word_for_word(text: str, plain: str) -> None:
    assert said(text, INC) == plain


@pytest.mark.parametrize(("text", "kind"), [
    ("Stable dose of metformin for at least 3 months", EXC),  # an exclusion's stable dose is a note, not a demand
    ("Stable dose of statin during the study", INC),  # a time to come
    ("Stable dose of statin, unless contraindicated", INC),
    ("Stable dose of statin within 4 weeks of randomization", INC),  # a window "have been on" cannot say
    ("Stable dose of statin must be maintained", INC),  # a verb of its own
    ("Stable weight for 3 months", INC),  # no dose
])
def test_a_stable_dose_whose_time_is_a_guess_keeps_its_words(text: str, kind: SectionKind) -> None:
    assert stable_opening(text, 0, kind, extract_facts(text)) == []


def test_a_fragment_under_a_lead_in_stays_a_fragment() -> None:
    items = [RequestItem(ref="1", text="One of the following:"), RequestItem(ref="1.1", text="HIV negative"),
             RequestItem(ref="1.2", text="Stable dose of metformin for at least 3 months")]
    items = [i.model_copy(update={"facts": extract_facts(i.text)}) for i in items]
    rendering, _ = backend().render_items(CriterionRequest(kind=INC, items=items))
    assert rendering.bullets[1].text == "HIV negative"
    assert rendering.bullets[2].text.startswith("Stable dose of metformin")


def test_a_negative_result_and_a_window_pass_the_fidelity_check() -> None:
    text = "Negative serum pregnancy test within 7 days before enrollment"
    request = CriterionRequest(kind=INC, items=[RequestItem(ref="1", text=text, facts=extract_facts(text))])
    rendering, items = backend().render_items(request)
    assert items[0].level == "rewrite"
    assert not errors(check_rendering(request, rendering))
    assert rendering.bullets[0].text.startswith("You have a negative serum pregnancy test within 7 days")
