"""What clients send: request bodies (`…Request`, `…Edit`, `Translate…`), all `extra="forbid"` and
strict, and checked for anything no database can store (NUL characters, NaN, lone surrogates), so
bad input is a 422 naming the field, never a database error.
"""

from __future__ import annotations

import math
import re
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Discriminator,
    Field,
    Tag,
    ValidationInfo,
    field_validator,
    model_validator,
)

from translator.translation import Flag, Summary, TranslatedSection

NCT_ID_PATTERN = r"^NCT\d{8}$"
# A written reason: some non-blank text, no NUL.
_REASON = Field(min_length=1, max_length=4000, pattern=r"^[^\x00]*[^\x00\s][^\x00]*$")


class _Request(BaseModel):
    """Part of what a client sends: unknown fields are refused and JSON types are not coerced
    (`true` is no integer, `0` no boolean), so the schema says exactly what is accepted."""

    model_config = ConfigDict(extra="forbid", strict=True)


# Text a database can store: PostgreSQL refuses NUL characters.
Text = Annotated[str, Field(pattern=r"^[^\x00]*$")]


def _integral(value: object) -> object:
    # JSON has one number type: 2.0 is the integer 2 (JSON Schema agrees), but true and "2" are not.
    return int(value) if isinstance(value, float) and value.is_integer() else value


JsonInt = Annotated[int, BeforeValidator(_integral)]


class _Body(_Request):
    """A whole request body: also checked for anything no database can store."""

    @model_validator(mode="before")
    @classmethod
    def _storable(cls, data: object) -> object:
        problem = unstorable(data)
        if problem is not None:
            raise ValueError(problem)
        return data


def unstorable(value: object, path: str = "") -> str | None:
    """Why `value` (parsed JSON) cannot be stored, or None. PostgreSQL refuses NUL characters in text
    and NaN/Infinity in JSON, and UTF-8 has no lone surrogates: refusing them here keeps bad input a
    422 instead of a database error.
    """
    where = f" at {path}" if path else ""
    if isinstance(value, str):
        if "\x00" in value:
            return f"text contains a NUL character (\\u0000){where}: remove it"
        try:
            value.encode()
        except UnicodeEncodeError:
            return f"text contains a lone surrogate (an unpaired \\ud800-\\udfff escape){where}: send valid UTF-8"
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return f"numbers must be finite, not {value}{where}"
    if isinstance(value, dict):
        for key, item in value.items():
            problem = unstorable(key, path) or unstorable(item, f"{path}.{key}" if path else str(key))
            if problem:
                return problem
    elif isinstance(value, list):
        for index, item in enumerate(value):
            problem = unstorable(item, f"{path}[{index}]")
            if problem:
                return problem
    return None


# ---------------------------------------------------------------- requests


class TranslateNctId(_Body):
    nct_id: str = Field(pattern=NCT_ID_PATTERN, description="A study already in the store.")


class TranslateStudy(_Body):
    study: dict[str, Any] = Field(description="A ClinicalTrials.gov API v2 record; it is ingested first.")


class TranslateText(_Body):
    criteria_text: str = Field(
        min_length=1, pattern=r"^[^\x00]*[^\x00\s][^\x00]*$", description="Eligibility criteria text; not stored."
    )
    sex: Literal["ALL", "FEMALE", "MALE"] | None = None
    minimum_age: Text | None = Field(default=None, max_length=40, description="As CT.gov writes it: '18 Years'.")
    maximum_age: Text | None = Field(default=None, max_length=40)
    healthy_volunteers: bool | None = None


# Tags of the request forms: the validation handler leaves them out of error paths.
TRANSLATE_FORMS = ("nct_id", "study", "criteria_text")


def _translate_form(value: object) -> str | None:
    if isinstance(value, dict):
        return next((form for form in reversed(TRANSLATE_FORMS) if form in value), None)
    return None


TranslateRequest = Annotated[
    Annotated[TranslateNctId, Tag("nct_id")] | Annotated[TranslateStudy, Tag("study")] | Annotated[
        TranslateText, Tag("criteria_text")
    ],
    Discriminator(
        _translate_form,
        custom_error_type="missing_source",
        custom_error_message="send exactly one of nct_id, study or criteria_text",
    ),
]


class DefinitionEdit(_Request):
    term: Text
    plain: Text


# Said in the schema too, so that a client (and the schema fuzzer) knows a blank bullet is refused.
# The blank characters are spelled out: "\s" differs between Python's regex and the schema's (ECMA) one.
_BLANK = r"\x00-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_SAYS_SOMETHING = rf"^[^\x00]*[^{_BLANK}][^\x00]*$"


class BulletEdit(_Request):
    text: Text = Field(
        description="One plain-English sentence or two, in the second person; not blank.",
        json_schema_extra={"pattern": _SAYS_SOMETHING},
    )
    source_ids: list[Text] = Field(description="Ids of the criteria the bullet renders, e.g. ['I3', 'I3.1'].")
    definitions: list[DefinitionEdit] = Field(default_factory=list)
    depth: JsonInt = Field(default=0, ge=0, le=20)

    # A blank bullet would be published as an empty line under a heading; the page refuses one too.
    @field_validator("text")
    @classmethod
    def _says_something(cls, text: str) -> str:
        if re.match(_SAYS_SOMETHING, text) is None:
            raise ValueError("a bullet's text is empty: write what the criterion says, or remove the bullet")
        return text


class SectionEdit(_Request):
    kind: Literal["inclusion", "exclusion", "other"]
    label: Text
    source_label: Text | None = None
    bullets: list[BulletEdit] = Field(default_factory=list)


class SummaryEdit(_Request):
    text: Text
    minimum_age: Text | None = None
    maximum_age: Text | None = None
    sex: Text | None = None
    healthy_volunteers: bool | None = None


class FlagEdit(_Request):
    criterion_id: Text | None
    code: Text
    message: Text


class TranslationEdit(_Body):
    """An editor's new wording (the translation JSON's own shape); the findings are recomputed.
    Omitted fields keep their value."""

    sections: list[SectionEdit] = Field(description="All sections with their bullets, as they should read.")
    # Keys are checked by `_storable`; the schema says so with propertyNames, because the
    # patternProperties pydantic writes for a constrained key type leaves other keys unconstrained.
    not_shown: dict[str, Text] | None = Field(
        default=None, description="Criterion id → why it is not rendered.",
        json_schema_extra={"propertyNames": {"pattern": r"^[^\x00]*$"}},
    )
    summary: SummaryEdit | None = None
    flags: list[FlagEdit] | None = None

    def translated_sections(self) -> list[TranslatedSection]:
        return [TranslatedSection.model_validate(section.model_dump()) for section in self.sections]

    def translated_summary(self) -> Summary | None:
        return None if self.summary is None else Summary.model_validate(self.summary.model_dump())

    def translated_flags(self) -> list[Flag] | None:
        return None if self.flags is None else [Flag.model_validate(flag.model_dump()) for flag in self.flags]


class ApproveRequest(_Body):
    model_config = ConfigDict(
        # "override: true needs a reason", in the schema too, so that clients and fuzzers know it.
        json_schema_extra={
            "if": {"properties": {"override": {"const": True}}, "required": ["override"]},
            "then": {"required": ["reason"], "properties": {"reason": {"type": "string"}}},
        }
    )

    override: bool = Field(default=False, description="Approve despite error findings (needs a reason).")
    reason: Annotated[str, _REASON] | None = Field(
        default=None, validate_default=True, description="Why; required with override."
    )

    # A field validator (not a model one) so that the error names `body.reason`.
    @field_validator("reason")
    @classmethod
    def _override_has_a_reason(cls, reason: str | None, info: ValidationInfo) -> str | None:
        if info.data.get("override") and reason is None:
            raise ValueError("an override needs a written reason: say why the findings do not matter")
        return reason


class RejectRequest(_Body):
    reason: Annotated[str, _REASON] = Field(description="What is wrong, so it can be fixed.")
