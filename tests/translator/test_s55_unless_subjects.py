"""Session 55 (plain33): a closing ", unless …" clause without a subject said as a sentence of its own, with the
subject the source leaves out (translator.offline_unless_subjects), only where that subject is certain.

Sources are corpus criteria.
"""

from __future__ import annotations

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.offline_unless_clauses import unless_clause

INC, EXC = SectionKind.INCLUSION, SectionKind.EXCLUSION


def test_subjectless_exception_of_a_single_condition_gets_its_pronoun() -> None:
    assert said("Hypertension, unless adequately controlled by medication.", EXC) == (
        "You have high blood pressure. This does not apply if it is adequately controlled by medicine."
    )
    assert said(
        "Diabetes mellitus, unless well-controlled as evidenced by an HbA1c level less than or equal to 9%.", EXC
    ) == (
        "You have diabetes. This does not apply if it is well-controlled as evidenced by a hemoglobin A1c (HbA1c) "
        "level 9% or less."
    )
    assert said(
        "Has a history of brain metastases, unless adequately treated and without radiologic evidence of progressive "
        "disease for at least 3 months after completion of therapy.",
        EXC,
    ) == (
        "You have had brain metastases. This does not apply if they are adequately treated and without radiologic "
        "signs of progressive disease for at least 3 months after the end of therapy."
    )


def test_subjectless_act_of_a_person_is_the_readers() -> None:
    assert said("Prothrombin time ≤1.5x ULN, unless receiving therapeutic anticoagulation", INC) == (
        "Your prothrombin time is no more than 1.5 times the upper limit of normal. This does not apply if you are "
        "getting therapeutic anticoagulation."
    )
    assert said(
        "HIV infection, unless receiving effective antiretroviral therapy with undetectable viral load and normal CD4 "
        "counts",
        EXC,
    ) == (
        "You have HIV infection. This does not apply if you are getting effective antiretroviral treatment with "
        "undetectable viral load and normal CD4 counts."
    )


def test_subjectless_exception_stays_where_its_subject_is_in_doubt() -> None:
    kept = [
        # two conditions: "it" or "they", and which one is treated?
        "You have symptomatic or impending spinal cord compression, unless appropriately treated.",
        "You have had brain metastases or spinal cord compression, unless treated at least 4 weeks before the first "
        "dose and stable without steroid treatment for 10 days.",
        # approved: the reaction, the reader or taking part?
        "You have had an anaphylactic or hypersensitivity drug reaction, unless approved by the study doctor and "
        "Sponsor.",
        # the reader is disease-free, not the cancer
        "You have been diagnosed with another cancer, unless disease-free for at least 5 years.",
        # a negated head: there is no condition for "it" to be
        "You have no severe impairment of bone marrow function (ANC more than 1.5 × 10^9/L), unless due to proven "
        "lymphoma involvement.",
        # a preposition that could carry a second noun
        "You have had radiation to the measurable site of disease, unless treated with curative intent.",
    ]
    for sentence in kept:
        assert unless_clause(sentence) == sentence
    assert said("Brain metastases, unless treated and stable", EXC) == (
        "You have brain metastases. This does not apply if they are treated and stable."
    )
