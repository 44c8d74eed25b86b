"""Noun phrases put to the reader (session 49, words29): "pre-existing" in the present, an article before a flare-up,
"chronic use" before examples, and an "Any" exclusion whose clause names the reader as "patient's"."""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, checks
from tests.translator.test_offline import said


@pytest.mark.parametrize(
    ("source", "bullet"),
    [
        # NCT00610792, NCT00640315, NCT00260741: "pre-existing" says it was there and still is ("have", not "have had")
        ("Pre-existing peripheral neuropathy > Grade 1",
         "You have pre-existing peripheral neuropathy grade higher than 1."),
        ("Pre-existing neuropathy", "You have pre-existing nerve damage."),
        ("Pre-existing lung disease other than COPD,",
         "You have pre-existing lung disease other than chronic obstructive pulmonary disease (COPD)."),
        # NCT00260741, NCT00640315, NCT00527826: a flare-up is one countable thing
        ("Exacerbation of MS within 30 days prior to screenin visit",
         "You have had a flare-up of multiple sclerosis (MS) within 30 days before screenin visit."),
        ("Acute exacerbation of COPD,", "You have an acute flare-up of chronic obstructive pulmonary disease (COPD)."),
        ("Moderate or severe COPD exacerbation (requiring corticosteroids or increased dosage of corticosteroids "
         "and/or antibiotics or hospitalization) within the 4 weeks prior to Visit 1",
         "You have had a moderate or severe COPD flare-up (needing corticosteroids or increased dosage of "
         "corticosteroids and/or antibiotics or hospital stay) in the 4 weeks before Visit 1."),
        # NCT00519636: "chronic" kept, as the use's adverb, before the examples
        ("Chronic use of long-acting beta-agonists (e.g., salmeterol)",
         "You use long-acting beta-agonists chronically. For example, salmeterol."),
        # NCT00334282, NCT00558103, NCT01294592: "patient's safety" is the reader's
        ("Any serious and/or unstable pre-existing medical, psychiatric, or other condition that could interfere with "
         "patient's safety",
         "You have any serious and/or unstable pre-existing medical, mental health, or other condition that could get "
         "in the way of your safety."),
    ],
)
def test_noun_phrases_read_as_sentences(source: str, bullet: str) -> None:
    assert said(source, EXC) == bullet


def test_someone_elses_possessive_keeps_the_words() -> None:
    assert said("Any infection in a family member's household", EXC) == "Any infection in a family member's household"


def test_the_present_tense_of_pre_existing_passes_the_checks() -> None:
    # (the checks do not yet see "pre-existing" dropped: "You have nerve damage." passes too; noted for the checks)
    assert checks("Pre-existing neuropathy", "You have pre-existing nerve damage.", EXC) == []
