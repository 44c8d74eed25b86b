"""The fifteenth round: fragments at the top of a criterion that name the reader as a smoker or user ("Current or
former smoker"), a count of the reader's lesions ("At least one measurable lesion") or an abnormal result
("Abnormal liver function") put to the reader, with the cases each must leave as written. `said` also checks that
the fidelity check finds no error in each bullet."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import backend, said
from translator.backend import CriterionRequest, RequestItem
from translator.criteria import SectionKind
from translator.facts import extract_facts
from translator.lexicon import Lexicon
from translator.offline_findings import abnormal_opening, article_lab_opening, lesion_opening
from translator.offline_relatives import verb_of_its_own
from translator.offline_smokers import smoker_opening

INC = SectionKind.INCLUSION
EXC = SectionKind.EXCLUSION


@pytest.mark.parametrize(("text", "kind", "plain"), [
    ("Current smoker", EXC, "You are a current smoker."),
    ("Smoker.", INC, "You are a smoker."),
    ("Smokers", EXC, "You are a smoker."),
    ("Non-smoker", INC, "You are a non-smoker."),
    ("Current or former smoker", INC, "You are a current or former smoker."),
    # every word of the phrase kept, a plural said of the one reader
    ("Current or former cigarette smokers with a history of cigarette smoking of >=10 pack-years.", INC,
     "You are a current or former cigarette smoker with a history of cigarette smoking of 10 pack-years or more."),
    ("Non-smokers or ex-smokers", INC, "You are a non-smoker or ex-smoker."),
    ("Current smoker or ex-smoker with a more than 10 pack-year history of smoking", EXC,
     "You are a current smoker or ex-smoker with a more than 10 pack-year history of smoking."),
    ("Current marijuana user", INC, "You are a current marijuana user."),
    ("Current smoker or user of any tobacco products", EXC,
     "You are a current smoker or user of any tobacco products."),
    ("Smoker (more than 10 cigarettes per day)", EXC, "You are a smoker (more than 10 cigarettes per day)."),
    # a verb after the list is the reader's too
    ("Current tobacco smoker or has a smoking history of 10 pack-years.", EXC,
     "You are a current tobacco smoker or have a smoking history of 10 pack-years."),
    # a length of time as one: "have been"
    ("Non-smoker for at least 6 months", INC, "You have been a non-smoker for at least 6 months."),
    ("Non-smoker for at least the past 6 months", INC, "You have been a non-smoker for at least the past 6 months."),
])
def test_a_smoker_or_user_is_the_reader_with_every_word_kept(text: str, kind: SectionKind, plain: str) -> None:
    assert said(text, kind) == plain


@pytest.mark.parametrize("text", [
    "Current smoker or cessation of smoking in the 6 months before Visit 1.",  # the list's next item is no smoker
    "Current smoker (cigarette or e-cigarette) or cessation of smoking in the 6 months before Visit 1.",
    "Current smokers who have smoked within 30 days",  # a plural's own clause: its verb is said of many
    "Current smokers are eligible",  # a verb of its own
    "Tobacco users with no urine cotinine; and tobacco non-users with urine cotinine",  # two groups
    "Non-smoker as verified by urine cotinine or ex-smokers who have given up smoking",  # a second group later
    "Smoking history of 10 pack-years",  # no smoker named
    "Smokers, alcoholics and drug addicts.",  # a list of other kinds of people
])
def test_a_smoker_phrase_that_is_not_only_the_reader_keeps_its_words(text: str) -> None:
    assert smoker_opening(text, 0) == []


@pytest.mark.parametrize(("text", "plain"), [
    ("Current or former smoker", "You are a current or former smoker."),
    ("Current marijuana user", "You are a current marijuana user."),
    ("Current heavy smoker", "You are a current heavy smoker."),
])
def test_a_kind_of_person_is_not_a_condition_one_has(text: str, plain: str) -> None:
    """offline_openings' "Current X" → "You have current X" used to take these ("You have current or former smoker")."""
    assert said(text, EXC) == plain
    assert not said(text, EXC).startswith("You have")


@pytest.mark.parametrize(("text", "plain"), [
    ("At least one measurable lesion per RECIST 1.1", "You have at least one measurable lesion per RECIST 1.1."),
    ("At least 1 lesion ≥ 1.5 cm in the greatest diameter",
     "You have at least 1 lesion 1.5 cm or more in the greatest diameter."),
    ("A minimum of 1 measurable lesion by CT or MRI", "You have at least 1 measurable lesion by CT or MRI."),
    ("One or more measurable lesions", "You have one or more measurable lesions."),
    # a definition by criteria stays in place (test_offline_meaning9)
    ("Measurable lesion(s) as defined by RECIST", "You have measurable lesion(s) as defined by RECIST."),
    ("At least one measurable or non-measurable site of disease as defined by RECIST.",
     "You have at least one measurable or non-measurable site of disease as defined by RECIST."),
    ("At least 1 target lesion that is unirradiated and measurable by RECIST, Version 1.1",
     "You have at least 1 target lesion that is unirradiated and measurable by RECIST, Version 1.1."),
])
def test_a_count_of_lesions_is_the_readers_with_its_count_kept(text: str, plain: str) -> None:
    assert said(text, INC) == plain


@pytest.mark.parametrize(("text", "kind"), [
    ("At least one measurable lesion exists.", INC),  # a verb of its own
    ("At least 1 of the following:", INC),  # a lead-in
    ("At least one chemotherapy must have contained docetaxel", INC),  # no lesion
    ("At least one measurable lesion:", INC),  # a heading
    ("At least one measurable lesion", EXC),  # an exclusion's lesion is no requirement to have one
    ("Lesion in the liver", INC),  # no count and no "measurable": a place or a heading
    ("At least one of the target lesions", INC),  # one of a list named elsewhere
])
def test_what_is_no_count_of_the_readers_lesions_keeps_its_words(text: str, kind: SectionKind) -> None:
    assert lesion_opening(text, 0, kind) == []


@pytest.mark.parametrize(("text", "plain"), [
    ("Abnormal liver function", "You have abnormal liver function."),
    ("Abnormal liver function: transaminases > 2 x ULN",
     "You have abnormal liver function: transaminases more than 2 times the upper limit of normal."),
    ("Abnormal laboratory values (unless due to underlying lymphoma)",
     "You have abnormal lab values (unless due to underlying lymphoma)."),
    ("Abnormally high or low calcium levels", "You have abnormally high or low calcium levels."),
    ("Abnormal thyroid function not corrected by therapy",
     "You have abnormal thyroid function not corrected by treatment."),
    # one test one has one of
    ("Abnormal EKG", "You have an abnormal electrocardiogram (EKG)."),
    ("Abnormal blood sugar result (blood sugar > 7.8 mmol/L)",
     "You have an abnormal blood sugar result (blood sugar more than 7.8 mmol/L)."),
])
def test_an_abnormal_result_or_function_is_the_readers(text: str, plain: str) -> None:
    assert said(text, EXC) == plain


@pytest.mark.parametrize("text", [
    "Abnormal ALT levels for at least 6 months before screening.",  # had, not has: the tense would be a guess
    "Abnormal in liver and renal function",  # no noun after "abnormal"
    "Abnormal diets",  # no result or function
    "Abnormal and clinically significant laboratory test results:",  # a heading
    "Abnormal liver function tests are exclusionary",  # a verb of its own
    "Abnormal serum calcium: current hypocalcemia",  # a value, not a result one has
])
def test_what_is_no_abnormal_finding_of_the_readers_keeps_its_words(text: str) -> None:
    assert abnormal_opening(text, 0, extract_facts(text)) == []


def test_someone_else_and_a_lead_in_keep_the_words() -> None:
    """A partner who smokes is not the reader, and a fragment under a lead-in is read after it."""
    assert said("Partner who is a current smoker", EXC) == "Partner who is a current smoker"
    request = CriterionRequest(kind=INC, items=[
        RequestItem(ref="1", text="Subjects who are:", facts=[]),
        RequestItem(ref="1.1", text="Current smokers", facts=[]),
    ])
    rendering, _ = backend().render_items(request)
    assert rendering.bullets[1].text == "Current smokers"


@pytest.mark.parametrize(("text", "plain"), [
    # a verb inside a relative clause on the condition is the condition's, not the subject's
    ("Patients with serious concurrent infection or medical illness, which would jeopardize the ability of the "
     "patient to receive the treatment",
     "You have a serious concurrent infection or medical illness, which would jeopardize your ability to get the "
     "treatment."),
    ("Patients with a psychiatric disorder or altered mental status that would preclude understanding of the "
     "informed consent process",
     "You have a psychiatric disorder or altered mental status that would prevent understanding of the informed "
     "consent process."),
    ("Subjects with active bacterial infection which is clinically significant",
     "You have an active bacterial infection which is medically important."),
])
def test_a_relative_clause_on_the_condition_keeps_the_reader_as_subject(text: str, plain: str) -> None:
    assert said(text, EXC) == plain


@pytest.mark.parametrize("text", [
    "Patients with a diagnosis of epilepsy for which they are taking two AEDs",  # "they": the patients
    "Patients with Mobitz II heart block, that do not have a pacemaker",  # a plural verb: maybe the patients'
    "Patients with a QTc > 480 ms or taking any drug that is known to prolong the QTc",  # a second description
    "Patients with brain metastases must have stable disease that is treated",  # a verb before the clause
])
def test_a_verb_that_may_be_the_patients_keeps_the_words(text: str) -> None:
    assert verb_of_its_own(text, len("Patients with"))
    assert not said(text, EXC).startswith("You have")  # not "You have X, that do not have …"


def test_a_clause_with_no_verb_has_none_of_its_own() -> None:
    assert not verb_of_its_own("Patients with poorly controlled diabetes", len("Patients with"))


@pytest.mark.parametrize(("text", "kind", "plain"), [
    ("A life expectancy of at least 3 months", INC, "You are expected to live at least 3 months."),
    ("A life expectancy greater than 12 weeks", INC, "You are expected to live more than 12 weeks."),
    ("A life expectancy less than twelve months.", EXC, "You are expected to live less than twelve months."),
    ("A projected life expectancy of at least 4 months.", INC, "Your projected life expectancy is at least 4 months."),
    ("A total score more than 60 on the LSAS.", INC, "Your total score is more than 60 on the LSAS."),
    ("An average resting heart rate of 90 beats per minute or more", EXC,
     "Your average resting heart rate is 90 beats per minute or more."),
])
def test_a_measure_named_with_a_is_the_readers(text: str, kind: SectionKind, plain: str) -> None:
    assert said(text, kind) == plain


@pytest.mark.parametrize("text", [
    "An ANC > 1500 per mm3 and platelet count > 100,000 per mm3 are needed.",  # a verb of its own
    "A cervical cytology smear of Papanicolaou (Pap) class III or greater",  # the value may be the name's
    "A history of cancer",  # no measure
    "Life expectancy of at least 3 months",  # no article: offline_labs' own
])
def test_what_is_no_measure_named_with_a_keeps_to_its_own_rules(text: str) -> None:
    assert article_lab_opening(text, 0, extract_facts(text), Lexicon.load()) == []
