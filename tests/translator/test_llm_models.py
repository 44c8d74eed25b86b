"""The LLM response model: its validators raise on unfaithful answers so instructor asks again."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from translator.backend import CriterionRequest, RequestItem
from translator.criteria import Logic, SectionKind
from translator.llm_models import REASK_HINTS, PlainRendering, fidelity_errors, validation_context

REQUEST = CriterionRequest(
    kind=SectionKind.EXCLUSION,
    items=[
        RequestItem(ref="1", text="Any of the following:", logic=Logic.ANY),
        RequestItem(ref="1.1", text="Platelets < 100,000/mm3"),
        RequestItem(ref="1.2", text="No prior therapy within 4 weeks"),
    ],
)
FAITHFUL: dict[str, list[dict[str, object]]] = {
    "bullets": [
        {"text": "You have any of these:", "refs": ["1"]},
        {"text": "Your platelet count is less than 100,000/mm3.", "refs": ["1.1"]},
        {
            "text": "You have had no therapy in the last 4 weeks.",
            "refs": ["1.2"],
            "definitions": [{"term": "therapy", "plain": "Medicine or care for your illness."}],
        },
    ]
}


def changed(index: int, **fields: object) -> dict[str, object]:
    bullets = [dict(b) for b in FAITHFUL["bullets"]]
    bullets[index].update(fields)
    return {"bullets": bullets}


def test_validate_accepts_faithful_answer() -> None:
    answer = PlainRendering.model_validate(FAITHFUL, context=validation_context(REQUEST))
    rendering = answer.to_rendering()
    assert [b.depth for b in rendering.bullets] == [0, 1, 1]
    assert rendering.bullets[2].definitions[0].term == "therapy"
    assert rendering.usage.calls == 0 and rendering.flags == []


@pytest.mark.parametrize(
    ("answer", "checks"),
    [
        (changed(1, text="Your platelet count is less than 150,000/mm3."), {"fact_changed"}),
        (changed(1, text="Your platelet count is more than 100,000/mm3."), {"fact_changed"}),  # comparator
        (changed(2, text="You have had no therapy in the last 6 weeks."), {"fact_changed"}),  # time window
        (changed(2, text="You have had therapy in the last 4 weeks."), {"negation_dropped"}),
        (changed(0, text="You do not have any of these:"), {"negation_added"}),
        (changed(1, text="Your platelet count is less than 100,000/mm3 and you weigh 50 kg."), {"fact_invented"}),
        (changed(2, refs=["1.3"]), {"unknown_source", "criterion_missing"}),
        (changed(1, refs=["1"]), {"criterion_missing", "fact_invented"}),  # 1.1 uncovered, its number now under 1
    ],
    ids=["number", "comparator", "window", "negation-dropped", "negation-added", "invented", "unknown-ref",
         "uncovered"],
)
def test_validate_raises_with_every_error_message_when_answer_unfaithful(
    answer: dict[str, object], checks: set[str]
) -> None:
    errors = fidelity_errors(REQUEST, PlainRendering.model_validate(answer).to_rendering())
    assert {error.check for error in errors} == checks
    with pytest.raises(ValidationError) as caught:
        PlainRendering.model_validate(answer, context=validation_context(REQUEST))
    assert "Fix these and answer again" in str(caught.value)
    for error in errors:
        assert error.message in str(caught.value)
        assert REASK_HINTS[error.check] in str(caught.value)


def test_validate_checks_shape_only_when_no_request_in_context() -> None:
    assert PlainRendering.model_validate(changed(2, refs=["9"])).bullets[2].refs == ["9"]
    with pytest.raises(ValidationError):
        PlainRendering.model_validate({"bullets": [{"text": "x", "refs": []}]})
    with pytest.raises(ValidationError):
        PlainRendering.model_validate({"bullets": []})


def test_json_schema_describes_every_field_for_the_model() -> None:
    schema = PlainRendering.model_json_schema()
    bullet = schema["$defs"]["PlainBullet"]["properties"]
    assert all("description" in bullet[name] for name in ("text", "refs", "definitions"))
    assert "description" in schema["properties"]["bullets"]
