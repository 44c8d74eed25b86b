"""The sixteenth round: the lexicon's plain words kept where an opening rewrote the same words ("You have had a
heart attack", not "… a myocardial infarction"), three noun openings put to the reader ("The presence of X",
"Absence of X", "Contraindication to X"), a receipt or an exposure before the study ("You have received X"), and
the reader's later verbs in the second person ("… or have taken part in"), with the cases each must leave as
written. `said` also checks that the fidelity check finds no error in each bullet."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import backend, said
from translator.backend import CriterionRequest, RequestItem
from translator.criteria import SectionKind
from translator.fidelity import check_rendering, errors
from translator.lexicon import Lexicon
from translator.offline_agreement import later_verbs
from translator.offline_carried_terms import carried_terms
from translator.offline_edits import Edit
from translator.offline_noun_openings import noun_opening

INC = SectionKind.INCLUSION
EXC = SectionKind.EXCLUSION


# ---------------------------------------------------------------------------------------------
# The lexicon's plain words inside an opening

@pytest.mark.parametrize(("text", "plain"), [
    # the opening says the term's words again: the plain wording goes into it, with its article
    ("Myocardial infarction within the past 6 months", "You have had a heart attack within the past 6 months."),
    ("Myocardial infarction or stroke within 3 months before screening",
     "You have had a heart attack or stroke within 3 months before screening."),
    ("Radiotherapy within 4 weeks before the first dose",
     "You have had radiation treatment within 4 weeks before the first dose."),
    # the opening only lowered the term's first word: the plain wording, lowered too
    ("Uncontrolled hypertension", "You have high blood pressure that is not under control."),
    # (the definition its own sentence: the pair after "This means" is still two pressures, fact_fractions)
    ("Uncontrolled hypertension (defined as more than 150/90 at rest)",
     "You have high blood pressure that is not under control. This means more than 150/90 at rest."),
    ("Pregnant or breast-feeding", "You are pregnant or breastfeeding."),
    # what was already plain stays so
    ("Hypertension", "You have high blood pressure."),
    ("Severe hypertension", "You have severe high blood pressure."),
])
def test_a_term_an_opening_covers_is_said_in_its_plain_wording(text: str, plain: str) -> None:
    assert said(text, EXC) == plain


@pytest.mark.parametrize(("text", "plain"), [
    # a number the fact rules own, said as written by the plain wording
    ("Type 1 diabetes mellitus", "You have type 1 diabetes."),
    ("History of type 2 diabetes mellitus", "You have had type 2 diabetes."),
])
def test_a_term_with_a_number_in_it_is_said_plainly_when_the_number_stays(text: str, plain: str) -> None:
    assert said(text, EXC) == plain


def test_a_term_whose_plain_wording_drops_a_protected_number_is_left() -> None:
    """The fact rules own "Type 1": a plain wording without its words would leave them nothing to word."""
    from translator.offline_terms import plan_terms

    lexicon = Lexicon.load()
    assert plan_terms("Type 1 diabetes mellitus", lexicon, protected=[(0, 6)]).substitutions == [
        Edit(0, 24, "type 1 diabetes", "term")
    ]
    # a protected span reaching past the term: its words are not the term's to say
    assert plan_terms("Type 1 diabetes mellitus", lexicon, protected=[(0, 20)]).substitutions == []


def test_a_term_carried_into_an_opening_keeps_what_the_opening_said_around_it() -> None:
    text = "Myocardial infarction within 6 months"
    opening = Edit(0, 21, "You have had a myocardial infarction", "person")
    term = Edit(0, 21, "Heart attack", "term")
    person, case, terms = carried_terms(text, [opening], [], [term])
    assert person == [Edit(0, 21, "You have had a heart attack", "person")]
    assert (case, terms) == ([], [])


def test_an_article_before_a_carried_term_fits_the_plain_wording() -> None:
    text = "Acute MI within 6 months"
    opening = Edit(0, 8, "You have had an acute MI", "person")
    term = Edit(0, 8, "heart attack", "term")
    person, _, _ = carried_terms(text, [opening], [], [term])
    assert person[0].text == "You have had a heart attack"


_HIGH = Edit(0, 25, "high blood pressure that is not under control", "term")


@pytest.mark.parametrize(("opening", "term"), [
    # the opening does more inside the term than change its case: the term stays for the opening
    (Edit(0, 13, "You have had no ", "person"), _HIGH),
    # words put into the middle of the term
    (Edit(5, 13, "You have controlled", "person"), _HIGH),
])
def test_a_term_whose_words_an_opening_changes_is_left_to_the_opening(opening: Edit, term: Edit) -> None:
    text = "Uncontrolled hypertension"
    person, _, terms = carried_terms(text, [opening], [], [term])
    assert person == [opening]
    assert terms == [term]


def test_a_term_said_twice_in_an_opening_is_left_to_the_opening() -> None:
    text = "Hypertension or hypertension"
    opening = Edit(0, 28, "You have hypertension or hypertension", "person")
    term = Edit(0, 12, "High blood pressure", "term")
    person, _, terms = carried_terms(text, [opening], [], [term])
    assert person == [opening]
    assert terms == [term]


def test_a_plain_wording_said_again_beside_the_term_is_left() -> None:
    """ "Pregnant or nursing/breastfeeding" is no "pregnant or breastfeeding/breastfeeding"."""
    assert "breastfeeding/breastfeeding" not in said("Pregnant or nursing/breastfeeding", EXC)
    text = "Pregnant or nursing/breastfeeding"
    term = Edit(0, 19, "pregnant or breastfeeding", "term")
    case = Edit(0, 8, "pregnant", "case")
    assert carried_terms(text, [Edit(0, 0, "You are ", "person")], [case], [term]) == (
        [Edit(0, 0, "You are ", "person")], [case], [term]
    )


def test_a_capital_name_in_a_plain_wording_is_not_lowered() -> None:
    text = "Human immunodeficiency virus infection"
    case = Edit(0, 5, "human", "case")
    term = Edit(0, 28, "HIV", "term")
    _, cased, terms = carried_terms(text, [Edit(0, 0, "You have ", "person")], [case], [term])
    assert cased == []
    assert terms == [Edit(0, 28, "HIV", "term")]


# ---------------------------------------------------------------------------------------------
# "The presence of X", "Absence of X", "Contraindication to X"

@pytest.mark.parametrize(("text", "kind", "plain"), [
    ("The presence of metastatic pancreatic adenocarcinoma", EXC, "You have metastatic pancreatic adenocarcinoma."),
    ("The presence of severe lung disease. This is defined by a diffusion capacity of less than 30% of predicted.",
     EXC, "You have severe lung disease. This is defined by a diffusion capacity of less than 30% of predicted."),
    ("Absence of spontaneous pain", INC, "You have no spontaneous pain."),
    ("Absence of weight change more than 3 kg in the past 6 months", INC,
     "You have no weight change more than 3 kg in the past 6 months."),
    # no "You have no a plaque": after an article the denial is "do not have" (acts16)
    ("Absence of a psoriatic plaque more than 2 cm in diameter", INC,
     "You do not have a psoriatic plaque more than 2 cm in diameter."),
    ("Contraindication to edoxaban or aspirin", EXC, "You have a contraindication to edoxaban or aspirin."),
    ("Contraindications to MRI", EXC, "You have contraindications to MRI."),
    ("Absolute contraindication to anticoagulation", EXC, "You have an absolute contraindication to anticoagulation."),
    ("Any contraindication to surgery", EXC, "You have any contraindication to surgery."),
])
def test_a_noun_opening_is_put_to_the_reader_with_every_word_kept(text: str, kind: SectionKind, plain: str) -> None:
    assert said(text, kind) == plain


@pytest.mark.parametrize("text", [
    "Absence of EGFR mutations and ALK rearrangements",
    "Absence of any of the following",  # a list's heading
    "Absence of pain is required",  # a verb of its own
    "Absence of no consent",  # a second denial
    "The presence of any of the following will exclude a patient",
    "Contraindication to MRI is an exclusion",
])
def test_a_noun_opening_that_would_change_its_reading_keeps_its_words(text: str) -> None:
    assert noun_opening(text, 0) == []


def test_a_noun_opening_under_a_lead_in_keeps_its_words() -> None:
    """A part under a lead-in is read after it: offline_leads tries these only at the top of a criterion."""
    request = CriterionRequest(kind=INC, items=[
        RequestItem(ref="1", text="One of the following:"), RequestItem(ref="1.1", text="Absence of spontaneous pain"),
    ])
    rendering = backend().render(request)
    assert rendering.bullets[1].text.startswith("Absence of spontaneous pain")
    assert not errors(check_rendering(request, rendering))


# ---------------------------------------------------------------------------------------------
# "Receipt of X", "Exposure to X" before the study

@pytest.mark.parametrize(("text", "plain"), [
    ("Receipt of live vaccine within 30 days before the first dose",
     "You have had live vaccine within 30 days before the first dose."),
    ("Exposure to any new immunosuppressive medicine in the 4 weeks before joining the study.",
     "You have been exposed to any new medicine that weakens the immune system in the 4 weeks before joining the "
     "study."),
])
def test_a_receipt_or_exposure_before_the_study_is_had(text: str, plain: str) -> None:
    assert said(text, EXC) == plain


@pytest.mark.parametrize("text", [
    "Receipt of blood products",  # no time said: now, or ever
    "Exposure to study medicine during the study",  # a time to come
    "Receipt of any experimental drugs within 4 weeks of diagnosis",  # an anchor the rule cannot place
])
def test_a_receipt_or_exposure_with_no_past_keeps_its_words(text: str) -> None:
    assert not said(text, EXC).startswith("You")


# ---------------------------------------------------------------------------------------------
# The reader's later verbs

@pytest.mark.parametrize(("text", "plain"), [
    ("Has received another new chemical entity (defined as a compound which has not been approved) or has "
     "participated in any other clinical study within 30 days",
     "You have had another new chemical entity (defined as a compound which has not been approved) or have "
     "taken part in any other clinical study within 30 days."),
    ("Patient is capable of giving informed consent, or if appropriate, has caregiver capable of giving consent on "
     "the subject's behalf.",
     "You can give informed consent, or if appropriate, have caregiver able to give consent on your behalf."),
    ("Has been on a stable ART for at least 12 weeks at Screening, and has been on Atripla for at least 4 weeks at "
     "screening",
     "You have been on a stable ART for at least 12 weeks at Screening, and have been on Atripla for at least 4 weeks "
     "at screening."),
    ("Has had prior chemotherapy within 2 weeks prior to study day 1 or who has not recovered from adverse events",
     "You have had chemotherapy in the 2 weeks before study day 1. Or you have not recovered from adverse events."),
])
def test_a_later_verb_of_the_reader_agrees_with_you(text: str, plain: str) -> None:
    assert said(text, EXC) == plain


@pytest.mark.parametrize("text", [
    # a relative clause's own verbs
    "You have known additional cancer that is progressing or has needed active treatment.",
    "You are a female who is able to have children and agrees to avoid getting pregnant.",
    # a verb after a noun has that noun as its subject
    "You have diabetes and creatinine is above 2 mg/dL.",
    # someone else named before the verb
    "You live with a partner, and is pregnant.",
    "You have a child, or his mother is pregnant.",
    # not the reader's sentence
    "Your partner is pregnant, or has a child.",
    "Patients have diabetes or is pregnant.",
    # a later sentence may have another subject
    "You have diabetes. Has a partner or is pregnant.",
    # inside brackets
    "You have diabetes (managed by diet or is on insulin).",
])
def test_a_later_verb_whose_subject_may_be_someone_else_keeps_its_words(text: str) -> None:
    assert later_verbs(text) == text


def test_every_later_verb_of_the_reader_agrees() -> None:
    text = "If you are female, you can take part if not able to get pregnant, has a negative test, and agrees to X."
    assert later_verbs(text) == (
        "If you are female, you can take part if not able to get pregnant, have a negative test, and agree to X."
    )


@pytest.mark.parametrize("text", [
    # a clause with a subject of its own
    "You are ineligible if the comorbid condition is unstable, needs treatment, or has been a focus of treatment.",
    "You have had cancer unless the cancer has been treated or is in remission.",
    # a clause whose verb has no subject: its later verbs stay with it
    "You have brain metastasis, unless has completed treatment, is not on steroids, and does not have dysfunction.",
])
def test_a_later_verb_in_a_clause_of_its_own_keeps_its_words(text: str) -> None:
    assert later_verbs(text) == text


def test_a_later_verb_the_negation_check_misreads_falls_back_to_the_verb_as_written() -> None:
    """ "… or have not recovered" reads to the negation check as a list item that lost its "not": the bullet keeps
    "has", not the whole rewrite."""
    text = "Has had a prior monoclonal antibody within 4 weeks prior to study day 1 or who has not recovered from X"
    assert said(text, EXC).startswith("You have had")
