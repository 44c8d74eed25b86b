"""Third-person subjects the eleventh round puts to the reader: descriptions holding a noun the verb search took for
a verb ("prior relapse", "informed consent") or a "which" clause, and criteria of several sentences, each with its
own subject; with the cases each must leave."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.offline_subject_sentences import sentences

INC = SectionKind.INCLUSION


@pytest.mark.parametrize(("text", "start"), [
    # "relapse", "use", "consent" after an article, an adjective of time or "informed" are nouns, not the main verb
    ("Patients with one prior relapse on a platinum regimen are allowed to participate.",
     "If you have one past relapse on a platinum regimen, you are allowed to take part."),
    ("Patients with prior use of aspirin must stop it 7 days before surgery.",
     "If you have past use of aspirin, you must stop it 7 days before surgery."),
    ("Patients with a history of cancer that is not in complete remission for at least 5 years",
     "You have had cancer that is not in complete remission for at least 5 years."),
    # a "which" clause describes the condition, never the person
    ("Patients with any medical condition which would interfere with the study", "You have any health problem which"),
])
def test_a_noun_or_a_which_clause_in_the_description_no_longer_stops_the_subject(text: str, start: str) -> None:
    assert said(text).startswith(start)


@pytest.mark.parametrize("text", [
    # "will" before "for" is a noun (the person's will), not "you will for this study"
    "Patients who are given full explanation and submit consent forms with their voluntary will for this study",
    # "or with": "You cannot take oral drugs or with lack of …" is no sentence
    "Patients unable to take oral drugs or with lack of integrity of the upper digestive tract.",
])
def test_a_false_main_verb_or_a_clause_of_its_own_leaves_the_subject(text: str) -> None:
    assert said(text).startswith("Patients")


def test_a_reason_with_its_own_subject_is_no_verb_of_the_reader() -> None:
    # "as the use of X can …" gives a reason with its own subject: "you can result in …" would be false; the reason
    # is a sentence of its own (translator.offline_reasons)
    assert said("Patients with HIV as the use of protease inhibitors can result in toxicity.") == (
        "You have HIV. This is because the use of protease inhibitors can result in toxicity."
    )


@pytest.mark.parametrize(("text", "plain"), [
    ("Patients with signs of metastasis in the brain. Patients with a history of seizures should be excluded.",
     "You have signs of metastasis in the brain. If you have had seizures, you cannot take part."),
    ("Subjects with active hepatitis. Subjects with hepatitis B on antiviral treatment for at least 4 weeks may be "
     "included.",
     "You have active hepatitis. If you have hepatitis B on antiviral treatment for at least 4 weeks, you may be "
     "included."),
    # a sentence with no people in it stays as it is between them
    ("Patients with CNS leukemia. A lumbar puncture is not required unless CNS involvement is suspected. Patients "
     "with signs of meningitis must have a negative lumbar puncture within 2 weeks of enrollment.",
     "You have central nervous system (CNS) leukemia. A lumbar puncture is not needed unless CNS involvement is "
     "suspected. If you have signs of meningitis, you must have a negative lumbar puncture within 2 weeks of joining "
     "the study."),
])
def test_each_sentence_with_its_own_subject_is_put_to_the_reader(text: str, plain: str) -> None:
    assert said(text) == plain


@pytest.mark.parametrize(("text", "kept"), [
    # "patients with lesions", a partner: whom they mean is not surely the reader ("These patients" right after "You
    # have …" is the reader just described: offline_later_subjects, round people22)
    ("Patients with brain metastases. These patients may be included if treated.", "You may be included if treated."),
    ("Patients with brain metastases. A biopsy is required for patients with lesions.", "for patients with"),
    ("Patients with diabetes. Patients with partners who are pregnant.", "Patients with partners"),
])
def test_a_sentence_naming_people_otherwise_keeps_its_words(text: str, kept: str) -> None:
    assert kept in said(text)


@pytest.mark.parametrize(("text", "kept"), [
    # not "You are undergoing … in the past"
    ("Subjects undergoing radiation therapy to the pelvis in the past.", "Subjects"),
])
def test_a_sentence_the_second_person_cannot_say_stays(text: str, kept: str) -> None:
    assert said(text).startswith(kept)


def test_ex_smokers_are_one_ex_smoker() -> None:  # not "You must be … ex-smokers" (test_s43_people19 has more)
    text = "Patients must be current or ex-smokers with a smoking history of more than 10 pack years."
    assert said(text) == "You must be a current or ex-smoker with a smoking history of more than 10 pack years."


def test_sentences_end_at_a_full_stop_before_a_capital_not_after_a_short_form() -> None:
    text = "Patients with CNS disease, e.g. Glioma. Patients with X vs. Y."
    expected = ["Patients with CNS disease, e.g. Glioma.", "Patients with X vs. Y."]
    assert [text[a:b] for a, b in sentences(text)] == expected


def test_sentences_opening_with_those_who_are_each_put_to_the_reader() -> None:
    text = "Those who have used soft drugs in the 3 months before screening. Those who have positive drug test results"
    plain = "You have used soft drugs in the 3 months before screening. You have positive drug test results."
    assert said(text) == plain


def test_two_sex_groups_are_not_both_said_to_be_the_reader() -> None:
    # "You are male and … . You are female and …" would say the reader is both
    text = "Male subjects who drink more than 21 units of alcohol a week. Female subjects who drink more than 14 units."
    assert said(text).startswith("Male subjects who drink")


def test_a_short_form_with_a_full_stop_does_not_end_the_clause_before_the_verb() -> None:
    # the verb after "[i.e. …]" is the subject's own: not "You have MDS [that is, …] and CMML are also candidates"
    text = ("Patients must have relapsed leukemia. Patients with myelodysplasia (MDS) [i.e. refractory anemia with "
            "excess blasts] and CMML are also candidates for this protocol.")
    assert "You have myelodysplasia" not in said(text, INC)


@pytest.mark.parametrize(("text", "kind", "plain"), [
    # "and"/"but" before a verb go on with the "who" clause, as "or" did: the main verb comes later, or not at all
    ("Patients with known brain metastases or who have symptoms of brain metastases and have not been assessed with "
     "imaging", SectionKind.EXCLUSION,
     "You have known brain metastases or have symptoms of brain metastases and have not been checked with imaging."),
    ("Patients who are resistant to dasatinib, but are not able to receive other second line treatment can be "
     "considered for participation in the study.", INC,
     "If you are resistant to dasatinib, but are not able to get other second line treatment, you can be considered "
     "for taking part in the study."),
])
def test_a_verb_after_and_or_but_continues_the_who_clause(text: str, kind: SectionKind, plain: str) -> None:
    assert said(text, kind) == plain
