"""Third-person subjects the subject rules used to leave, put to the reader (session 61): a verb of testing after
"who", a stage of illness or an age as the description, a "family history" (no other person), a plural complement
of candidates, a "who" clause's second verb before the duty, a verb inside a bracketed aside, and a judge said first
before a bare "patient" or "(un)likely". Real corpus text; the neighbouring wordings that must stay are asserted too."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INC, EXC = SectionKind.INCLUSION, SectionKind.EXCLUSION


@pytest.mark.parametrize(
    ("source", "kind", "plain"),
    [
        # NCT01738594: "test" is a verb the reader takes
        (
            "Patients who test positive for infectious hepatitis types A, B, or C within 14 days of registration are "
            "NOT eligible for participation",
            EXC,
            "If you test positive for infectious hepatitis types A, B, or C within 14 days of joining the study, you "
            "are NOT eligible for participation.",
        ),
        # Chia: the same verb, "are ineligible" kept
        (
            "Patients who test positive for HBsAg are ineligible",
            EXC,
            "If you test positive for hepatitis B surface antigen (HBsAg), you are ineligible.",
        ),
        # NCT02204982: a stage of the reader's illness
        (
            "Patients in first relapse must be chemoresistant or intolerant to chemotherapy",
            INC,
            "If you are in first relapse, you must be chemoresistant or intolerant to chemotherapy.",
        ),
        # NCT02275039: a family history is the reader's own, no second person
        (
            "Patients with a family history or Li-Fraumeni syndrome will not be eligible",
            EXC,
            "If you have a family history or Li-Fraumeni syndrome, you cannot take part.",
        ),
        # NCT00087451: one of the candidates
        (
            "Patients must be candidates for surgical resection or open biopsy of the tumor",
            INC,
            "You must be a candidate for surgical resection or open biopsy of the tumor.",
        ),
        # the "who" clause's second verb before the duty is the clause's
        (
            "Subjects who are sexually active and have not been surgically sterilized must agree to use a barrier "
            "method",
            INC,
            "If you are sexually active and have not been sterilized by surgery, you must agree to use a barrier "
            "method.",
        ),
        # Chia: the clause's second verb after "or already"
        (
            "Patients who require a central venous line to receive PN or already have a central venous line in place "
            "for other reasons",
            INC,
            "You need a central venous line to get PN or already have a central venous line in place for other "
            "reasons.",
        ),
        # NCT03257865: a verb in a bracketed aside is the aside's, not the subject's
        (
            "Participants with hypothyroidism or hyperthyroidism (unless condition has been stabilized with "
            "medications for at least the past 90 days) or an abnormal result for free thyroxine at screening.",
            EXC,
            "You have underactive thyroid or overactive thyroid (unless condition has been stabilized with medicines "
            "for at least the past 90 days) or an abnormal result for free thyroxine at screening.",
        ),
        # NCT02571777: the later sentence put to the reader too; "once" opens a clause whose "has" stays its own
        (
            "Patients may be re-screened once their candidiasis has been treated and has resolved.",
            INC,
            "You may be re-screened once your candidiasis has been treated and has resolved.",
        ),
        # an age that opens the description
        (
            "Patients 60 years of age and older must have a normal ECG within the past year.",
            INC,
            "If you are 60 years of age and older, you must have a normal electrocardiogram (ECG) within the past "
            "year.",
        ),
        # the judge first, then a bare "patient" or a word of likelihood
        (
            "In the opinion of the investigator, patient is known to be a steroid-responder.",
            INC,
            "You are known to be a steroid-responder. The study doctor decides this.",
        ),
        (
            "In the opinion of the investigator, unlikely to comply with protocol",
            EXC,
            "You are unlikely to follow protocol. The study doctor decides this.",
        ),
    ],
)
def test_subject_put_to_the_reader(source: str, kind: SectionKind, plain: str) -> None:
    assert said(source, kind) == plain


@pytest.mark.parametrize(
    ("source", "kind", "plain"),
    [
        # a family member is another person: the reader has one, as before
        ("Subjects with a family member with epilepsy", EXC, "You have a family member with epilepsy."),
        # plural people that are no one of them stay a single person's, as before
        ("Subjects must be males or females", INC, "You must be a male or female."),
        # a duty in a clause of its own is no main verb: the description stays the reader's
        (
            "Patients who have had X and have a response that must be confirmed",
            EXC,
            "You have had X and have a response that must be confirmed.",
        ),
        # a second verb of the clause that names people in the plural keeps the source's words
        (
            "Patients who have undergone hematopoietic stem cell transplantation (HSCT) or are candidates for planned "
            "HSCT",
            EXC,
            "Patients who have had hematopoietic stem cell transplantation (HSCT) or are candidates for planned HSCT",
        ),
        # the verdict after the clause's verbs is still the subject's
        (
            "Patients who received X or are receiving Y are not eligible",
            EXC,
            "If you received X or are getting Y, you cannot take part.",
        ),
        # a judge before a group stays the group's
        (
            "In the opinion of the investigator, patients are unlikely to comply",
            EXC,
            "In the study doctor's view, patients are unlikely to comply",
        ),
    ],
)
def test_neighbours_kept(source: str, kind: SectionKind, plain: str) -> None:
    assert said(source, kind) == plain
