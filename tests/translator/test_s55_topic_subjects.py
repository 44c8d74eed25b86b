"""A topic label before a sentence with its own subject: the topic kept, the sentence put to the reader (corpus)."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INC, EXC = SectionKind.INCLUSION, SectionKind.EXCLUSION


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # NCT02924688: the topic was read as the reader's condition ("You have concurrent respiratory disorders:
        # Subjects with …"), the sentence after it left in the third person
        (
            "Concurrent respiratory disorders: Subjects with current evidence of pneumonia, active tuberculosis, lung "
            "cancer, significant bronchiectasis, sarcoidosis, lung fibrosis, pulmonary hypertension, interstitial "
            "lung diseases or other active pulmonary diseases or abnormalities other than asthma.",
            EXC,
            "Concurrent respiratory disorders: You have current signs of pneumonia, active tuberculosis, lung cancer, "
            "significant bronchiectasis, sarcoidosis, lung fibrosis, pulmonary hypertension, interstitial lung "
            "diseases or other active pulmonary diseases or abnormalities other than asthma.",
        ),
        # NCT02207829: "Age:" before a subject of its own
        (
            "Age: Subjects 40 years of age or older at Visit 1.",
            INC,
            "Age: You are 40 years of age or older at Visit 1.",
        ),
        # NCT04250064
        (
            "Age: Patient must be 3 to 18 years of age at the time of diagnosis.",
            INC,
            "Age: You must be 3 to 18 years old at diagnosis.",
        ),
    ],
)
def test_the_topic_stays_and_its_sentence_is_the_readers(text: str, kind: SectionKind, expected: str) -> None:
    assert said(text, kind) == expected


def test_a_lead_in_before_a_subject_is_no_topic() -> None:
    # NCT02403271: "… except as follows:" opens the exception; the history before it is still the reader's
    text = (
        "A history of CNS involvement except as follows: Subjects with previously treated CNS metastases that are "
        "adequately treated with whole brain radiotherapy, that are neurologically stable."
    )
    assert said(text, EXC).startswith("You have had central nervous system (CNS) involvement except as follows:")


def test_a_bare_age_label_keeps_its_own_rule() -> None:
    assert said("Age: >= 18 years", INC) == "You are 18 years or older."


def test_a_label_before_a_lower_case_group_is_read_as_before() -> None:
    # NCT02050009: "patients using …" in lower case defines the label's words; the person rules' reading stays
    text = "Current alcohol abuse: patients using more than 1 standard unit of alcohol per day for the past 30 days"
    assert said(text, EXC).startswith("You have current alcohol abuse: patients using")
