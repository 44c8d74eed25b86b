"""A topic label before a sentence with no subject: the sentence is the reader's (offline_topic_labels)."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INC = SectionKind.INCLUSION


@pytest.mark.parametrize(
    ("text", "bullet"),
    [
        (
            "Organ Function: Must have adequate organ and marrow function",
            "Organ Function: You must have good enough organ and marrow function.",
        ),
        (
            "Informed Consent: Able to give written informed consent prior to participation in the study",
            "Informed Consent: You can give written informed consent before taking part in the study.",
        ),
        (
            "Part I only: willing to follow high potassium/low sodium diet for the duration of the study",
            "Part I only: You are willing to follow high potassium/low sodium diet for the length of the study.",
        ),
        (
            "Rectal Tissue Subset only: Willing to abstain from receptive anal intercourse",
            "Rectal Tissue Subset only: You are willing to abstain from receptive anal intercourse.",
        ),
    ],
)
def test_the_sentence_after_a_topic_is_said_to_the_reader(text: str, bullet: str) -> None:
    assert said(text, INC) == bullet


@pytest.mark.parametrize(
    "text",
    [
        "Caffeine consumption: is more than 3 cans per day",  # "is" says what the topic is, not the reader
        "Re-entering patients: must not have had subsequent treatment for CTCL",  # a group, not a topic
        "Exceptions: Must have had prior surgery",  # an exception is no condition on the reader
        "Subject in Phase 2 only: must have measurable disease per RECIST 1.1.",
    ],
)
def test_a_label_that_is_no_topic_keeps_its_sentence(text: str) -> None:
    assert not said(text, INC).split(": ", 1)[1].startswith("You")
