"""Planted error key_word_dropped (session 50, checks30): never inside a gloss in brackets, whose plain words before it
still say the word ("a transplant from a donor (allogeneic)" without "allogeneic" has lost nothing); outside one it
is still planted and caught, "oral" before tablets among them."""

from __future__ import annotations

import random

from evals.cases import CaseBullet, CaseSource, EvalCase, case_errors
from evals.mutations_terms import key_word_dropped
from translator.criteria import SectionKind


def _case(source: str, bullet: str) -> EvalCase:
    kind = SectionKind.EXCLUSION
    return EvalCase(case_id="T:1", nct_id="NCT00000000", origin="test",
                    sources=[CaseSource(id="E1", kind=kind, text=source)],
                    bullets=[CaseBullet(text=bullet, source_ids=["E1"], kind=kind)])


def test_a_key_word_in_a_gloss_is_not_dropped() -> None:
    # NCT02194374, NCT02516202 (paraphrases): the gloss repeats what the plain words say
    for source, bullet in [
        ("Prior allogeneic hematopoietic stem-cell transplantation", "You have had a stem cell transplant from a donor "
         "(allogeneic)."),
        ("surgical menopause (bilateral oophorectomy)", "You went through menopause because of surgery that removed "
         "both ovaries (bilateral oophorectomy)."),
    ]:
        assert case_errors(_case(source, bullet)) == []
        assert key_word_dropped(_case(source, bullet), random.Random(0)) is None


def test_oral_before_tablets_is_dropped_and_caught() -> None:
    # NCT02605174 E4
    source = ("Known hypersensitivity to lasmiditan or to any excipient of lasmiditan oral tablets, or any sensitivity "
              "to lasmiditan.")
    faithful = _case(source, "You have a known allergy to lasmiditan or to any excipient of lasmiditan oral tablets, "
                             "or any sensitivity to lasmiditan.")
    assert case_errors(faithful) == []
    mutated = key_word_dropped(faithful, random.Random(0))
    assert mutated is not None and "lasmiditan tablets" in mutated.bullets[0].text
    assert any(f.check == "content_missing" for f in case_errors(mutated))
