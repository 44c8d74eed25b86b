"""Rewrites that changed a criterion's meaning without changing a fact the checks compare (audit of this session).

Each slip has its case and a near case that must keep its good rewrite.
"""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.age_context import age_in_context
from translator.criteria import SectionKind
from translator.facts import extract_facts
from translator.offline_group_reasons import gives_the_groups_reason

INC = SectionKind.INCLUSION
EXC = SectionKind.EXCLUSION


def _ages(text: str) -> list[tuple[str, str | None, bool]]:
    return [(text[f.start : f.end], f.unit, f.age) for f in extract_facts(text)]


# --- an "age" before one number made the next, unrelated number an age too ("4-14 years old headache days")


def test_a_second_number_after_a_measure_is_no_age() -> None:
    text = "Migraine onset prior to age 50 and MONTHLY frequency of 4-14 Migraine Headache Days (MHD)."
    assert ("4-14", None, False) in _ages(text)
    assert "years old" not in said(text, INC)
    assert _ages("Age 18 and BMI 20-30")[1] == ("20-30", None, False)
    assert _ages("age over 50 and 2-5 lesions")[1] == ("2-5", None, False)


@pytest.mark.parametrize(
    "text",
    ["age ≥18 and ≤75", "aged 18 years or older and 65 or younger", "age > 18 and < 65", "Age 18-65"],
)
def test_an_ages_other_bound_is_still_an_age(text: str) -> None:
    assert all(age for _, _, age in _ages(text))


def test_age_in_context_reads_the_words_before_the_number() -> None:
    text = "Onset before age 50 and frequency of 4 days"
    assert age_in_context(text, text.index("50"))
    assert not age_in_context(text, text.index("4 days"))
    assert not age_in_context("Platelets 100", 10)


# --- "X as defined by Y": a split made "This is defined by Y" define the disease, or took in a requirement


@pytest.mark.parametrize(
    ("source", "bullet"),
    [
        ("Type 1 diabetes, as defined by ADA criteria", "You have type 1 diabetes, as defined by ADA criteria."),
        # the "and with …" is a second requirement, not part of the definition
        (
            "Subjects with AD as defined by the Hanifen and Rajka criteria and with mild to severe disease activity",
            "You have AD as defined by the Hanifen and Rajka criteria and with mild to severe disease activity.",
        ),
    ],
)
def test_a_definition_by_criteria_stays_in_place(source: str, bullet: str) -> None:
    assert said(source, INC) == bullet


def test_a_definition_by_a_measure_is_still_its_own_sentence() -> None:
    assert said("Anemia as defined by hemoglobin less than 11 g/dL.", INC) == (
        "You have anemia. This is defined by hemoglobin less than 11 g/dL."
    )


def test_defined_according_to_is_not_said_as_set_by() -> None:
    bullet = said("Measurable disease, defined according to RECIST criteria", INC)
    assert "This means" not in bullet and "defined as set by" not in bullet
    assert (
        said("Measurable disease according to RECIST criteria", INC) == "You have measurable disease as set by RECIST."
    )


def test_a_bracketed_definition_per_a_source_stays() -> None:
    bullet = said("Has an established clinical history of COPD (defined as per the GOLD definition)", INC)
    assert "This means per" not in bullet


# --- a group's reason ("because of their poor prognosis") made the reader's own


def test_the_groups_reason_keeps_the_third_person() -> None:
    source = "Patients with known brain metastases should be excluded from this trial because of their poor prognosis"
    # the condition is the reader's, the verdict and its reason the group's (translator.offline_reader_group_reasons)
    assert said(source, EXC) == (
        "You have known brain metastases. Such patients should be excluded from this trial because of their poor "
        "prognosis."
    )
    assert gives_the_groups_reason(source)


def test_the_readers_own_their_is_still_yours() -> None:
    assert said("Patients who have received radiotherapy to more than 25% of their bone marrow are excluded", EXC) == (
        "You have had radiation treatment to more than 25% of your bone marrow."
    )
    assert not gives_the_groups_reason("Patients who discontinued treatment because of toxicity are excluded")


# --- the verb of an elapsed time dropped by a fact's wording ("as long as more than 12 months since X")


def test_the_elapsed_verb_stays() -> None:
    bullet = said(
        "Prior chemotherapy for non-metastatic disease is allowed as long as > 12 months has passed since completion "
        "of therapy",
        INC,
    )
    assert "12 months has passed since the end" in bullet


def test_a_bare_elapsed_time_is_still_worded() -> None:
    assert said("> 4 weeks since prior surgery", INC) == "It has been more than 4 weeks since any past surgery."


# --- a plain wording of a noun phrase inside a compound modifier ("ability to become pregnant patients")


def test_childbearing_potential_before_a_noun_stays() -> None:
    assert said("Pregnant, lactating, or child bearing potential patients", EXC) == (
        "Pregnant, breastfeeding, or child bearing potential patients"
    )


def test_childbearing_potential_as_a_noun_is_still_plain() -> None:
    assert "ability to get pregnant" in said("Females with childbearing potential must use contraception", INC)


# --- "visual acuity of: 20/25 to 20/320" read "Your … acuity of is …"


def test_a_label_ending_in_of_takes_no_is() -> None:
    bullet = said("ETDRS best-corrected visual acuity of: 20/25 to 20/320 in the study eye.", INC)
    assert "of is" not in bullet


def test_a_label_takes_its_is() -> None:
    assert said("Hemoglobin: >= 9 g/dL", INC) == "Your hemoglobin is 9 g/dL or more."


def test_the_nearest_age_word_counts_and_a_bracketed_age_is_the_brackets() -> None:
    donor = "Donor death due to CVA (donor age <50yrs = 0, donor age >50yrs = 3)"
    assert all(age for _, _, age in _ages(donor))
    scored = (
        "Lansky performance score (LPS) (for =< 16 years of age) => 50 assessed within two weeks prior to registration"
    )
    assert ("=> 50", None, False) in _ages(scored)
    assert "50 years" not in said(scored, INC)
    assert "19 years or older" in said(
        "Aged 18 years or older (or >=19 where required by local regulatory agencies)", INC
    )


def test_a_karyotypes_bands_keep_their_semicolon() -> None:
    assert "(q22;q22)" in said("Abnormal karyotype t(8;21)(q22;q22)", INC)
    assert said("Creatinine normal;Bilirubin normal", INC).startswith("Your creatinine is normal; Bilirubin")


def test_a_definition_by_a_ranged_score_is_still_its_own_sentence() -> None:
    source = "Cognitive impairment from mild to moderate degree defined by a CDR score range between 0.5 and 2.0."
    assert said(source, INC).endswith(". This is defined by a Clinical Dementia Rating (CDR) score range 0.5 to 2.")
    assert "older than 24 months" in said("Age <1m or > 24 months of age", EXC)
