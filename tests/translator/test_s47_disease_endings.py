"""A criterion that only names a disease the lexicon does not hold is put to the reader when the name's ending says it
is one ("Obstructive uropathy" → "You have obstructive uropathy."), and a one-word name loses the capital of the
criterion's start; everyday words with those endings are no disease."""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from tests.translator.test_offline import said
from translator.criteria import SectionKind


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        ("Obstructive uropathy", "You have obstructive uropathy."),
        ("Thyrotoxicosis", "You have thyrotoxicosis."),
        ("Myoma.", "You have myoma."),
        ("Restenosis", "You have restenosis."),
        ("Nephrolithiasis", "You have nephrolithiasis."),
        ("Epidural or subdural hematoma", "You have epidural or subdural hematoma."),
        # an adjective the case rules know as an ordinary word is lowered (words31); one they do not know keeps its
        # capital: it may be a name's ("Kaposi sarcoma")
        ("Constrictive pericarditis", "You have constrictive pericarditis."),
        ("Idiopathic Granulomatous Mastitis", "You have Idiopathic Granulomatous Mastitis."),
    ],
)
@pytest.mark.parametrize("kind", [SectionKind.INCLUSION, SectionKind.EXCLUSION])
def test_a_disease_named_by_its_ending_is_the_readers(source: str, plain: str, kind: SectionKind) -> None:
    assert said(source, kind) == plain
    assert checks(source, plain, kind) == []


@pytest.mark.parametrize("source", ["Diagnosis", "Prognosis", "Aroma", "Hypnosis", "Osteopathy", "Empathy",
                                    "Nonseminoma OR"])
def test_everyday_words_with_those_endings_stay(source: str) -> None:
    assert said(source, SectionKind.EXCLUSION) == source


def test_the_rules_guards_still_hold_for_such_names() -> None:
    # NCT00415610: a verb before the name, whose object the reader does not have
    ct = "CT scan demonstrates intraparenchymal hematoma with manual hematoma volume measurement less than 60 cc."
    assert not said(ct, SectionKind.EXCLUSION).startswith("You")
    # a negation, a time or a person in the criterion keeps the other rules' reading
    assert said("No history of pericarditis", SectionKind.EXCLUSION) != "You have no history of pericarditis."
    assert not said("Patients with uropathy", SectionKind.EXCLUSION).startswith("You have patients")
    assert said("Thyrotoxicosis in the past 6 months", SectionKind.EXCLUSION).startswith("You have had ")
    assert checks("Thyrotoxicosis", "You have thyrotoxicosis.", INC) == []


@pytest.mark.parametrize(
    ("source", "swapped"),
    [
        ("Obstructive uropathy", "You have obstructive nephropathy."),
        ("Constrictive pericarditis", "You have constrictive endocarditis."),
        ("Hemochromatosis", "You have hemosiderosis."),
        ("History of pancreatitis or cholangitis within 6 months", "You have had pancreatitis or colitis in the last 6 "
         "months."),
    ],
)
def test_a_disease_swapped_for_another_is_an_error(source: str, swapped: str) -> None:
    assert "content_missing" in checks(source, swapped, EXC)


@pytest.mark.parametrize(
    ("source", "faithful"),
    [
        ("Obstructive uropathy", "You have obstructive uropathy."),
        ("Hyperkalemia", "You have high potassium in the blood."),
        ("Demonstrate disease progression after antiandrogen withdrawal",
         "You show disease progression after antiandrogen withdrawal."),
        ("Known hemochromatosis", "You are known to have hemochromatosis."),
    ],
)
def test_the_name_or_its_wording_said_is_no_error(source: str, faithful: str) -> None:
    assert checks(source, faithful, EXC) == []
