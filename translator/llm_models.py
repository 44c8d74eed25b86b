"""What the LLM must answer: pydantic models whose descriptions are written for the model.

The validators RAISE on an unfaithful answer (instructor then asks again with the error text),
unlike instructor's `CitationMixin`, which silently drops what it cannot find. The request the
answer is checked against comes from the validation context (`{"request": CriterionRequest}`,
see `validation_context`) or, on the live path, from `validating_against(request)`: a context
variable, because instructor renders every chat message as a Jinja template whenever a `context=`
is passed, which costs ~10 ms of CPU per call and would rewrite any "{{" in a criterion. Context
variables follow the call into instructor's validation in the same thread or asyncio task.
Without a request only the shape is checked.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, Self

from pydantic import BaseModel, Field, ValidationInfo, model_validator

from translator.backend import CriterionRequest, RenderedBullet, Rendering
from translator.fidelity import check_rendering
from translator.findings import Finding, Severity
from translator.translation import Definition

CONTEXT_KEY = "request"

# What to do about each kind of error, said once per kind after the findings (the findings name
# items by their refs, so the model can find what to fix).
REASK_HINTS = {
    "unsourced_bullet": "Every bullet must cite the refs of the items it renders.",
    "unknown_source": "Cite only refs that are in the request.",
    "criterion_missing": "Write a bullet for every item, citing its ref.",
    "fact_missing": "Keep every number, comparator, unit and time window of an item in the bullets citing it.",
    "fact_changed": "Keep numbers, comparators, units and time windows exactly as the item states them.",
    "fact_invented": "Add no number, unit or time window the cited items do not have; explanations go in definitions.",
    "negation_dropped": "Keep every negation ('no', 'not', 'without'…) so the meaning does not flip.",
    "negation_added": "Add no negation the item does not have.",
    "polarity_flipped": "Keep the criterion in its own section.",
}
_REQUEST: ContextVar[CriterionRequest | None] = ContextVar("trialplain_llm_request", default=None)


class PlainDefinition(BaseModel):
    """A short explanation of a medical term used in a bullet."""

    term: str = Field(description="The term exactly as it appears in your bullet, e.g. 'ECOG' or 'biopsy'.")
    plain: str = Field(
        description="What the term means, in one short plain sentence. It may not add conditions or numbers."
    )


class PlainBullet(BaseModel):
    """One plain-English bullet rendering one item (or a few items that only make sense together)."""

    text: str = Field(
        min_length=1,
        description=(
            "One or two short plain-English sentences in the second person ('You are…', 'You have had…'). "
            "Keep every number, comparator, unit, time window and negation of the items it renders; add nothing."
        ),
    )
    refs: list[str] = Field(
        min_length=1,
        description="The refs of the items this bullet renders, e.g. ['1'] or ['1.2']. Only refs from the request.",
    )
    definitions: list[PlainDefinition] = Field(
        default_factory=list,
        description="Explanations of hard medical terms used in `text`. Explanations go here, never in `text`.",
    )


class PlainRendering(BaseModel):
    """Plain-English bullets for one clinical-trial eligibility criterion and its sub-items."""

    bullets: list[PlainBullet] = Field(
        min_length=1,
        description="The bullets in the order of the items; together they must cite every item at least once.",
    )

    @model_validator(mode="after")
    def _faithful_to_request(self, info: ValidationInfo) -> Self:
        request = request_from(info.context)
        if request is None:
            return self
        errors = fidelity_errors(request, self.to_rendering())
        if errors:
            raise ValueError(reask_text(errors))
        return self

    def to_rendering(self) -> Rendering:
        """The backend-neutral Rendering (usage and flags are added by the caller)."""
        return Rendering(
            bullets=[
                RenderedBullet(
                    text=bullet.text.strip(),
                    refs=list(bullet.refs),
                    definitions=[Definition(term=d.term, plain=d.plain) for d in bullet.definitions],
                    depth=min(ref.count(".") for ref in bullet.refs),
                )
                for bullet in self.bullets
            ]
        )


def fidelity_errors(request: CriterionRequest, rendering: Rendering) -> list[Finding]:
    """The error findings that make the model answer again (their messages are sent to it)."""
    return [f for f in check_rendering(request, rendering) if f.severity is Severity.ERROR]


def reask_text(errors: list[Finding]) -> str:
    """The error text instructor sends back: every finding, then what to do about each kind once."""
    listed = "\n".join(f"- {finding.message}" for finding in errors)
    hints = dict.fromkeys(REASK_HINTS[f.check] for f in errors if f.check in REASK_HINTS)
    rules = "".join(f"\n{hint}" for hint in hints)
    return f"The bullets are not faithful to the criterion. Fix these and answer again:\n{listed}{rules}"


def validation_context(request: CriterionRequest) -> dict[str, Any]:
    """The context to validate an answer for `request` with (instructor's `context=`)."""
    return {CONTEXT_KEY: request}


@contextmanager
def validating_against(request: CriterionRequest) -> Iterator[None]:
    """Validate every PlainRendering made inside the block against `request`."""
    token = _REQUEST.set(request)
    try:
        yield
    finally:
        _REQUEST.reset(token)


def request_from(context: object) -> CriterionRequest | None:
    """The request to check against: the validation context's, else the one set by validating_against."""
    if isinstance(context, Mapping):
        request = context.get(CONTEXT_KEY)
        if isinstance(request, CriterionRequest):
            return request
    return _REQUEST.get()
