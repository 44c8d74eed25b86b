"""A group said eligible on a condition of its own ("Patients with X are eligible provided they …") is put to the
reader even under a header that denies its siblings, and an "-ous" adjective in the group is no plural thing a
"they" could mean (translator.offline_inclusion_readers.denied_here, offline_eligible_groups)."""

from __future__ import annotations

from tests.translator.test_offline import rewritten, said
from translator.criteria import SectionKind
from translator.offline_inclusion_readers import denied_here

INC = SectionKind.INCLUSION


def test_a_group_said_eligible_under_a_denying_header_is_put_to_the_reader() -> None:
    # under "No symptomatic brain metastases": the item is the header's exception, whole in itself
    assert rewritten(
        "NCT00574366", "Patients with asymptomatic brain metastasis are eligible provided they"
    ) == (
        "If you have asymptomatic brain metastasis, you can take part as long as you are not on prophylactic"
        " anticonvulsants that are CYP3A4 modifiers."
    )


def test_the_header_still_denies_items_that_are_no_verdict_of_their_own() -> None:
    header = ["No symptomatic brain metastases"]
    assert denied_here(header, INC, "Leptomeningeal disease")
    assert denied_here(header, SectionKind.OTHER, "Patients with asymptomatic brain metastasis are eligible")
    assert not denied_here(
        header, INC, "Patients with asymptomatic brain metastasis are eligible provided they are not on steroids"
    )
    assert not denied_here(["Histologically confirmed cancer"], INC, "Leptomeningeal disease")


def test_a_they_only_people_can_be_after_plural_things_is_the_reader() -> None:
    # metastases take no steroids: "they" is the patients' (offline_people_pronouns, you35; it kept its third person
    # before), and the item says whole who may take part, as its sibling under the same header does
    assert rewritten("NCT00574366", "Patients with a history of brain metastases are eligible provided") == (
        "If you have had brain metastases, you can take part as long as you are clinically stable and not taking"
        " steroids or therapeutic anticonvulsants that are cytochrome P450 3A4 (CYP3A4) modifiers."
    )


def test_an_ous_adjective_is_no_plural_thing() -> None:
    text = (
        "Patients with chronic myelogenous leukemia (CML) in myeloid blast crisis are eligible if their disease has"
        " failed to respond, and/or they are intolerant, to the available tyrosine kinase inhibitors (TKIs)"
    )
    assert said(text, INC) == (
        "If you have chronic myelogenous leukemia (CML) in myeloid blast crisis, you can take part if your disease"
        " has failed to respond, and/or you are intolerant, to the available tyrosine kinase inhibitors (TKIs)."
    )


def test_an_aside_just_before_the_verdict_stays() -> None:
    # the verdict is found with the asides blanked; the ", you" goes after the aside, not over it
    assert rewritten("NCT02060253", "Patients with human immunodeficiency virus (HIV)/acquired immune") == (
        "If you have HIV/AIDS, you are allowed on study if you have an undetectable viral load, cluster of"
        " differentiation (CD)4 more than 300 and are on a stable highly active antiretroviral treatment (HAART)"
        " regimen for the 1 month before joining the study."
    )
    assert rewritten("NCT02720523", "Subjects with prior exposure to at most one biological").startswith(
        "If you have had exposure to at most one biological disease-modifying anti-rheumatic drug (bDMARD), you may"
        " be enrolled (up to 20% of total number of subjects) after the needed washout time."
    )
    text = (
        "Participants who have received a PD-1 blocking antibody (eg: pembrolizumab or nivolumab) may be enrolled 3"
        " weeks after receiving the last dose of that antibody."
    )
    assert said(text, INC) == (
        "If you have had a PD-1 blocking antibody (eg: pembrolizumab or nivolumab), you may be enrolled 3 weeks after"
        " getting the last dose of that antibody."
    )
