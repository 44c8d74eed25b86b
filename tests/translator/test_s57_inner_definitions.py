"""Session 57 (plain34): a bracketed definition inside the reader's sentence is said after it, "This means …"
(translator.offline_inner_definitions), on corpus criteria; and where it keeps its place."""

from __future__ import annotations

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.offline_inner_definitions import inner_definitions

INC, EXC = SectionKind.INCLUSION, SectionKind.EXCLUSION


def test_a_definition_before_a_closing_window_or_place_moves_after_the_sentence() -> None:
    # NCT01617148
    assert said(
        "Uncontrolled glaucoma at baseline evaluation (defined as intraocular pressure ≥25 mmHg despite treatment with "
        "anti-glaucoma medication) in the study eye.", EXC
    ) == (
        "You have uncontrolled glaucoma at baseline evaluation in the study eye. This means intraocular pressure at "
        "least 25 mmHg despite treatment with anti-glaucoma medicine."
    )
    # NCT01133756
    assert said(
        "Active hemoptysis (defined as bright red blood of 1/2 teaspoon or more) within the 30 days prior to study "
        "entry;", EXC,
    ) == (
        "You have active coughing up of blood in the 30 days before study entry. This means bright red blood of 1/2 "
        "teaspoon or more."
    )
    # NCT02268851: the list is the definition's own, inside its brackets
    assert said(
        "Patients receiving cancer therapy (i.e., chemotherapy, radiation therapy, immunotherapy, biologic therapy, "
        "hormonal therapy, surgery and/or tumor embolization) within 3 weeks of Cycle 1/Day 1,", EXC
    ) == (
        "You are getting cancer treatment within 3 weeks of Cycle 1/Day 1. This means chemotherapy, radiation "
        "treatment, immunotherapy, biologic treatment, hormone treatment, surgery and/or tumor embolization."
    )


def test_a_definition_keeps_its_place_where_something_else_could_seem_defined() -> None:
    # NCT00595556: an "or" after the bracket ("history or mental health exam")
    source = (
        "have a serious psychiatric illness (i.e., schizophrenia, bipolar disorder, severe or psychotic major "
        "depression, panic disorder, or substantial suicide or violence risk) on the basis of history or psychiatric "
        "examination"
    )
    assert "(that is, schizophrenia" in said(source, EXC)
    # NCT01128985: "This means with no change …" is no sentence
    assert "regimen (that is, with no change in medicine" in said(
        "Patients must be on generally stable approved anti-hypeglycemic agent (AHA) regimen (i.e., with no change in "
        "medication, or only 1 dose step change in dose) for at least 2 months prior to the Screening Visit", INC
    )
    # NCT02105974: the bracket is inside the subject, whose verb follows
    text = "Oxygen as needed (prn) use (that is, 12 hours or less per day) is not exclusionary."
    assert inner_definitions(text) == text
    # a sentence that another aside already explains
    text = "You have active epilepsy (that is, occurrence of a seizure) in the past year. This includes absences."
    assert inner_definitions(text) == text
