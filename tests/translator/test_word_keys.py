"""Letters a case-blind pattern takes for ASCII ones ("ſ" for s, "İ" and "ı" for i): a word the rules matched
is looked up by its ASCII spelling, so the checks and the offline rules do not raise KeyError on it (found by
translating the corpus with these letters swapped in).
"""

from __future__ import annotations

from functools import cache

import pytest

from translator.backend import CriterionRequest, RenderedBullet, Rendering, RequestItem
from translator.criteria import SectionKind
from translator.fidelity import check, check_rendering, errors
from translator.offline import OfflineBackend
from translator.outline import parse_criteria
from translator.pipeline import Translator
from translator.word_keys import word_key


def test_word_key_spells_the_letters_a_pattern_takes_for_ascii_as_ascii() -> None:
    assert [word_key(w) for w in ["İs", "ıS", "haſ", "\u212ag", "Is"]] == ["is", "is", "has", "kg", "is"]
    assert "İs".lower() != "is"  # the reason: two letters for one


@pytest.mark.parametrize("text", [
    "Tobacco in excess of the equıvalent of 10 cigarettes per day",
    "Stable dose for 7 conſecutive days",
    "Stable dose for 7 consecutİve days",
])  # fmt: skip
def test_check_rendering_takes_a_qualifier_spelt_with_such_letters(text: str) -> None:
    # fidelity_qualifiers looked the qualifier up by text.lower(): KeyError 'equıvalent', 'conſecutive'
    request = CriterionRequest(kind=SectionKind.EXCLUSION, items=[RequestItem(ref="1", text=text)])
    assert errors(check_rendering(request, Rendering(bullets=[RenderedBullet(text=text, refs=["1"])]))) == []
    dropped = text.replace("equıvalent of ", "").replace("conſecutive ", "").replace("consecutİve ", "")
    found = check_rendering(request, Rendering(bullets=[RenderedBullet(text=dropped, refs=["1"])]))
    assert "fact_changed" in {f.check for f in errors(found)}  # the lost qualifier is still caught


@cache
def translator() -> Translator:
    return Translator(OfflineBackend())


@pytest.mark.parametrize("text", [
    "Participants wİth adenocarcinoma of the esophagus are excluded.",  # offline_exclusions: 'wi̇th'
    "Known hypersensıtıvıty to any component of the study drug",  # offline_plain_clauses
    "Patients who are pregnant or haſ a history of stroke",  # offline_person: 'haſ'
    "Subject who may experience or who iſ currently experiencing stress",  # offline_person: 'iſ'
    "Women of childbearing potential and male partıcıpants must agree to use contraception",  # offline_narrowed
])  # fmt: skip
def test_the_offline_rules_take_words_spelt_with_such_letters(text: str) -> None:
    doc = parse_criteria(f"Exclusion Criteria:\n\n* {text}")
    translation = translator().translate(doc)
    assert not [f.message for f in translation.flags if "rules failed" in f.message]
    assert errors(check(doc, translation)) == []
