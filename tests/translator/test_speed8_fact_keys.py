"""Fact.key is kept per set of fields (bounded): a copy with other fields gets its own key, never a stale one."""

from __future__ import annotations

from translator.facts import Comparator, Fact, FactKind, _known_key, extract_facts


def _fact(**fields: object) -> Fact:
    base: dict[str, object] = {"kind": FactKind.VALUE, "start": 0, "end": 4, "text": "≥ 18",
                               "comparator": Comparator.GE, "low": 18.0, "unit": "year"}
    return Fact(**{**base, **fields})


def test_key_is_the_fields_normalised_form() -> None:
    assert _fact().key == "value|>=|18||year||"
    assert _fact(label="positive").key == "value|>=|18||year|||positive"
    assert _fact(kind=FactKind.NEGATION, cue="no").key == "negation"


def test_a_copy_with_an_update_gets_its_own_key() -> None:
    fact = _fact()
    assert fact.key == "value|>=|18||year||"
    copy = fact.model_copy(update={"comparator": Comparator.LE, "low": None, "high": 18.0})
    assert copy.key == "value|<=||18|year||"
    assert fact.key == "value|>=|18||year||"


def test_minus_zero_is_written_as_before() -> None:
    assert _fact(low=0.0).key == "value|>=|0||year||"
    assert _fact(low=-0.0).key == "value|>=|-0||year||"
    assert _fact(low=0.0).key == "value|>=|0||year||"


def test_the_kept_keys_are_bounded() -> None:
    maxsize = _known_key.cache_info().maxsize
    assert maxsize is not None and maxsize > 0
    for n in range(maxsize + 10):
        assert _fact(low=float(n) + 0.5).key == f"value|>=|{n + 0.5:.15g}||year||"
    assert _known_key.cache_info().currsize <= maxsize


def test_keys_of_extracted_facts_are_unchanged() -> None:
    facts = extract_facts("Age ≥ 18 years, creatinine < 1.5 x ULN within 28 days before randomization")
    assert [f.key for f in facts] == [f.key for f in facts]  # kept or made afresh, the same text
    assert "value|>=|18||year||" in [f.key for f in facts]
