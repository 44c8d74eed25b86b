"""Study records of odd but valid JSON: a real record with a few fields set to other JSON values (nulls, wrong
types in nested modules, huge numbers, ages like "N/A", "18 Years 6 Months", "0.5 Years") or removed.

Reading gives a Study or a RecordError naming the field, never another exception; a Study read this way is
summarised, checked against its criteria and translated without raising.
"""

from __future__ import annotations

import copy
import json
import random
from functools import cache
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.corpus import corpus_records
from translator.errors import RecordError
from translator.fidelity import check
from translator.offline import OfflineBackend
from translator.outline import parse_criteria
from translator.pipeline import Translator
from translator.records import Study
from translator.structured import structured_findings
from translator.summary import summarize

_AGES = ["N/A", "18 Years 6 Months", "0.5 Years", "18", "", " ", "9" * 40 + " Years", "9" * 400 + " Years",
         "1e400 Years", "٣ Years", "１８ Years", "18\u00a0Years", "18 years."]  # fmt: skip
_STRINGS = [*_AGES, "NCT1234567", "NCT00000001", "2021-13-45", "RECRUITING", "Inclusion Criteria:\n\n* Adults",
            "x" * 300, "ALL", "female", "PHASE2", "\u202e", "；（）"]  # fmt: skip
_LEAF = st.one_of(
    st.none(), st.booleans(), st.integers(-(10**30), 10**30), st.just(10**400),
    st.floats(allow_nan=False, allow_infinity=False), st.sampled_from(_STRINGS), st.text(max_size=12),
)  # fmt: skip
JSON_VALUES = st.recursive(
    _LEAF,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.sampled_from(["date", "type", "count", "name", "class", "label", "x"]), inner, max_size=3),
    ),
    max_leaves=6,
)


@cache
def sample_records() -> tuple[dict[str, Any], ...]:
    return tuple(random.Random(3).sample(corpus_records(), 40))


def _paths(node: object, prefix: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    found = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node[:2]):
            found += _paths(value, (*prefix, index))
    return found


@st.composite
def odd_records(draw: st.DrawFn) -> dict[str, Any]:
    record = copy.deepcopy(draw(st.sampled_from(sample_records())))
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(_paths(record)))
        parent: Any = record
        for key in path[:-1]:
            parent = parent[key]
        if isinstance(parent, dict) and draw(st.booleans()):
            del parent[path[-1]]
        else:
            parent[path[-1]] = draw(JSON_VALUES)
        if not isinstance(record, dict) or not record:
            break
    # As a file gives it: JSON text parsed again.
    parsed: dict[str, Any] = json.loads(json.dumps(record))
    return parsed


@cache
def translator() -> Translator:
    return Translator(OfflineBackend())


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(odd_records())
def test_an_odd_record_reads_as_a_study_or_an_error_naming_its_field(record: dict[str, Any]) -> None:
    try:
        study = Study.from_ctgov(record, source="odd.jsonl", line=1)
    except RecordError as error:
        assert error.field, error  # every such record is an object: the error says which field is wrong
        assert "pydantic" not in str(error) and "set_int_max_str_digits" not in str(error)
        return
    summarize(study)
    doc = parse_criteria(study.eligibility.criteria)
    structured_findings(doc, study)
    check(doc, translator().translate(doc, nct_id=study.nct_id, study=study), study)
