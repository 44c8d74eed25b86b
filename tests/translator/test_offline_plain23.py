"""The twenty-third round: exclusions that open with a noun phrase put to the reader. A condition after "Any",
"Other" or "A" described by a clause of its own ("Other serious uncontrolled medical conditions that the
investigator feels might compromise study participation"), an event had "within N weeks of" the start of the study
("Major surgery within 4 weeks of starting study treatment"), and "Any concurrent X"; with the cases each must leave
as written. `said` also checks that the fidelity check finds no error in each bullet."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.facts import extract_facts
from translator.lexicon import Lexicon
from translator.offline_determined_conditions import determined_condition
from translator.offline_determined_treatments import determined_treatment
from translator.offline_had_events import had_within_opening
from translator.offline_plans import planned_opening

INC = SectionKind.INCLUSION
EXC = SectionKind.EXCLUSION


# ---------------------------------------------------------------------------------------------
# "Any/Other/A <described condition> <clause>"

@pytest.mark.parametrize(("nct_id", "text", "plain"), [
    ("NCT00610194", "Other serious medical or psychiatric illness.",
     "You have another serious medical or mental illness."),
    ("NCT00503932",
     "Other serious uncontrolled medical conditions that the investigator feels might compromise study participation.",
     "You have other serious uncontrolled health problems that the study doctor feels might compromise taking part in"
     " the study."),
    ("NCT00063583", "Other known kidney disease besides diabetic nephropathy",
     "You have other known kidney disease besides diabetic nephropathy."),
    # a judgement inside the clause, between commas
    ("NCT01539902",
     "Any serious medical conditions or disability, which in the opinion of the investigator, would interfere with "
     "treatment or assessment or preclude completion of this study.",
     "You have any serious health problems or disability, which in the study doctor's view, would get in the way of "
     "treatment or assessment or prevent completing this study."),
    # the judge named before the clause's verb, and "the patient" said "you"
    ("NCT00306631",
     "Any medical conditions that, in the investigator's opinion would impose excessive risk to the patient",
     "You have any health problems that would impose excessive risk to you. The study doctor decides this."),
    # "Any evidence of X": the plain words say "signs of"; "active" says now, as "You have" does
    ("NCT01026844", "Any evidence of clinically active interstitial lung disease",
     "You have any signs of clinically active interstitial lung disease."),
    ("NCT00684099", "Any evidence of severe uncontrolled concomitant disease (in the opinion of the investigator)",
     "You have any signs of severe uncontrolled concomitant disease (in the study doctor's view)."),
    # a list item's closing "; or" is no second sentence
    ("NCT02750306", "A psychiatric condition requiring treatment with a prohibited medication; or,",
     "You have a mental health condition needing treatment with a medicine that is not allowed; or"),
])
def test_a_described_condition_is_put_to_the_reader(nct_id: str, text: str, plain: str) -> None:
    assert said(text, EXC) == plain


@pytest.mark.parametrize(("nct_id", "text", "kind"), [
    # a verb the name itself governs: no "You have other malignant tumors have occurred"
    ("NCT04348032", "other malignant tumors have occurred within 5 years", EXC),
    # "the patient" a later-mention rule does not say "you": it would stand beside "you"
    ("NCT02055690", "Any other condition which in the Investigator's opinion would not make the patient a good "
     "candidate for the clinical trial.", EXC),
    # a past and a present the evidence is of: "have" or "have had" is not sure
    ("NCT01505491", "Any evidence of a clinically relevant previous or concomitant disease as judged by the "
     "investigator.", EXC),
    # a verb inside what would be the name; a label in Title Case; a lead-in over its own list
    ("NCT00910689", "Other pain diagnosis is primary presenting problem (e.g., fibromyalgia)", EXC),
    ("NCT03633708", "Other Medical Conditions", EXC),
    ("NCT00229203", "Other relevant diseases or adverse clinical conditions:", EXC),
    # no condition named: criteria, a reason
    ("NCT00273299", "Other protocol-defined exclusion criteria may apply.", EXC),
    ("NCT02275416", "Any reason why, in the opinion of the investigator, the patient should not participate.", EXC),
    # a clause with no relative word: "believes" would be the reader's verb
    ("NCT06454773", "Any condition the Investigator believes would interfere with his or her ability to provide "
     "informed consent", EXC),
    # the words put the condition at another time ("had" or "has" is not sure)
    ("NCT00337077", "Other prior malignancy (excluding nonmelanomatous skin cancer treated with curative intent) "
     "unless the malignancy was treated with curative intent and the patient has been disease free for >= 5 years",
     EXC),
    # constructed probes of the pattern: a time after the name (an illness during the study is not one the reader
    # has now), a window on neither side of the study, an inclusion's "Any" (it may name what it allows), a second
    # sentence the opening would speak for too
    ("constructed", "Any serious illness during the study that requires hospitalization", EXC),
    ("constructed", "Any medical condition within 4 weeks of diagnosis that the investigator feels is unstable", EXC),
    ("constructed", "Any medical condition that is stable", INC),
    ("constructed", "Other serious illness that requires treatment. Patients with diabetes may enter.", EXC),
])
def test_a_described_condition_is_left_where_it_is_not_sure(nct_id: str, text: str, kind: SectionKind) -> None:
    assert determined_condition(text, 0, kind, extract_facts(text), Lexicon.load()) == []


def test_a_judged_condition_with_another_person_keeps_its_words() -> None:
    # NCT02174627: "a patient" names someone the opening would leave beside "you"
    text = ("Any medical condition, including active, clinically significant infection, that in the opinion of the "
            "investigator or Sponsor may pose a safety risk to a patient in this study")
    assert not said(text, EXC).startswith("You")


# ---------------------------------------------------------------------------------------------
# An event had within N weeks of the start of the study

@pytest.mark.parametrize(("nct_id", "text", "plain"), [
    ("NCT02914327", "Major surgery or significant traumatic injury within 4 weeks of starting study treatment.",
     "You have had major surgery or significant traumatic injury within 4 weeks of starting study treatment."),
    ("NCT00306813", "Major surgery or radiotherapy within 4 weeks of study enrolment.",
     "You have had major surgery or radiation treatment within 4 weeks of joining the study."),
    ("NCT02269085", "Major surgery within 4 weeks of initiation of therapy.",
     "You have had major surgery within 4 weeks of the start of therapy."),
    # the source's words after "You have had" get their plain words
    ("NCT03382886", "Radiotherapy within 2 weeks of first dose of study medications.",
     "You have had radiation treatment within 2 weeks of the first dose of study medicines."),
])
def test_an_event_within_weeks_of_the_study_start_was_had(nct_id: str, text: str, plain: str) -> None:
    assert said(text, EXC) == plain


@pytest.mark.parametrize(("nct_id", "text", "kind"), [
    # a second noun phrase "had" would not fit
    ("NCT00610792", "Chemotherapy, hormonal, radiation or immunotherapy or participation in any investigational drug "
     "study within 4 weeks of study entry", EXC),
    # a time to come beside the window
    ("NCT00424840", "Major surgical procedure, open biopsy, or significant traumatic injury within 28 days prior to "
     "Day 0, anticipation of need for major surgical procedure during the course of the study.", EXC),
    # a single event that would want an article ("You have had stroke") keeps its other openings
    ("constructed", "Stroke or myocardial infarction (MI) within 60 days of screening", EXC),
    # an inclusion may ask for it
    ("NCT02914327", "Major surgery or significant traumatic injury within 4 weeks of starting study treatment.", INC),
    # constructed probes: a window after another event (which side of the study is not said), a verb of its own
    ("constructed", "Chemotherapy within 4 weeks of diagnosis", EXC),
    ("constructed", "Major surgery within 4 weeks of randomization is allowed", EXC),
])
def test_an_event_within_a_window_the_rule_cannot_place_keeps_its_words(
    nct_id: str, text: str, kind: SectionKind
) -> None:
    assert had_within_opening(text, 0, kind, extract_facts(text)) == []


# ---------------------------------------------------------------------------------------------
# "Any concurrent X"

@pytest.mark.parametrize(("nct_id", "text", "plain"), [
    ("NCT00431054", "Any concurrent chemotherapy.", "You are getting any chemotherapy at the same time."),
    ("NCT00431054", "Any concomitant investigational agents", "You use any experimental drugs at the same time."),
])
def test_any_concurrent_treatment_is_put_to_the_reader(nct_id: str, text: str, plain: str) -> None:
    assert said(text, EXC) == plain


def test_any_concurrent_treatment_with_more_after_it_keeps_its_words() -> None:
    # NCT02372240: a clause and a lead-in after the name: "at the same time" could drift onto them
    text = "Any concurrent treatment that would compromise the study including but not limited to:"
    assert not said(text, EXC).startswith("You")


# ---------------------------------------------------------------------------------------------
# "Pregnancy or lactation"

@pytest.mark.parametrize(("nct_id", "text", "plain"), [
    ("NCT00206141", "Pregnancy or lactation", "You are pregnant or breastfeeding."),
    ("NCT00487786", "Current pregnancy or lactation.", "You are pregnant or breastfeeding."),
    ("NCT05813288", "Pregnancy/Lactation", "You are pregnant or breastfeeding."),
])
def test_pregnancy_or_lactation_is_put_to_the_reader(nct_id: str, text: str, plain: str) -> None:
    assert said(text, EXC) == plain


@pytest.mark.parametrize(("nct_id", "text", "kind"), [
    ("NCT01484080", "Pregnancy, lactation or breastfeeding.", EXC),  # one state said twice
    ("NCT02201459", "Pregnancy, lactation", EXC),  # no word that joins the list
    ("NCT02273180", "Pregnancy and lactation.", EXC),  # "and": the reader need not be both
    ("NCT00206141", "Pregnancy or lactation", INC),  # an inclusion may ask for it
])
def test_pregnancy_states_are_left_where_the_join_is_not_sure(nct_id: str, text: str, kind: SectionKind) -> None:
    assert not said(text, kind).startswith("You")


# ---------------------------------------------------------------------------------------------
# "Planned X"

@pytest.mark.parametrize(("nct_id", "text", "plain"), [
    ("NCT03139981", "Planned major surgical procedure during the length of the patient's participation in this study",
     "You plan to have major surgery during the length of your taking part in this study."),
    ("NCT02110303", "Planned coronary revascularization or major non-cardiac surgery in the next 12 months",
     "You plan to have coronary revascularization or major non-cardiac surgery in the next 12 months."),
    ("NCT01407874", "Planned use of herbal or dietary supplements", "You plan to use herbal or dietary supplements."),
    ("NCT02369523", "Planned unicompartmental knee replacement", "You plan to have unicompartmental knee replacement."),
])
def test_a_planned_procedure_or_use_is_the_readers_plan(nct_id: str, text: str, plain: str) -> None:
    assert said(text, EXC) == plain


@pytest.mark.parametrize(("nct_id", "text", "kind"), [
    ("NCT00527618", "Planned open label use of acyclovir, valacyclovir, or famciclovir", EXC),  # no "have … use of"
    ("NCT02607865", "Planned coronary, carotid or peripheral artery revascularisation known on the day of screening.",
     EXC),  # a plan known to someone
    ("NCT01205165", "Planned for liver transplantation or previous liver transplantation", EXC),  # someone else's plan
    ("NCT02369523", "Planned unicompartmental knee replacement", INC),  # an inclusion may ask for the plan
    ("constructed", "Planned surgery is allowed", EXC),  # a verb of its own
])
def test_a_plan_is_left_where_its_shape_is_not_sure(nct_id: str, text: str, kind: SectionKind) -> None:
    assert planned_opening(text, 0, kind) == []


# ---------------------------------------------------------------------------------------------
# A drug or treatment with no determiner, before the study

@pytest.mark.parametrize(("nct_id", "text", "plain"), [
    ("NCT00099645", "Systemic corticosteroids or hormonal agents within 90 days prior to study entry",
     "You have used systemic corticosteroids or hormonal agents in the 90 days before study entry."),
])
def test_a_bare_drug_before_the_study_was_used(nct_id: str, text: str, plain: str) -> None:
    assert said(text, EXC) == plain


@pytest.mark.parametrize(("nct_id", "text"), [
    ("constructed", "Drugs or surgery within 4 weeks before randomization"),  # "used" for one, "had" for the other
    ("NCT02777827", "Systemic steroid use in the 6 weeks before Visit 1."),  # the use is named after the drug
    ("constructed", "Prior chemotherapy within 4 weeks before randomization"),  # another opening's first word
])
def test_a_bare_drug_is_left_where_its_verb_is_not_sure(nct_id: str, text: str) -> None:
    assert determined_treatment(text, 0, EXC, extract_facts(text)) == []


def test_states_written_in_capitals_are_read_alike() -> None:
    # the whole criterion in capitals (tests/translator/test_offline_robustness): the joins are found, as in lower case
    assert said("PREGNANCY OR LACTATION", EXC) == "You are pregnant or breastfeeding."


def test_a_bare_name_that_opens_with_a_verb_form_keeps_its_words() -> None:
    # NCT00870194: "Used drugs" is a verb's form, not a drug's name: no "You have used used drugs"
    text = "Used drugs for weight loss within 1 month of screening"
    assert determined_treatment(text, 0, EXC, extract_facts(text)) == []
