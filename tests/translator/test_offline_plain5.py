"""Shorter words for the long general words most frequent in the offline bullets (translator.offline_words), on
real criteria: each rule where it is right, and the contexts where it would change the meaning and must not."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import bullet_for, rendered
from translator.fidelity import check_rendering, errors
from translator.offline_plain import plain_edits, polish
from translator.offline_words import polish_words, word_edits


@pytest.mark.parametrize(
    ("nct_id", "source", "plain"),
    [
        # a medical condition is a health problem; the list after it keeps its "or"
        ("NCT00543114", "Any serious medical condition, laboratory abnormality, or psychiatric illness",
         "You have any serious health problem, lab abnormality, or mental illness"),
        # "adequate" is "good enough", for every organ of the list
        ("NCT00076024", "Adequate bone marrow, liver, and renal function",
         "You have good enough bone marrow, liver, and kidney function."),
        # an allowed method is one the study accepts; the "not" stays
        ("NCT00256854", "Women of child-bearing potential who are not practicing an acceptable method",
         "You are a woman who can get pregnant and are not practicing an allowed method of birth control."),
        # the perfect tense says "before" already; "may" stays
        ("NCT00306813", "Subjects may have been previously treated with thalidomide",
         "You may have been treated with thalidomide or bortezomib."),
        # the study period is the study; "during study participation" is during the study
        ("NCT00063583", "Pregnant or planning to become pregnant during the study period",
         "You are pregnant or planning to get pregnant during the study."),
        ("NCT00429169", "Pregnant, breastfeeding, or plans to become pregnant during the course of study participation",
         "You are pregnant, breastfeeding, or plan to get pregnant during the study."),
        # a standard sets what counts as measurable
        ("NCT00349219", "At least one target or non-target lesion according to RECIST",
         "You have at least one target or non-target lesion as set by RECIST."),
        # a value worked out by a formula is worked out using it
        ("NCT00415818", "Glomerular Filtration Rate higher than 60 ml/mn according to Cockcroft",
         "Your glomerular filtration rate is higher than 60 ml/mn using Cockcroft formula."),
        ("NCT00619541", "Patient considered by the investigator to be appropriate",
         "You are thought by the study doctor to be appropriate for systemic treatment."),
        # "the Investigator", capitalised mid-sentence, is no name
        ("NCT00234377", "Able to understand and comply with the requirements of the study, as judged by the",
         "You can understand and follow the study rules, as judged by the study doctor."),
        ("NCT00115765", "Clinically significant ascites", "You have medically important ascites."),
        ("NCT00365417", "Patients must have the ability to swallow oral medication.",
         "You must be able to swallow oral medicine."),
    ],
)
def test_long_general_words_get_their_short_form(nct_id: str, source: str, plain: str) -> None:
    request, rendering, items = rendered(nct_id, source)
    index = next(i for i, item in enumerate(request.items) if item.text.startswith(source))
    assert rendering.bullets[index].text.startswith(plain)
    assert items[index].level == "rewrite"
    assert not errors(check_rendering(request, rendering))


def test_a_definition_follows_its_term_into_the_short_form() -> None:
    # the lexicon's gloss of "adequate bone marrow function" and of "clinically significant" stays on the bullet
    bullet = bullet_for("NCT00087477", "Adequate bone marrow function")
    assert bullet.text.startswith("You have good enough bone marrow function:")
    assert "good enough bone marrow function" in [d.term.lower() for d in bullet.definitions]
    bullet = bullet_for("NCT00115765", "Clinically significant ascites")
    assert [d.plain for d in bullet.definitions if d.term.lower() == "medically important"] == [
        "important enough to affect your health or your care"
    ]


@pytest.mark.parametrize(
    ("nct_id", "source", "kept"),
    [
        # the second of a pair: "surgical or health problem" would lose the surgical condition
        ("NCT01278056", "Presence of a surgical or medical condition", "surgical or medical condition"),
        # a Title Case heading keeps its words
        ("NCT01306942", "Medical History and Concurrent Diseases", "Medical History"),
        # "medically acceptable" is a defined term, and a "not acceptable" method is no prohibition cue to add
        ("NCT00292370", "or are sexually active and are not using a medically acceptable method",
         "medically acceptable method"),
        # "treatment period 1" names one period of the study
        ("NCT00955110", "BMI within range of 19.0 to 29.9 kg/m2", "treatment period 1"),
        # "according to the opinion of the investigator" is a judgement, not a standard
        ("NCT01026428", "Electrocardiogram recording (12 leads) normal", "according to the opinion of"),
        # a document, not a person
        ("NCT01558167", "Patients with contraindications according to Summary", "Investigator's Brochure"),
    ],
)
def test_contexts_where_the_short_form_would_change_the_meaning(nct_id: str, source: str, kept: str) -> None:
    assert kept in bullet_for(nct_id, source).text


def test_a_not_stays_where_previously_goes() -> None:
    text = bullet_for("NCT00783471", "Patients must have not been previously treated with anticancer drugs").text
    assert text == "You must have not been treated with cancer drugs for advanced disease."
    # not after a simple past ("was not previously known" is no perfect) nor before a noun
    assert not word_edits("the HIV status was not previously known")
    assert not word_edits("subjects with previously treated brain metastases")


def test_edits_on_the_source_and_on_the_composed_text_agree() -> None:
    # "Any serious medical condition" becomes "You have any serious medical condition" in one edit of the opening,
    # which the source-level edit cannot share a span with; the composed text gets the same word
    source = "Any serious medical condition that would interfere with the study"
    assert next(e.text for e in plain_edits(source)) == "health problem"
    assert polish_words("You have any serious medical condition.") == "You have any serious health problem."
    # articles follow the new word
    assert polish("You must use an adequate method of birth control.") == (
        "You must use a good enough method of birth control."
    )
    assert polish("Gilbert's syndrome is acceptable if bilirubin is indirect.") == (
        "Gilbert's syndrome is allowed if bilirubin is indirect."
    )
    assert polish_words("Women with ability to become pregnant") == "Women who can become pregnant"
    assert polish("You have the ability to swallow tablets.") == "You can swallow tablets."


def test_criteria_are_rules_only_where_they_are_the_study_s_own() -> None:
    assert polish_words("Additional criteria may apply.") == "Additional rules may apply."
    # the signs that define a disease are no rules: the heading before their list loses the word, not the meaning
    assert polish_words("more than one of these criteria: fetal tachycardia") == (
        "more than one of these: fetal tachycardia"
    )
    # RECIST's C is "criteria" already
    assert polish_words("You have measurable disease by RECIST 1.1 criteria.") == (
        "You have measurable disease by RECIST 1.1."
    )
    assert polish_words("meets DSM-5 criteria for major depression") == "meets DSM-5 criteria for major depression"


@pytest.mark.parametrize(
    ("nct_id", "source", "plain"),
    [
        # "asthma or a history of asthma" is asthma now or in the past: "or have had", the "or" kept
        ("NCT01462617", "Subjects who have asthma or a history of asthma.", "You have asthma or have had asthma."),
        # known to have had it: "known" stays (not known is not never)
        ("NCT00640146", "Participants with a known history of chronic active hepatitis B",
         "You are known to have had chronic active hepatitis B or hepatitis C virus or HIV infection."),
        # inside a window the fact rules word: the window is the same, "after" for "following"
        ("NCT00436072", "Agree to use an effective form of contraception during the study",
         "You agree to use an effective form of birth control during the study and 90 days after the last dose"),
        ("NCT00115765", "Subject unwilling or unable to comply with study requirements",
         "You are not willing or not able to follow study rules."),
        # the window puts the treatment before the study: the reader has had it
        ("NCT02508870", "Investigational therapy within 28 days prior to initiation of study treatment",
         "You have had experimental treatment in the 28 days before the start of study treatment"),
    ],
)
def test_history_windows_and_requirements_get_their_short_form(nct_id: str, source: str, plain: str) -> None:
    request, rendering, items = rendered(nct_id, source)
    index = next(i for i, item in enumerate(request.items) if item.text.startswith(source))
    assert rendering.bullets[index].text.startswith(plain)
    assert items[index].level == "rewrite"
    assert not errors(check_rendering(request, rendering))


def test_a_history_under_a_no_or_beside_a_shared_adjective_stays() -> None:
    # "no X or history of Y" denies both: "or have had Y" would leave Y out of the "no"
    text = bullet_for("NCT00074139", "No symptomatic evidence or history of brain metastases").text
    assert text == "You have no symptomatic evidence or history of cancer that has spread to the brain."
    # "known or a history of schizophrenia" is known or past schizophrenia
    assert polish_words("You have known or a history of schizophrenia.") == (
        "You have known or a history of schizophrenia."
    )
    # a noun before the "or" that shares the "of" ("a current diagnosis [of X] or history of X")
    assert polish_words("You have a current diagnosis or history of manic episode.") == (
        "You have a current diagnosis or history of manic episode."
    )
    # a second "history of" leans on the first "have": both stay
    assert polish_words("You have a known history of epilepsy or a history of febrile seizures.") == (
        "You have a known history of epilepsy or a history of febrile seizures."
    )
