"""Bullets that say none of their criterion's words (translator.fidelity_empty): what the rule is about is gone,
though the run of lost words is short. The faithful wording passes; a criterion with one content word outside its
facts is not read so."""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from tests.translator.test_offline import said
from translator.criteria import SectionKind

ENDOSCOPY = "Patients for whom endoscopic techniques are contraindicated"
OTHER = "Other protocol-defined inclusion/exclusion criteria applied to this study."


@pytest.mark.parametrize(("source", "faithful", "hollow", "kind"), [
    # NCT01774019 E7 (Chia's planted clause_dropped on the offline bullet)
    (ENDOSCOPY, "In your case, endoscopic techniques are contraindicated.", "In your case.", EXC),
    # NCT00289978 E3 (paraphrase119)
    (OTHER, "Other inclusion and exclusion rules set out in the study protocol also apply.", "Other inclusion.", EXC),
])
def test_a_hollow_bullet_is_found(source: str, faithful: str, hollow: str, kind: SectionKind) -> None:
    assert checks(source, faithful, kind) == []
    assert "content_missing" in checks(source, hollow, kind)


def test_the_offline_bullets_keep_their_words() -> None:
    assert said(ENDOSCOPY, EXC) == "In your case, endoscopic techniques are contraindicated."
    assert said(OTHER, INC) == "Other rules in the study plan about who can join applied to this study."


def test_one_word_besides_the_facts_is_not_read_as_lost() -> None:
    # "population" is the only content word outside "older than 18 years"
    assert checks("Female population older than 18 years.", "You are female and over 18 years old.", INC) == []
