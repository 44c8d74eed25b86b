"""Consent and refusal put to the reader (words16): a patient's refusal named with the source's word for the
reader (offline_noun_acts), a failure to give or sign consent (offline_noun_acts), and consent obtained "from the
patient" or "provided" (offline_reader_openings). Each rule has cases that change and near cases that must not."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INCLUSION = SectionKind.INCLUSION


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        ("Patient refusal to participate in study", "You refuse to take part in study."),
        ("Patient refusal to provide informed consent.", "You refuse to give informed consent."),
        ("Refusal of the patient to participate in the study.", "You refuse to take part in the study."),
        ("Refusal of the patient to participate into the study", "You refuse to participate into the study."),
    ],
)
def test_a_patients_refusal_to_act_is_the_readers(source: str, plain: str) -> None:
    assert said(source) == plain


@pytest.mark.parametrize(
    "source",
    [
        # no act a verb could carry (a bare "Patient refusal" is "Your refusal" since session 72: test_s72_you)
        "Patient refusal for supraclavicular block",
        # a second person named in the sentence: whose withdrawal is not said
        "Refusal of the patient to continue participating in the study/withdrawal of informed consent by the patient.",
        "Refusal of the person to participate (collection of information, second use of his sample)",
    ],
)
def test_a_refusal_without_an_act_or_with_others_keeps_its_words(source: str) -> None:
    assert not said(source).startswith("You")


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        ("Failure to provide informed consent", "You have not given informed consent."),
        ("Failure to provide consent", "You have not given consent."),
        ("Failure to give written informed consent.", "You have not given written informed consent."),
        ("Failure to sign the informed consent form", "You have not signed the informed consent form."),
    ],
)
def test_a_failure_to_give_consent_is_consent_not_given(source: str, plain: str) -> None:
    assert said(source) == plain


@pytest.mark.parametrize(
    "source",
    [
        "failure to gain consent of parents.",  # someone else's consent
        "Failure to provide informed consent or to comply with the protocol",  # more than consent
        "Failure to express informed consent in person.",
    ],
)
def test_a_failure_to_give_someone_elses_or_more_keeps_its_words(source: str) -> None:
    assert not said(source).startswith("You")


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            "Written informed consent obtained from the subject prior to performing any study specific procedure.",
            "You have given written informed consent before performing any study specific procedure.",
        ),
        ("Written informed consent obtained from the patient.", "You have given written informed consent."),
        ("Informed consent must be obtained from the patient.", "You must give informed consent."),
        # "provided" as "obtained": consent the reader gives
        ("Written informed consent must be provided.", "You must give written informed consent."),
        (
            "Written consent must be provided prior to study entry.",
            "You must give written consent before joining the study.",
        ),
    ],
)
def test_consent_obtained_from_the_patient_is_the_readers(source: str, plain: str) -> None:
    assert said(source, INCLUSION) == plain


@pytest.mark.parametrize(
    "source",
    [
        "Written informed consent obtained from patient or parents/guardian.",
        "Written informed consent obtained from the subject or subject's legal representative",
        "Written informed consent obtained from the parent or guardian of the subject.",
        "Written informed consent obtained from the patient/legal representative;",
        "Written informed consent provided by the parent",
        # a later sentence names someone else who may give it
        "Written informed consent obtained from the patient before starting any study-specific procedure. If any "
        "patient is unable to give consent, it may be obtained from the patient's legal representative if in "
        "accordance with local laws and regulations",
    ],
)
def test_consent_someone_else_may_give_keeps_its_words(source: str) -> None:
    assert not said(source, INCLUSION).startswith("You")
