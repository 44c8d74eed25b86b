"""checks24: the planted "clause_dropped" leaves out a list item, not words of a name, function words alone, the
bullet's verdict, a lead-in, the next sentence or half of a lexicon wording (evals.mutations_clauses)."""

from __future__ import annotations

import random

import pytest

from evals.mutations import MUTATIONS
from tests.evals.test_mutations import EXC, INC, _case


def _planted(source: str, bullet: str, kind: str = "exclusion") -> set[str]:
    case = _case([("E1", EXC if kind == "exclusion" else INC, source, bullet)])
    texts = set()
    for seed in range(40):
        mutated = MUTATIONS["clause_dropped"](case, random.Random(seed))
        if mutated is not None:
            texts.add(mutated.bullets[0].text)
    return texts


@pytest.mark.parametrize(("source", "bullet", "never"), [
    # NCT02225639 I2: words of a name
    ("Diagnosis of ADHD according to the Diagnostic and Statistical Manual of Mental Disorders, or autism",
     "You have ADHD, as set by the Diagnostic and Statistical Manual of Mental Disorders, or autism.",
     "You have ADHD, as set by the Diagnostic, or autism."),
    # half of a lexicon wording: "cardiovascular" said as "heart and blood vessel"
    ("History of cardiovascular disease, malignant cancer, diabetes or kidney disease",
     "You have had heart and blood vessel disease, cancer, diabetes or kidney disease.",
     "You have had heart disease, cancer, diabetes or kidney disease."),
    # function words alone
    ("Active heart disease, or lung fibrosis; and",
     "You have active heart disease, or lung fibrosis; and", "You have active heart disease, or "
     "lung fibrosis"),
])
def test_what_is_no_list_item_is_never_planted(source: str, bullet: str, never: str) -> None:
    planted = _planted(source, bullet)
    assert planted and never not in planted


def test_an_item_ends_with_its_sentence() -> None:
    planted = _planted("Women who are pregnant or breastfeeding. In addition, men with pregnant partners",
                       "You are pregnant or breastfeeding. In addition, you are a man with a pregnant partner.")
    assert "You are pregnant. In addition, you are a man with a pregnant partner." in planted
    assert not any(text.startswith("You are pregnant, you are") for text in planted)
