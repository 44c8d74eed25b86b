"""The thirteenth round: common noun-phrase openings put to the reader (consent, "Any <condition>", a treatment or a
use with a window before the study, "whichever is longer"), with the cases each must leave as written."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import backend, said
from translator.backend import CriterionRequest, RequestItem
from translator.criteria import SectionKind
from translator.facts import extract_facts
from translator.fidelity import check_rendering, errors
from translator.lexicon import Lexicon
from translator.offline_reader_openings import any_opening, consent_opening

INC = SectionKind.INCLUSION
EXC = SectionKind.EXCLUSION


@pytest.mark.parametrize(("text", "plain"), [
    ("Signed informed consent", "You have signed informed consent."),
    ("Signed and dated written informed consent prior to admission to the study",
     "You have signed and dated written informed consent before admission to the study."),
    # a form is a thing signed: it gets its article
    ("Signed informed consent form", "You have signed the informed consent form."),
    ("Signed and dated informed consent document", "You have signed and dated the informed consent form."),
    ("Written informed consent and agrees to comply with the protocol",
     "You have given written informed consent and agree to follow the study plan."),
    ("Informed consent", "You have given informed consent."),
    ("Informed Consent", "You have given Informed Consent."),  # a title-case name keeps its capitals
    ("Provision of written informed consent before any study-specific procedure",
     "You give written informed consent before any study-specific procedure."),
    ("Provide signed informed consent", "You give signed informed consent."),
    ("Consent to take part in the follow-up visits.", "You consent to take part in the follow-up visits."),
])
def test_consent_is_the_readers(text: str, plain: str) -> None:
    assert said(text, INC) == plain


@pytest.mark.parametrize("text", [
    "Written informed consent of parent or guardian.",  # someone else's consent
    "Signed informed consent by the legally authorized representative",
    "Signed informed consent (or assent for minors)",
    "Written informed consent obtained from the patient or their proxy",
    "Written informed consent form",  # a form one has: "given" would not fit it
])
def test_consent_someone_else_gives_or_with_its_own_verb_keeps_its_words(text: str) -> None:
    assert consent_opening(text, 0, INC) == []
    assert not said(text, INC).startswith("You")


def test_consent_is_an_inclusion_only() -> None:
    assert consent_opening("Signed informed consent", 0, EXC) == []


@pytest.mark.parametrize(("text", "plain"), [
    ("Any malabsorption problem", "You have any malabsorption problem."),
    # (a cancer in a window before the study was had: offline_past_events)
    ("Any other malignancies within 5 years", "You have had any other cancers within 5 years."),
    ("Any known hypersensitivity to the study drug or its excipients",
     "You have any known allergy to the study drug or its inactive ingredients."),
    # a window before the study puts the condition in the past
    ("Any allergic reaction within 6 months prior to screening",
     "You have had any allergic reaction in the 6 months before screening."),
])
def test_any_condition_in_an_exclusion_is_the_readers(text: str, plain: str) -> None:
    assert said(text, EXC) == plain


@pytest.mark.parametrize("text", [
    "Any of the following:",  # a lead-in
    "Any T, N2-N3, M0",  # a stage, no condition
    "Any patient in whom the investigator considers surgery appropriate",  # someone named
    "Any unresolved toxicity greater than grade 1. Patients with alopecia may be included.",  # a second subject
    "Any infection expected to need treatment during the study",  # a time to come
    "Any condition that is judged serious is excluded",  # a verb of its own after the name
    "Any prior malignancy",  # had, not has
])
def test_any_phrase_that_is_no_condition_of_the_readers_keeps_its_words(text: str) -> None:
    facts = extract_facts(text)
    assert any_opening(text, 0, EXC, facts, Lexicon.load()) == []


def test_any_condition_in_an_inclusion_keeps_its_words() -> None:
    text = "Any malabsorption problem"
    assert any_opening(text, 0, INC, extract_facts(text), Lexicon.load()) == []


def test_a_noun_phrase_under_a_lead_in_stays_a_fragment() -> None:
    # "Any other cancer" is read after "You cannot join if you have had any of:" and must stay its item
    items = [RequestItem(ref="1", text="Any of the following within 5 years:"),
             RequestItem(ref="1.1", text="Any malabsorption problem")]
    items = [i.model_copy(update={"facts": extract_facts(i.text)}) for i in items]
    request = CriterionRequest(kind=EXC, items=items)
    rendering, _ = backend().render_items(request)
    assert rendering.bullets[1].text == "Any malabsorption problem"
    consent = CriterionRequest(kind=INC, items=[
        RequestItem(ref="1", text="Both of:", facts=[]),
        RequestItem(ref="1.1", text="Signed informed consent", facts=[]),
    ])
    assert backend().render_items(consent)[0].bullets[1].text == "Signed informed consent"


@pytest.mark.parametrize(("text", "plain"), [
    ("Treatment with SSRIs within 2 weeks of the first dose",
     "You have had treatment with selective serotonin reuptake inhibitors (SSRIs) within 2 weeks of the first dose."),
    ("Therapy with nephrotoxic drugs within 2 months prior to study screening",
     "You have had therapy with nephrotoxic drugs in the 2 months before study screening."),
    ("The use of any lipid-lowering medicine.", "You use any lipid-lowering medicine."),
    ("Current treatment for hepatitis B or C", "You are now getting treatment for hepatitis B or C."),
    # "whichever is longer" is the window's own clause, no verb the opening leaves dangling
    ("Use of an investigational agent within 28 days or 5 half-lives, whichever is longer, prior to the first dose.",
     "You have used an experimental drug within 28 days or 5 half-lives, whichever is longer, before the first "
     "dose."),
    ("Use of any investigational agent within 28 days or 5 half-lives (whichever is shorter) prior to day 1.",
     "You have used any experimental drug within 28 days or 5 half-lives (whichever is shorter) before day 1."),
])
def test_a_treatment_or_a_use_with_its_time_is_the_readers(text: str, plain: str) -> None:
    assert said(text, EXC) == plain


@pytest.mark.parametrize("text", [
    "Treatment with steroids",  # no time: now, or ever?
    "Treatment with steroids during the study",  # a time to come
    "Treatment with a live vaccine within 4 weeks before day 1 or during the screening period.",
])
def test_a_treatment_whose_time_is_a_guess_keeps_its_words(text: str) -> None:
    assert said(text, EXC).startswith("Treatment with")


def test_the_new_openings_pass_the_fidelity_check_beside_a_number() -> None:
    text = "Treatment with more than 2 oral antidiabetic agents within 6 weeks before enrollment"
    request = CriterionRequest(kind=EXC, items=[RequestItem(ref="1", text=text, facts=extract_facts(text))])
    rendering, items = backend().render_items(request)
    assert items[0].level == "rewrite"
    assert not errors(check_rendering(request, rendering))
    assert rendering.bullets[0].text.startswith("You have had treatment with more than 2 ")


@pytest.mark.parametrize(("text", "plain"), [
    # whose judgement it is, between "that"/"which" and its verb, with no commas
    ("History of another malignancy that in the opinion of the investigator may compromise the study",
     "You have had another cancer that may compromise the study. The study doctor decides this."),
    ("Any condition which the investigator feels may interfere with participation in the study.",
     "You have any condition which the study doctor feels may get in the way of taking part in the study."),
    # a clause with its own subject: its verb is its own
    ("History of Torsades de pointes unless all risk factors that contributed to it have been corrected.",
     "You have had torsades de pointes unless all risk factors that contributed to it have been corrected."),
])
def test_a_verb_of_a_judgement_or_a_subordinate_clause_does_not_dangle(text: str, plain: str) -> None:
    assert said(text, EXC) == plain


@pytest.mark.parametrize("text", [
    "Prior chemotherapy when given for metastatic disease is not allowed",  # no subject: "is" is the main verb
    "History of seizures when the disease is active is exclusionary",  # the second verb is the main clause's
    "History of radiotherapy, unless completed, is exclusionary",
    "History of a condition that the patient believes is serious",  # the patient's judgement, no aside
])
def test_a_main_verb_after_a_subordinate_clause_still_dangles(text: str) -> None:
    assert not said(text, EXC).startswith("You")
