"""`describe_fact`: the prompt tells the model, for every fact the checks compare, what it must keep, in words."""

from __future__ import annotations

import pytest

from tests.corpus import corpus_records
from translator.facts import FactKind, extract_facts
from translator.llm_prompt import describe_fact


def _meanings(text: str) -> list[str]:
    return [describe_fact(f) for f in extract_facts(text)]


@pytest.mark.parametrize(("text", "meaning"), [
    ("aged 18 or older", "age at least 18 years"),
    ("within 28 days prior to randomization", "time window at most 28 days before randomization"),
    ("prior therapy", "time window in the past (before now)"),
    ("≥ CTCAE Grade 2", "value at least grade 2 on the CTCAE scale"),
    ("Stage IB or higher", "value at least stage 1B"),
    # A bound before a range: the label says which, and both numbers stay.
    ("At least 4-6 weeks since prior chemotherapy", "time window between 4 and 6 weeks since - one bound said before "
     "a range (\"At least 4-6 weeks since\": at least somewhere from 4 to 6); keep the bound word and both numbers"),
    ("up to 3-4 weeks", "value between 3 and 4 weeks - one bound said before a range (\"up to 3-4 weeks\": at most "
     "somewhere from 3 to 4); keep the bound word and both numbers"),
    ("less than 1/3 of the liver", "value less than fraction 1/3 - one fraction, not a range; keep it as 1/3"),
    ("Few or no medical problems", "amount \"little or none\" - keep \"little or no\" (or \"few or no\"); without "
     "its \"no\" it says the opposite"),
    ("negative pregnancy test", "value \"negative\" - a level or result with no number; keep this word or one that "
     "means the same"),
    ("in Cohort 3", "cohort 3 - the part of the study this applies to; keep its number"),
    ("0-1-6 month schedule", "schedule at 0-1-6 month - keep every time point"),
    ("except basal cell carcinoma", "exception (except) - the item makes an exception here; keep it as an exception"),
])
def test_a_fact_is_described_in_words(text: str, meaning: str) -> None:
    assert meaning in _meanings(text)


@pytest.mark.parametrize(("text", "name"), [("prior MK-3475", "MK-3475"), ("WHO 2008 criteria", "WHO 2008"),
                                             ("per RECIST 1.1", "RECIST 1.1"), ("CTCAE v5.0", "CTCAE v5.0")])
def test_a_code_or_name_is_kept_as_written(text: str, name: str) -> None:
    meaning = _meanings(text)[-1]
    assert meaning.startswith(f"name or code \"{name}\" - keep it exactly as written")


def test_every_fact_of_the_corpus_has_a_meaning_that_says_its_number_or_label() -> None:
    # The model reads only the meaning: "value exactly ? code" or a bare "value" told it nothing to keep.
    seen = 0
    for record in corpus_records()[:250]:
        criteria = record["protocolSection"].get("eligibilityModule", {}).get("eligibilityCriteria", "")
        for line in filter(None, (line.strip() for line in criteria.splitlines())):
            for fact in extract_facts(line):
                meaning = describe_fact(fact)
                seen += 1
                assert "?" not in meaning, (line, fact.key, meaning)
                if fact.kind is not FactKind.NEGATION and fact.label:
                    assert fact.label in meaning or fact.text in meaning, (line, fact.key, meaning)
    assert seen > 1000
