"""Shorter sentences and more second person in the offline backend, on real criteria: an aside or a
definition at the end of a sentence becomes a sentence of its own where that cannot change its scope, a
bare condition reads "You have …", and the reading grade counts sentences, not full stops."""

from __future__ import annotations

import pytest
import textstat

from tests.translator.test_offline import bullet_for, rendered
from translator.fidelity import check_rendering, errors
from translator.readability import grade, sentences


def test_an_aside_of_examples_becomes_its_own_sentence_and_keeps_its_negation_and_its_or_list() -> None:
    request, rendering, _ = rendered("NCT00074308", "No concurrent cytochrome P450 enzyme-inducing")
    assert rendering.bullets[0].text == (
        "You are not taking concurrent cytochrome P450 enzyme-inducing antiepileptic drugs. "
        "For example, phenytoin, carbamazepine, or phenobarbital."
    )
    # the "no" stays on the rule the examples illustrate, the "or" list stays an "or" list, no negation added
    assert not errors(check_rendering(request, rendering))


def test_an_explaining_aside_and_an_exception_become_sentences() -> None:
    assert bullet_for("NCT00023673", "No significant atelectasis").text == (
        "You have no significant atelectasis. This means atelectasis of an entire lung."
    )
    # "except" becomes "does not include": one negation cue for another, still an exception to the rule
    source = "Patients with another primary malignancy"
    request, rendering, _ = rendered("NCT00087451", source)
    index = next(i for i, item in enumerate(request.items) if item.text.startswith(source))
    assert rendering.bullets[index].text == (
        "You have had another primary cancer within the past three years. "
        "This does not include non-melanoma skin cancers and cervical carcinomas in situ."
    )
    assert not errors(check_rendering(request, rendering))


def test_an_unbracketed_list_of_examples_at_the_end_becomes_a_sentence() -> None:
    assert bullet_for("NCT00245960", "Prior exposure to any TNF-inhibitor").text == (
        "You have had exposure to any TNF-inhibitor. This includes etanercept."
    )


def test_plain_verbs_and_no_gloss_said_twice() -> None:
    assert bullet_for("NCT00077103", "No conditions associated with QTc").text == (
        "You have no conditions linked to QTc prolongation."
    )
    assert bullet_for("NCT00045708", "Patients must be able to provide written").text == (
        "You must be able to give written informed consent."
    )
    text = bullet_for("NCT00365417", "History of transient ischemic attack").text
    assert text == "You have had a transient ischemic attack (TIA) or stroke."  # not "stroke (stroke)"


@pytest.mark.parametrize(
    ("nct_id", "source", "kept"),
    [
        # an exception inside an exception: as a sentence of its own it would except melanoma from the whole rule
        ("NCT00021112", "No other primary malignancy except", "(except melanoma, breast cancer, or hypernephroma)"),
        # "with … margins" qualifies every resection, not only the examples
        ("NCT00621049", "Complete surgical resection defined", "resection including lobectomy"),
        # the last word links to the next item
        ("NCT00026299", "At least 20 mm by conventional", "techniques, including physical exam, CT scan, or MRI OR"),
        # "and bladder stones" may be the head list's last item rather than an example
        ("NCT00431041", "Urinary tract infection, chronic", "chronic inflammation such as interstitial cystitis"),
    ],
)
def test_no_split_where_the_aside_could_change_scope(nct_id: str, source: str, kept: str) -> None:
    bullet = bullet_for(nct_id, source)
    assert kept in bullet.text
    assert "This does not include" not in bullet.text and "This includes" not in bullet.text
    assert "For example" not in bullet.text


def test_the_grade_counts_sentences_not_full_stops() -> None:
    # textstat ends a sentence at the "." of "1.5": the bullet would count as two short sentences
    one = "Your creatinine is less than 1.5 times the upper limit of normal."
    assert sentences(one) == [one]
    assert sentences("Drugs (e.g. aspirin) are not allowed. Other drugs are.") == [
        "Drugs (e.g. aspirin) are not allowed.",
        "Other drugs are.",
    ]
    assert grade(one) > float(textstat.flesch_kincaid_grade(one))
    two, one_long = "You have no heart disease. You have no stroke.", "You have no heart disease; you have no stroke."
    assert grade(two) < grade(one_long)


@pytest.mark.parametrize(
    ("nct_id", "source", "plain"),
    [
        ("NCT03575702", "Prostate cancer.", "You have prostate cancer."),
        ("NCT00003926", "Congestive heart failure", "You have congestive heart failure."),
        # a name keeps its capital, though the lexicon writes it in lower case
        ("NCT00240981", "Parkinson's disease", "You have Parkinson's disease."),
        ("NCT00603447", "Waldenström's macroglobulinemia", "You have Waldenström's macroglobulinemia."),
    ],
)
def test_a_criterion_that_only_names_a_condition_says_you_have_it(nct_id: str, source: str, plain: str) -> None:
    assert bullet_for(nct_id, source).text == plain


@pytest.mark.parametrize(
    ("nct_id", "source"),
    [
        ("NCT04344015", "Male donors, never-pregnant"),  # the criterion names who it is about
        ("NCT01950819", "Multi-organ transplant recipient."),  # a person, not a condition
        ("NCT02421939", "post-menopausal (defined as"),  # an adjective: "You have had post-menopausal" is no English
    ],
)
def test_no_you_have_before_what_is_not_a_condition(nct_id: str, source: str) -> None:
    assert not bullet_for(nct_id, source).text.startswith("You")


def test_a_test_result_after_a_virus_is_what_the_reader_is_not_a_virus_they_have() -> None:
    # "HIV-positive" is a result: the reader is HIV-positive (translator.offline_results), never "You have HIV"
    said = bullet_for("NCT01240928", "Human Immunodeficiency Virus (HIV)-posit").text
    assert said == "You are HIV-positive."


def test_a_closing_definition_becomes_a_sentence_but_not_after_a_list_it_could_seem_to_define() -> None:
    assert bullet_for("NCT00527618", "Neutropenia, defined as").text == (
        "You have neutropenia. This means absolute neutrophil count less than 1000."
    )
    # "65 or older or diagnosed with X, defined as Y": Y defines X only, so the sentence stays whole
    text = bullet_for("NCT00113919", "Patients must be > or = 65 years").text
    assert "kidney function, defined as having a creatinine" in text and "This means" not in text


def test_wordings_the_second_person_makes_possible_and_prior_as_past_only_before_a_noun() -> None:
    assert bullet_for("NCT00570921", "Ability to understand and sign").text.startswith(
        "You can understand and sign a written informed consent"
    )
    # "unable" and "cannot" are both a "not": the negation stays
    request, rendering, _ = rendered("NCT00207025", "Inability to swallow capsules")
    assert "You cannot swallow capsules." in [b.text for b in rendering.bullets]
    assert not errors(check_rendering(request, rendering))
    # "28 days prior" means before: it is not "past" (and the treatment is the reader's, had in those days)
    assert bullet_for("NCT00195507", "Systemic psoriasis therapy within 28 days prior").text.endswith("28 days prior.")
    assert bullet_for("NCT00650923", "No prior aflibercept").text == "You have had no aflibercept."


@pytest.mark.parametrize(
    ("nct_id", "source", "plain"),
    [
        ("NCT00002475", "Not pregnant", "You are not pregnant."),
        ("NCT00003194", "Recovered from prior immunotherapy", "You have recovered from past immunotherapy."),
        # "radiation treatment" for "Radiotherapy" would say "treatment" twice
        ("NCT02296125", "Radiotherapy treatment to more than 30%", "Radiation treatment to more than 30% of the bone"),
        ("NCT00085566", "Patients who have not undergone surgical", "If you have not had surgical orchiectomy, you"),
    ],
)
def test_more_second_person_and_plain_words(nct_id: str, source: str, plain: str) -> None:
    assert bullet_for(nct_id, source).text.startswith(plain)


def test_a_closing_pointer_or_defined_by_becomes_a_sentence() -> None:
    assert bullet_for("NCT00210340", "ECOG Performance Status 0 - 2 (See").text == (
        "Your ECOG Performance Status is 0 to 2. See Appendix A."
    )
    # a definition by a named scheme stays in place (test_offline_meaning9): "This is defined by ACTG grading scheme"
    # would read as a definition of lab abnormalities as such
    assert bullet_for("NCT00081588", "Patient with laboratory abnormalities at").text == (
        "You have lab abnormalities at screening as defined by ACTG grading scheme as listed in the study plan."
    )
