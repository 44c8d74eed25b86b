"""The reader beside whoever acts for them ("Patients or their legal representative must …"), and a sex label
before "WHO" (the organisation), put to the reader.

Each case is a corpus or Chia criterion that kept "Patients"/"Subject" before; the bullet must say exactly what the
source says (the join word, the verb, the person who acts for the reader), and a sentence that names them again
keeps its words.
"""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.offline_reader_representatives import representative_edits

INC, EXC = SectionKind.INCLUSION, SectionKind.EXCLUSION


@pytest.mark.parametrize(
    ("source", "kind", "plain"),
    [
        (
            "Patients or their legally authorized representative must provide written informed consent.",
            INC,
            "You or your legally authorized representative must give written informed consent.",
        ),
        (
            "Patients (or legally acceptable representative) must have voluntarily given written informed consent to "
            "participate in this study.",
            INC,
            "You (or your legally acceptable representative) must have voluntarily given written informed consent to "
            "take part in this study.",
        ),
        (
            "Subject or the subject's legal representative is willing and able to understand and provide signed and "
            "dated written informed consent prior to screening.",
            INC,
            "You or your legal representative is willing and able to understand and give signed and dated written "
            "informed consent before screening.",
        ),
        # no verb: "is" for one person joined by "or", "are" for "and", "and/or" or several
        ("Patient or caregiver unwilling or unable to provide informed consent", EXC,
         "You or your caregiver is unwilling or unable to give informed consent."),
        ("Patient and caregiver willing and able to participate in all study-related procedures", INC,
         "You and your caregiver are willing and able to take part in all study-related procedures."),
        ("Participant and/or parent/legal guardian willing and able to give informed consent for participation in "
         "the study.", INC,
         "You and/or your parent/legal guardian are willing and able to give informed consent for taking part in the "
         "study."),
        # "who are" loses its "who" with the subject
        ("Patients or caregivers who are unwilling or unable to abide by the visit schedule and other requirements "
         "of the study.", EXC,
         "You or your caregivers are unwilling or unable to abide by the visit schedule and other requirements of the "
         "study."),
        # "WHO" is the organisation, no person described after the label
        ("Female or male patients ≥18 years with WHO performance status ≤ 1", INC,
         "You are female or male and 18 years or older with World Health Organization (WHO) performance status 1 or "
         "less."),
    ],
)
def test_said_to_the_reader(source: str, kind: SectionKind, plain: str) -> None:
    assert said(source, kind) == plain


@pytest.mark.parametrize(
    "source",
    [
        # "they" would stand for both, or either
        "Subject and their legal guardian(s) understand that they must comply with study medication.",
        # the subject named again
        "Subject or their patient or guardian is capable of understanding the investigational nature of the study",
        # a second sentence
        "Patients or their legal representative must sign consent. Patients must be 18 years or older.",
        # someone who does not act for the reader
        "Patients or their partners must use birth control.",
    ],
)
def test_left_alone(source: str) -> None:
    assert representative_edits(source) == []
