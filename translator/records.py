"""A ClinicalTrials.gov study record (API v2 JSON) as the typed `Study` a trial page needs.

`Study.from_ctgov(obj)` reads one record — `{"protocolSection": {...}, ...}` — and either returns a
Study or raises `RecordError` naming the field path (`protocolSection.identificationModule.nctId`).
Modules a record lacks are tolerated (most corpus records carry only a few); fields we do not model
are ignored here but survive untouched in `Study.raw`, so the store can keep the record as given.
Dates stay the strings CT.gov gives ("2021-03" or "2021-03-04"): their precision is information.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Sequence
from enum import StrEnum
from typing import Any

from pydantic import (
    AliasPath,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic.alias_generators import to_camel
from pydantic_core import PydanticCustomError

from translator.errors import RecordError

NCT_ID = re.compile(r"NCT\d{8}")
CRITERIA_FIELD = "protocolSection.eligibilityModule.eligibilityCriteria"
_DAYS_PER_YEAR = 365.25


class AgeUnit(StrEnum):
    YEARS = "years"
    MONTHS = "months"
    WEEKS = "weeks"
    DAYS = "days"
    HOURS = "hours"
    MINUTES = "minutes"


_UNIT_WORDS = {
    AgeUnit.YEARS: ("year", "years", "yr", "yrs"),
    AgeUnit.MONTHS: ("month", "months", "mo", "mos"),
    AgeUnit.WEEKS: ("week", "weeks", "wk", "wks"),
    AgeUnit.DAYS: ("day", "days"),
    AgeUnit.HOURS: ("hour", "hours", "hr", "hrs"),
    AgeUnit.MINUTES: ("minute", "minutes", "min", "mins"),
}
_UNITS = {word: unit for unit, words in _UNIT_WORDS.items() for word in words}
_IN_YEARS = {
    AgeUnit.YEARS: 1.0,
    AgeUnit.MONTHS: 1 / 12,
    AgeUnit.WEEKS: 7 / _DAYS_PER_YEAR,
    AgeUnit.DAYS: 1 / _DAYS_PER_YEAR,
    AgeUnit.HOURS: 1 / (24 * _DAYS_PER_YEAR),
    AgeUnit.MINUTES: 1 / (24 * 60 * _DAYS_PER_YEAR),
}
_AGE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([a-z]+)\.?\s*", re.IGNORECASE)


class Age(BaseModel):
    """An age limit as CT.gov states it ("18 Years"), and parsed when it can be.

    "N/A" and anything unreadable keep `value` and `unit` None; `raw` always holds the source text,
    so a fidelity check can still compare it with the criteria.
    """

    model_config = ConfigDict(frozen=True)

    raw: str = Field(description="The age exactly as the record gives it, e.g. '18 Years' or 'N/A'.")
    value: int | float | None = Field(default=None, description="The number, or None for 'N/A' or unreadable text.")
    unit: AgeUnit | None = Field(default=None, description="The unit of `value`.")

    @classmethod
    def parse(cls, raw: str) -> Age:
        match = _AGE.fullmatch(raw)
        unit = _UNITS.get(match.group(2).lower()) if match else None
        # A number past what a float holds ("999…9 Years", 400 digits) is no age anyone means: unreadable, like
        # "N/A", rather than an overflow wherever the age is compared or shown.
        if match is None or unit is None or not math.isfinite(float(match.group(1))):
            return cls(raw=raw)
        number = match.group(1)
        value: int | float = float(number) if "." in number else int(number)
        return cls(raw=raw, value=value, unit=unit)

    def in_years(self) -> float | None:
        """The age in years (months / 12, days / 365.25 …), or None when it did not parse."""
        if self.value is None or self.unit is None:
            return None
        return self.value * _IN_YEARS[self.unit]

    def __str__(self) -> str:
        return self.raw


class _Module(BaseModel):
    """Part of a CT.gov record: camelCase aliases in, snake_case attributes out."""

    model_config = ConfigDict(
        alias_generator=to_camel, validate_by_name=True, validate_by_alias=True, extra="ignore", frozen=True
    )


class Status(_Module):
    overall_status: str | None = Field(default=None, description="RECRUITING, COMPLETED, TERMINATED …")
    last_known_status: str | None = Field(default=None, description="Status before it became UNKNOWN.")
    why_stopped: str | None = Field(default=None, description="Why a stopped study stopped.")
    start_date: str | None = Field(
        default=None, validation_alias=AliasPath("startDateStruct", "date"), description="'2021-03' or '2021-03-04'."
    )
    start_date_type: str | None = Field(
        default=None, validation_alias=AliasPath("startDateStruct", "type"), description="ACTUAL or ESTIMATED."
    )
    primary_completion_date: str | None = Field(
        default=None, validation_alias=AliasPath("primaryCompletionDateStruct", "date")
    )
    completion_date: str | None = Field(default=None, validation_alias=AliasPath("completionDateStruct", "date"))
    completion_date_type: str | None = Field(
        default=None, validation_alias=AliasPath("completionDateStruct", "type"), description="ACTUAL or ESTIMATED."
    )
    first_posted: str | None = Field(default=None, validation_alias=AliasPath("studyFirstPostDateStruct", "date"))
    last_update_posted: str | None = Field(default=None, validation_alias=AliasPath("lastUpdatePostDateStruct", "date"))


class Sponsor(_Module):
    name: str | None = Field(default=None, description="The organisation's name as registered.")
    class_: str | None = Field(default=None, alias="class", description="INDUSTRY, NIH, OTHER_GOV, OTHER …")


class Design(_Module):
    study_type: str | None = Field(default=None, description="INTERVENTIONAL, OBSERVATIONAL or EXPANDED_ACCESS.")
    phases: list[str] = Field(default_factory=list, description="PHASE1 … PHASE4, EARLY_PHASE1 or NA.")
    allocation: str | None = Field(default=None, validation_alias=AliasPath("designInfo", "allocation"))
    intervention_model: str | None = Field(default=None, validation_alias=AliasPath("designInfo", "interventionModel"))
    primary_purpose: str | None = Field(default=None, validation_alias=AliasPath("designInfo", "primaryPurpose"))
    masking: str | None = Field(default=None, validation_alias=AliasPath("designInfo", "maskingInfo", "masking"))
    enrollment_count: int | None = Field(default=None, validation_alias=AliasPath("enrollmentInfo", "count"))
    enrollment_type: str | None = Field(
        default=None, validation_alias=AliasPath("enrollmentInfo", "type"), description="ACTUAL or ESTIMATED."
    )


class Arm(_Module):
    label: str | None = None
    type: str | None = Field(default=None, description="EXPERIMENTAL, PLACEBO_COMPARATOR, ACTIVE_COMPARATOR …")
    description: str | None = None
    intervention_names: list[str] = Field(default_factory=list, description="'Drug: Remdesivir' …")


class Intervention(_Module):
    type: str | None = Field(default=None, description="DRUG, DEVICE, BIOLOGICAL, BEHAVIORAL …")
    name: str | None = None
    description: str | None = None
    other_names: list[str] = Field(default_factory=list)
    arm_group_labels: list[str] = Field(default_factory=list)


class Location(_Module):
    facility: str | None = None
    city: str | None = None
    state: str | None = None
    country: str | None = None
    status: str | None = Field(default=None, description="The site's own recruitment status.")


class Eligibility(_Module):
    criteria: str = Field(alias="eligibilityCriteria", description="eligibilityCriteria, byte for byte")
    sex: str | None = Field(default=None, description="ALL, FEMALE or MALE.")
    gender_based: bool | None = Field(default=None, description="Whether eligibility is based on gender identity.")
    gender_description: str | None = None
    minimum_age: Age | None = None
    maximum_age: Age | None = None
    std_ages: list[str] = Field(default_factory=list, description="CHILD, ADULT, OLDER_ADULT.")
    healthy_volunteers: bool | None = None

    @field_validator("criteria")
    @classmethod
    def _not_blank(cls, criteria: str) -> str:
        if not criteria.strip():
            raise PydanticCustomError("blank_criteria", "the eligibility criteria are empty")
        return criteria

    @field_validator("minimum_age", "maximum_age", mode="before")
    @classmethod
    def _parse_age(cls, value: object) -> object:
        return Age.parse(value) if isinstance(value, str) else value


def _protocol(*path: str) -> AliasPath:
    return AliasPath("protocolSection", *path)


class Study(BaseModel):
    """One trial: what its page shows, the criteria text byte for byte, and the whole record in `raw`."""

    model_config = ConfigDict(validate_by_name=True, validate_by_alias=True, extra="ignore", frozen=True)

    nct_id: str = Field(
        validation_alias=_protocol("identificationModule", "nctId"),
        pattern=rf"^{NCT_ID.pattern}$",  # anchored: pydantic's pattern searches
        description="NCT00000000",
    )
    brief_title: str | None = Field(default=None, validation_alias=_protocol("identificationModule", "briefTitle"))
    official_title: str | None = Field(
        default=None, validation_alias=_protocol("identificationModule", "officialTitle")
    )
    acronym: str | None = Field(default=None, validation_alias=_protocol("identificationModule", "acronym"))
    status: Status = Field(default_factory=Status, validation_alias=_protocol("statusModule"))
    lead_sponsor: Sponsor | None = Field(
        default=None, validation_alias=_protocol("sponsorCollaboratorsModule", "leadSponsor")
    )
    collaborators: list[Sponsor] = Field(
        default_factory=list, validation_alias=_protocol("sponsorCollaboratorsModule", "collaborators")
    )
    brief_summary: str | None = Field(default=None, validation_alias=_protocol("descriptionModule", "briefSummary"))
    conditions: list[str] = Field(default_factory=list, validation_alias=_protocol("conditionsModule", "conditions"))
    keywords: list[str] = Field(default_factory=list, validation_alias=_protocol("conditionsModule", "keywords"))
    design: Design = Field(default_factory=Design, validation_alias=_protocol("designModule"))
    arms: list[Arm] = Field(default_factory=list, validation_alias=_protocol("armsInterventionsModule", "armGroups"))
    interventions: list[Intervention] = Field(
        default_factory=list, validation_alias=_protocol("armsInterventionsModule", "interventions")
    )
    eligibility: Eligibility = Field(validation_alias=_protocol("eligibilityModule"))
    locations: list[Location] = Field(
        default_factory=list, validation_alias=_protocol("contactsLocationsModule", "locations")
    )
    raw: dict[str, Any] = Field(default_factory=dict, repr=False, description="The whole record as given.")

    @model_validator(mode="before")
    @classmethod
    def _keep_raw(cls, data: object) -> object:
        # A CT.gov record is kept whole (unknown fields and `_provenance` included); the dict copy is
        # shallow, so every nested value is the very object that was read.
        if isinstance(data, dict) and "protocolSection" in data and "raw" not in data:
            return {**data, "raw": data}
        return data

    @property
    def criteria_sha(self) -> str:
        return hashlib.sha256(self.eligibility.criteria.encode()).hexdigest()

    @property
    def title(self) -> str:
        """The title to show: brief, else official, else the NCT id."""
        return self.brief_title or self.official_title or self.nct_id

    @classmethod
    def from_ctgov(cls, obj: object, *, source: str | None = None, line: int | None = None) -> Study:
        """Read one API v2 record; raise `RecordError` (with source, line and field path) if it is unusable."""
        _check_shape(obj, source=source, line=line)
        try:
            return cls.model_validate(obj)
        except ValidationError as error:
            raise _record_error(error, source=source, line=line) from None


# Containers that must be JSON objects when present: a list or string here is a wrong shape, which
# the alias paths above would otherwise read as "missing".
_OBJECTS = (
    ("protocolSection",),
    *(
        ("protocolSection", module)
        for module in (
            "identificationModule", "statusModule", "sponsorCollaboratorsModule", "descriptionModule",
            "conditionsModule", "designModule", "armsInterventionsModule", "eligibilityModule",
            "contactsLocationsModule",
        )
    ),
    *(
        ("protocolSection", "statusModule", struct)
        for struct in (
            "startDateStruct", "primaryCompletionDateStruct", "completionDateStruct",
            "studyFirstPostDateStruct", "lastUpdatePostDateStruct",
        )
    ),
    ("protocolSection", "sponsorCollaboratorsModule", "leadSponsor"),
    ("protocolSection", "designModule", "designInfo"),
    ("protocolSection", "designModule", "designInfo", "maskingInfo"),
    ("protocolSection", "designModule", "enrollmentInfo"),
)  # fmt: skip


def _check_shape(obj: object, *, source: str | None, line: int | None) -> None:
    if not isinstance(obj, dict):
        raise RecordError(f"expected a JSON object (one study record), got {_json_type(obj)}", source=source, line=line)
    if obj.get("protocolSection") is None:  # absent or null: nothing of a study to read
        raise RecordError(
            "not a ClinicalTrials.gov API v2 study record (no protocolSection); fetch records from "
            "https://clinicaltrials.gov/api/v2/studies",
            source=source,
            line=line,
            field="protocolSection",
        )
    for path in _OBJECTS:
        node: object = obj
        for key in path:
            node = node.get(key) if isinstance(node, dict) else None
        if node is not None and not isinstance(node, dict):
            raise RecordError(
                f"expected an object, got {_json_type(node)}", source=source, line=line, field=".".join(path)
            )
    eligibility = obj["protocolSection"].get("eligibilityModule")
    if eligibility is None or eligibility.get("eligibilityCriteria") is None:
        raise RecordError(
            "the record has no eligibility criteria; only studies with criteria can be translated",
            source=source,
            line=line,
            field=CRITERIA_FIELD,
        )


def _record_error(error: ValidationError, *, source: str | None, line: int | None) -> RecordError:
    first = error.errors()[0]
    field = _dotted(first["loc"])
    if first["type"] == "string_pattern_mismatch" and field.endswith("nctId"):
        reason = f"malformed NCT id {first['input']!r}: expected 'NCT' and 8 digits, e.g. NCT04280705"
    elif first["type"] == "missing":
        reason = "required field is missing"
    elif first["type"] == "blank_criteria":
        reason = "the eligibility criteria are empty or only whitespace; there is nothing to translate"
    else:
        reason = f"{first['msg'][:1].lower()}{first['msg'][1:]}, got {_json_type(first['input'])}"
    if error.error_count() > 1:
        reason += f" (and {error.error_count() - 1} more problem(s) in this record)"
    return RecordError(reason, source=source, line=line, field=field)


def _dotted(loc: Sequence[int | str]) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def _json_type(value: object) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "true/false", type(None): "null"}
    return names.get(type(value), "a number" if isinstance(value, int | float) else type(value).__name__)
