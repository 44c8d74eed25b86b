"""The eighteenth round: a condition named after "Any", "Other" or "A" put to the reader, a drug or treatment after
"Any"/"Other" with a window before the study or "concurrent" with the study's, two labs joined by "and" or "or"
before one threshold, and an ordinary first word lowered after "Your", with the cases each must leave as written.
`said` also checks that the fidelity check finds no error in each bullet."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.facts import extract_facts
from translator.lexicon import Lexicon
from translator.offline_case import lowered_wordings
from translator.offline_determined_conditions import determined_condition
from translator.offline_determined_treatments import determined_treatment
from translator.offline_edits import Edit
from translator.offline_labs import lab_opening
from translator.offline_same_time_uses import same_time_use

INC = SectionKind.INCLUSION
EXC = SectionKind.EXCLUSION


# ---------------------------------------------------------------------------------------------
# "Any X", "Other X", "A X" that name a condition

@pytest.mark.parametrize(("text", "plain"), [
    ("Any other uncontrolled infection", "You have any other uncontrolled infection."),
    ("A serious uncontrolled medical disorder or active infection",
     "You have a serious uncontrolled medical disorder or active infection."),
    ("An oncological disease/suspected oncological disease.",
     "You have an oncological disease/suspected oncological disease."),
    # a window before the study: had, not has
    ("A lower respiratory tract infection within 4 weeks before screening",
     "You have had a lower respiratory tract infection within 4 weeks before screening."),
    ("Other cancers within 5 years prior to randomization",
     "You have had other cancers in the 5 years before randomization."),
])
def test_a_determined_condition_is_put_to_the_reader(text: str, plain: str) -> None:
    assert said(text, EXC) == plain


@pytest.mark.parametrize(("text", "kind"), [
    # an inclusion's "Any"/"Other" may name what it allows
    ("Any other uncontrolled infection", INC),
    ("Other cancers", INC),
    # a verb of its own (a clause's is the clause's: "Any infection which would …" is the reader's, as
    # test_offline_plain23 says), a colon, people, a list heading
    ("Other malignant tumors have occurred within 5 years", EXC),
    ("Other diseases: heart failure", EXC),
    ("Any patient with an infection", EXC),
    ("Any of the following infections", EXC),
    # no condition named
    ("Any investigational drug", EXC),
    ("A minimum of 3 rising PSA values", INC),
    # a score whose items are conditions
    ("A congestive heart failure, hypertension, age, diabetes and stroke (CHADS2) index score of at least 2", INC),
    # the lexicon's plain word wants the other article: "an" would stay before it
    ("An exacerbation of asthma", EXC),
])
def test_a_determined_condition_is_left_where_the_verb_is_not_certain(text: str, kind: SectionKind) -> None:
    assert determined_condition(text, 0, kind, extract_facts(text), Lexicon.load()) == []


def test_the_determiner_is_kept_in_the_opening() -> None:
    text = "Any other uncontrolled infection"
    (edit,) = determined_condition(text, 0, EXC, extract_facts(text), Lexicon.load())
    assert (text[edit.start : edit.end], edit.text) == ("Any other", "You have any other")


# ---------------------------------------------------------------------------------------------
# Two labs before one threshold

@pytest.mark.parametrize(("text", "plain"), [
    ("Aspartate aminotransferase (AST) and alanine aminotransferase (ALT) no more than 2.5 times the upper limit of "
     "normal",
     "Your aspartate aminotransferase (AST) and alanine aminotransferase (ALT) are no more than 2.5 times the upper "
     "limit of normal."),
    ("AST and ALT ≤ 2.5 x ULN",
     "Your aspartate aminotransferase (AST) and alanine aminotransferase (ALT) are no more than 2.5 times the upper "
     "limit of normal."),
    ("AST or ALT < 3 x ULN",
     "Your aspartate aminotransferase (AST) or alanine aminotransferase (ALT) is less than 3 times the upper limit "
     "of normal."),
    # a word before "or" that shares the lab after it
    ("Total or direct bilirubin no greater than 2.0 mg/dL",
     "Your total or direct bilirubin is no greater than 2.0 mg/dL."),
    ("Serum or plasma potassium ≥ 3.0 mmol/L", "Your serum or plasma potassium is 3 mmol/L or more."),
    # the single lab as before
    ("Hemoglobin >= 9 g/dL", "Your hemoglobin is 9 g/dL or more."),
])
def test_two_labs_before_one_threshold_are_the_readers(text: str, plain: str) -> None:
    assert said(text, INC) == plain


@pytest.mark.parametrize("text", [
    # "Your either …"
    "Either ALT or AST ≤ 2 x ULN",
    # how tests found a stage: no pair of labs ("Your histologically or cytologically recorded is stage IV")
    "Histologically or cytologically documented stage IV or unresectable stage III melanoma",
    "Histologically or cytologically confirmed grade 2 or 3 tumor",
    # a condition, not a lab, on one side
    "History of stroke or creatinine > 2 mg/dL",
    "Hepatitis or ALT > 3 x ULN",
    # an alternative with no value of its own, not only the last one
    "ALT or AST > 1.5 x ULN at screening or any uncontrolled laboratory abnormality that would affect the study data "
    "or the safety",
])
def test_a_lab_pair_is_left_where_it_is_no_pair_of_values(text: str) -> None:
    assert lab_opening(text, 0, extract_facts(text), Lexicon.load()) == []


@pytest.mark.parametrize("text", [
    # a lab word that does not end the name is no lab: a drug class, a channel, a protein named for it
    "Sodium glucose co-transporter 2 (SGLT2) inhibitors",  # NCT02791490
    "Potassium channel 3 blockers",
    # a bare number the name goes on after; a comparator word inside what would be the name
    "Documented forced expiratory volume 1 (FEV1) less than or equal to 60% predicted",  # NCT01583686
    "ECOG performance status less tha 2 (Karnofsky 60%).",  # NCT00637390
    "Corrected QT interval less then 500 milliseconds by electrocardiogram (EKG)",  # NCT01504477
])
def test_a_name_that_only_starts_with_a_lab_is_no_lab(text: str) -> None:
    assert lab_opening(text, 0, extract_facts(text), Lexicon.load()) == []


# ---------------------------------------------------------------------------------------------
# Capitals after "Your"

@pytest.mark.parametrize(("text", "plain"), [
    # a plain word that replaced the capitalised first word
    ("Documented HBV DNA > 1000 IU/mL", "Your recorded hepatitis B virus (HBV) DNA is more than 1000 IU/mL."),
    ("Anticipated life expectancy less than 12 months", "Your expected life expectancy is less than 12 months."),
    ("Investigator's Global Assessment (IGA) score ≥ 3",
     "Your study doctor's Global Assessment (IGA) score is 3 or more."),
    # ordinary words of data/case_ordinary
    ("Admission blood glucose 140-299 mg/dL", "Your admission blood sugar is 140 to 299 mg/dL."),
    ("Affected body surface area (BSA) > 10%", "Your affected body surface area (BSA) is more than 10%."),
    # a common term the lexicon writes in lower case (offline_case.term_run)
    ("Body Mass Index (BMI) ≤ 40 kg/m2", "Your body mass index (BMI) is 40 kg/m² or less."),
    # names keep their capitals
    ("Karnofsky performance status ≥ 70", "Your Karnofsky performance status is 70 or more."),
])
def test_an_ordinary_first_word_after_your_is_lowered(text: str, plain: str) -> None:
    assert said(text, INC) == plain


def test_a_wording_keeps_its_capital_with_no_opening_before_it() -> None:
    source = "Documented HBV DNA"
    edits = [Edit(0, 10, "Recorded", "plain")]
    assert lowered_wordings(source, edits) == edits
    opened = [Edit(0, 0, "Your ", "person"), *edits]
    assert lowered_wordings(source, opened)[1].text == "recorded"


# ---------------------------------------------------------------------------------------------
# "Any X"/"Other X" of a drug or treatment, with a window before the study

@pytest.mark.parametrize(("text", "plain"), [
    ("Any investigational drug within 4 weeks prior to screening",
     "You have used any experimental drug in the 4 weeks before screening."),
    ("Other anti-cancer therapy within 4 weeks prior to randomization",
     "You have had other cancer treatment in the 4 weeks before randomization."),
    ("Any major surgery within 4 weeks of randomization.",
     "You have had any major surgery within 4 weeks of randomization."),
    ("Any other live vaccine within 30 days before the first dose",
     "You have had any other live vaccine within 30 days before the first dose."),
])
def test_a_determined_treatment_before_the_study_is_the_readers(text: str, plain: str) -> None:
    assert said(text, EXC) == plain


@pytest.mark.parametrize(("text", "kind"), [
    # now or later: the tense would be a guess
    ("Other experimental drugs at the same time", EXC),
    ("Any investigational drug during the study", EXC),
    ("Any concurrent chemotherapy within 4 weeks of screening", EXC),
    ("Any surgery planned within 4 weeks of randomization", EXC),
    # a window on the far side of an event, or none at all
    ("Any investigational drug within 30 days after the last dose", EXC),
    ("Any investigational drug", EXC),
    # an inclusion, people, the use said twice, no drug or treatment named
    ("Any investigational drug within 4 weeks prior to screening", INC),
    ("Any drug given to patients within 4 weeks prior to screening", EXC),
    ("Any other IA drug/biologic use within 6 months of screening", EXC),
    ("Any infection within 4 weeks prior to screening", EXC),
])
def test_a_determined_treatment_is_left_where_its_time_is_not_certain(text: str, kind: SectionKind) -> None:
    assert determined_treatment(text, 0, kind, extract_facts(text)) == []


# ---------------------------------------------------------------------------------------------
# A drug or treatment "concurrent" with the study's

@pytest.mark.parametrize(("text", "plain"), [
    ("Other concurrent investigational agents", "You use other experimental drugs at the same time."),
    ("Any other concomitant medications", "You use any other medicines at the same time."),
    ("other concurrent anticancer therapy", "You are getting other cancer treatment at the same time."),
    ("Concomitant anti-psoriatic treatment", "You are getting anti-psoriatic treatment at the same time."),
])
def test_a_same_time_use_is_the_readers_now(text: str, plain: str) -> None:
    assert said(text, EXC) == plain


@pytest.mark.parametrize(("text", "kind"), [
    ("Other concurrent investigational agents", INC),
    # more than a noun phrase: "at the same time" could drift onto the list, the clause, the window
    ("Other concurrent investigational agents or radiotherapy", EXC),
    ("Concurrent treatment with nephrotoxic drugs", EXC),
    ("Other concurrent agents within 4 weeks", EXC),
    ("Other concurrent agents that prolong the QT interval", EXC),
    # no drug or treatment named
    ("Other concurrent illness", EXC),
    # "prior or concurrent": not only now
    ("Prior concurrent chemotherapy", EXC),
])
def test_a_same_time_use_is_left_where_it_is_no_plain_phrase(text: str, kind: SectionKind) -> None:
    assert same_time_use(text, 0, kind) == []
