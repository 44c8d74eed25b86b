"""A topic heading with one item under it is one bullet citing both (translator.topic_bullets); a heading over a
list, a lead-in and a heading whose item heads a list of its own keep their bullets."""

from __future__ import annotations

from functools import cache

from tests.corpus import corpus_by_id, criteria_text
from tests.translator.test_offline import backend
from translator.fidelity import check, errors
from translator.outline import parse_criteria
from translator.pipeline import Translator
from translator.translation import Translation


@cache
def translated(nct_id: str) -> Translation:
    return Translator(backend()).translate(parse_criteria(criteria_text(corpus_by_id()[nct_id])))


def bullets(nct_id: str) -> dict[str, tuple[list[str], str]]:
    """Each bullet by its first cited id: (cited ids, text)."""
    return {b.source_ids[0]: (b.source_ids, b.text) for s in translated(nct_id).sections for b in s.bullets}


def test_a_topic_and_its_one_item_are_one_bullet() -> None:
    said = bullets("NCT00002475")  # an NCI PDQ record: a heading per topic of its template
    assert said["I5"] == (["I5", "I5.1"], "Age: You are 18 and over.")
    assert said["I4"] == (["I4", "I4.1"], "Hormone receptor status: There is no requirement.")
    heart = "Heart and blood vessel: You have no prior or concurrent significant heart and blood vessel disease."
    assert said["I13"] == (["I13", "I13.1"], heart)
    # two items under a heading are a list: the heading stays a bullet of its own
    assert said["I8"] == (["I8"], "Performance status:")
    assert said["I8.1"][0] == ["I8.1"]
    assert "I5.1" not in said


def test_joined_bullets_keep_every_criterion_covered_and_checked() -> None:
    doc = parse_criteria(criteria_text(corpus_by_id()["NCT00002475"]))
    translation = translated("NCT00002475")
    assert not errors(check(doc, translation))
    cited = {i for s in translation.sections for b in s.bullets for i in b.source_ids}
    assert cited == {c.id for c in doc.criteria}
