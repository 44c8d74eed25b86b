"""Openings and endings fixed in general form in the tenth round: "Any <described> condition/disease/…" put to
the reader whatever words describe it (the names in them as written), and a list's separator after a
fragment's last item dropped."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import backend, said
from translator.criteria import SectionKind
from translator.fidelity import check, errors
from translator.offline_semicolons import semicolon_clause
from translator.outline import parse_criteria
from translator.pipeline import Translator

INC = SectionKind.INCLUSION


@pytest.mark.parametrize(("text", "plain"), [
    ("Any liver disease of non-HCV cause", "You have any liver disease of non-HCV cause."),
    ("Any severe physical or mental illness", "You have any severe physical or mental illness."),
    ("Any HIV infection", "You have any HIV infection."),  # the abbreviation keeps its capitals
    ("Any Serious Illness", "You have any serious illness."),
    ("Any contraindication to aspirin or warfarin.", "You have any contraindication to aspirin or warfarin."),
])
def test_any_described_condition_is_put_to_the_reader(text: str, plain: str) -> None:
    assert said(text) == plain


@pytest.mark.parametrize("text", [
    "Any prior disease",  # had, not has: no present tense for it
    "Any of the following diseases",
    "Any recent infection",  # when it was is not said by "have"
])
def test_any_condition_in_time_or_a_list_keeps_its_opening(text: str) -> None:
    assert not said(text).startswith("You have any")


@pytest.mark.parametrize(("text", "plain"), [
    ("Seropositive for HIV, AIDS, or post-organ transplant;", "Seropositive for HIV, AIDS, or post-organ transplant"),
    ("Condoms, male or female, with or without a spermicide;", "Condoms, male or female, with or without a spermicide"),
])
def test_a_fragment_drops_the_separator_after_a_list_item(text: str, plain: str) -> None:
    assert said(text, INC) == plain


def test_a_conjunction_that_joins_the_next_item_stays() -> None:
    # "…; OR" says how the item combines with the next one: it is part of the rule
    assert said("Anti-dsDNA antibodies above normal; OR", INC).endswith("OR")


@pytest.mark.parametrize(("sentence", "split"), [
    ("You must have AML; earlier MDS is allowed.", "You must have AML. Earlier MDS is allowed."),
    ("You have had no chemotherapy; radiation treatment must have ended 4 weeks ago.",
     "You have had no chemotherapy. Radiation treatment must have ended 4 weeks ago."),
])
def test_a_clause_after_a_semicolon_is_a_sentence_of_its_own(sentence: str, split: str) -> None:
    assert semicolon_clause(sentence) == split


@pytest.mark.parametrize("sentence", [
    "You have had a heart attack; stroke; or angina.",  # a list of items, not of clauses
    "Heart angioplasty or stenting; heart attack.",  # no verb before the semicolon
    "If you are female, you must use birth control; a pregnancy test is needed.",  # the condition may hold for both
    "Note: you must fast; water is allowed.",  # one note
    "You have cancer; any cancer from which the patient has been free for 5 years is allowed.",  # a described item
    "You have X (A is allowed; B is not).",  # inside brackets
    "You must have AML; or MDS is allowed.",  # a link to what follows
    "You have had surgery; you are recovering or; you can walk.",  # a link word before a semicolon
])
def test_a_semicolon_that_joins_no_two_clauses_stays(sentence: str) -> None:
    assert semicolon_clause(sentence) == sentence


def test_a_split_clause_in_a_bullet_keeps_every_fact() -> None:
    assert said("Subjects must have non-M3 AML; antecedent MDS is allowed.", INC).endswith(
        ". Antecedent myelodysplastic syndrome (MDS) is allowed."
    )


@pytest.mark.parametrize(("text", "plain"), [
    # what a test shows is no value of the test: not "Your MRI showing is at least 2 lesions"
    ("MRI showing at least 2 lesions", "MRI showing at least 2 lesions"),
    ("Echocardiogram showing LVEF >= 50%",
     "Heart ultrasound showing left ventricular ejection fraction (LVEF) 50% or more"),
    # a lab named with a word in -ing is still the lab's value
    ("Fasting glucose < 126 mg/dL", "Your fasting glucose is less than 126 mg/dL."),
])
def test_a_test_that_shows_something_is_no_lab_value(text: str, plain: str) -> None:
    assert said(text, INC) == plain


@pytest.mark.parametrize(("text", "plain"), [
    ("Patients requiring dialysis", "You need dialysis."),
    ("Patients weighing less than 40 kg", "You weigh less than 40 kg."),
    ("Patients refusing blood transfusion", "You refuse blood transfusion."),
])
def test_a_state_reads_as_a_state(text: str, plain: str) -> None:
    assert said(text) == plain


def _under(label: str, item: str) -> str:
    """The bullet for `item` written under the label `label` (as older NCI records write "Age:" / "18 and over")."""
    doc = parse_criteria(f"Inclusion Criteria:\n\n- {label}\n    - {item}\n")
    translation = Translator(backend()).translate(doc)
    assert not errors(check(doc, translation))
    bullets = translation.sections[0].bullets
    if not label.endswith(":"):  # no heading: a bullet of its own
        return bullets[1].text
    (bullet,) = bullets  # a topic heading and its one item are one bullet (translator.topic_bullets)
    assert bullet.source_ids == ["I1", "I1.1"] and bullet.text.startswith(f"{label} ")
    return bullet.text[len(label) + 1 :]


@pytest.mark.parametrize(("label", "item", "plain"), [
    ("Age:", "18 and over", "You are 18 and over."),
    ("Age:", "16 to 50", "You are 16 to 50."),
    ("Age", "Under 80", "You are under 80."),
    ("Life expectancy:", "At least 3 months", "You are expected to live at least 3 months."),
    ("Life expectancy:", "More than 2 months", "You are expected to live more than 2 months."),
    # more than the value, or no value: as written
    ("Life expectancy:", "At least 5 years excluding cancer", "At least 5 years excluding cancer"),
    ("Age:", "Any age", "Any age"),
    # no value: no requirement on the topic (offline_unspecified)
    ("Life expectancy:", "Not specified", "There is no requirement."),
    # a bare number under another label is not an age
    ("Performance status:", "0 to 2", "0 to 2"),
])
def test_a_bare_value_under_its_label_is_put_to_the_reader(label: str, item: str, plain: str) -> None:
    assert _under(label, item) == plain


@pytest.mark.parametrize(("text", "plain"), [
    ("Needs palliative radiotherapy at time of enrollment", "You need palliative radiotherapy at the time of joining"),
    ("Presents with leptomeningeal dissemination.", "You have leptomeningeal dissemination."),
    ("Consumes excessive amounts of alcohol or caffeine", "You consume excessive amounts of alcohol or caffeine."),
    ("Suffers from any concomitant disease", "You suffer from any disease at the same time."),
    ("Requires treatment with a strong CYP3A inhibitor", "You need treatment with a strong"),
])
def test_a_verb_with_no_subject_gets_the_reader(text: str, plain: str) -> None:
    assert said(text).startswith(plain)


@pytest.mark.parametrize("text", ["Requires or anticipates use of prescription medicines", "Needs or receiving oxygen"])
def test_a_verb_paired_with_another_keeps_its_words(text: str) -> None:
    assert not said(text).startswith("You need or")
