"""A third-person subject whose criterion closes with an aside in brackets is put to the reader, read without the
aside (translator.offline_subject_closing_asides)."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind


@pytest.mark.parametrize(
    ("source", "kind", "plain"),
    [
        (  # NCT02210780: another person in the aside ("individuals") made the subject rules leave it
            "Patients with a severe reaction to natural rubber latex products (some packaging components of the "
            "vaccines contain rubber latex and may cause a reaction in susceptible individuals)",
            SectionKind.EXCLUSION,
            "You have a severe reaction to natural rubber latex products. Some packaging components of the vaccines "
            "contain rubber latex and may cause a reaction in susceptible people.",
        ),
        (  # NCT03558750
            "Patient with active, uncontrolled infections (patients must be afebrile for > 48 hours off antibiotics).",
            SectionKind.EXCLUSION,
            "You have active, uncontrolled infections. You must be afebrile for more than 48 hours off antibiotics.",
        ),
        (  # NCT00345189
            "Patients with diabetes (your doctor will discuss if you are eligible for this study)",
            SectionKind.EXCLUSION,
            "You have diabetes. Your doctor will discuss if you can take part.",
        ),
        (  # NCT00652327: the note's own subject is put to the reader as a condition of its own
            "Patient who is unable to give informed consent (the patient with a legal representative to sign the "
            "informed consent is eligible to participate the study).",
            SectionKind.EXCLUSION,
            "You cannot give informed consent. If you have a legal representative to sign the informed consent, you "
            "are eligible to participate the study.",
        ),
        (  # NCT00723346: the subject's "who" after an earlier aside joins as before
            "Subject with acute lymphoblastic leukaemia or lymphoblastic lymphoma (excluded burkitt lymphoma) who have "
            "relapsed after first remission (medullary or SNC relapse)",
            SectionKind.INCLUSION,
            "You have acute lymphoblastic leukaemia or lymphoblastic lymphoma (excluded burkitt lymphoma) and have "
            "relapsed after first remission (medullary or SNC relapse).",
        ),
        (  # NCT01048983: the aside's "we" and "patients" stay as written
            "Patients who speak English only (due to the novel research and its complexity, we are only accruing "
            "English speaking patients to the protocol)",
            SectionKind.INCLUSION,
            "You speak English only (due to the novel research and its complexity, we are only accruing English "
            "speaking patients to the study plan).",
        ),
    ],
)
def test_a_closing_aside_leaves_the_subject_to_the_reader(source: str, kind: SectionKind, plain: str) -> None:
    assert said(source, kind) == plain


@pytest.mark.parametrize(
    "source",
    [
        # the aside goes on describing the subject: its "who" would hang on "seizure"
        "Patients with predisposition to seizure (who currently have or have a past history of seizure, febrile "
        "convulsive seizure in infancy, or who use drugs lowering the threshold of seizure).",
        # "these patients" after "you": whom it means is unclear
        "Patients who have developed clonal cytogenetic abnormalities or a myelodysplastic syndrome (these patients "
        "will be considered in separate protocols for myelodysplastic syndrome, etc.)",
        # NCT00456989: "their" and "they" in the aside (the reader, or the metastases)
        "Patients with symptomatic brain metastases or actively receiving any therapy for brain metastasis (because "
        "of their poor prognosis and because they often develop progressive neurologic dysfunction that would "
        "confound the evaluation of neurologic and other adverse events).",
    ],
)
def test_an_aside_about_the_group_keeps_the_third_person(source: str) -> None:
    assert not said(source, SectionKind.EXCLUSION).startswith(("You", "If you"))


def test_a_list_of_a_womans_states_keeps_its_own_wording() -> None:
    # NCT02766530 (Chia): the aside's "should be" is no verb of the women's (session 61), so the subject rules say
    # the list of states as the sentence without its aside gets it, each state with its own "who is"
    assert said(
        "Women who are pregnant or who are planning to be pregnant, or who are lactating (though the possibility in "
        "our target population should be very low)",
        SectionKind.EXCLUSION,
    ) == (
        "You are a woman who is pregnant or who is planning to be pregnant, or who is breastfeeding. Though the "
        "possibility in our target population should be very low."
    )
