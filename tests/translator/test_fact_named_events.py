"""Misreads that hand-written paraphrases exposed (evals/data/paraphrases.jsonl cases 250-272): a scale's
name in square brackets, a bullet sign for the decimal point of body surface, and diagnosis named by a
clause ("since your cancer was diagnosed") or after a disease name ("before Si-NEN diagnosis")."""

from __future__ import annotations

import pytest

from tests.translator.test_fact_leftovers import criterion, judge, keys
from translator.fidelity import errors


def test_named_classification_in_square_brackets_counts_classes() -> None:
    text = criterion("NCT01785420", "functional classification of")
    assert "value|>=|3||class||" in keys(text)
    assert not errors(judge(text, text.replace("functional classification of ≥3", "functional class 3 or higher")))
    assert errors(judge(text, text.replace("functional classification of ≥3", "functional class 2 or higher")))


def test_bullet_sign_as_decimal_point_of_body_surface() -> None:
    text = criterion("NCT06060392", "1•73")
    assert "value|<||45|mL/min/1.73m2||" in keys(text)
    assert not errors(judge(text, text.replace("1•73", "1.73")))
    assert errors(judge(text, text.replace("<45", "<60")))


@pytest.mark.parametrize(
    ("nct_id", "needle", "bullet"),
    [
        ("NCT02376985", "since diagnosis", "Since your metastatic or recurrent breast cancer was diagnosed, you may "
         "have had any number of chemotherapy (anti-cancer drug) treatments."),
        ("NCT04780737", "before Si-NEN diagnosis", "Before your small intestine neuroendocrine tumor (Si-NEN) was "
         "diagnosed, you had never had biliary stone disease or an operation to remove your gallbladder."),
    ],
)
def test_diagnosis_named_by_a_clause_is_the_diagnosis(nct_id: str, needle: str, bullet: str) -> None:
    text = criterion(nct_id, needle)
    assert not errors(judge(text, bullet))
    # The event still counts: another event, or the other side of it, is a change.
    assert errors(judge(text, bullet.replace("was diagnosed", "was treated")))
    assert errors(judge(text, bullet.replace("Since", "Until").replace("Before", "After")))
