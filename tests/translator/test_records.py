"""Study records: the typed view of an API v2 record, ages, and errors that name the field."""

from __future__ import annotations

import copy
import hashlib
from typing import Any

import pytest

from translator.errors import RecordError
from translator.records import Age, AgeUnit, Eligibility, Study

CRITERIA = "Inclusion Criteria:\r\n\n* Age \\>= 18 years\n  * ECOG 0-1  \n\nExclusion Criteria:\n\n* Pregnancy\n"


def full_record() -> dict[str, Any]:
    """A record in API v2 shape with every module a trial page uses (invented values)."""
    return {
        "protocolSection": {
            "identificationModule": {
                "nctId": "NCT01234567",
                "briefTitle": "A Study of Drug X in Adults With Asthma",
                "officialTitle": "A Randomized Trial of Drug X Versus Placebo in Adults With Moderate Asthma",
                "acronym": "DRX",
                "orgStudyIdInfo": {"id": "DRX-001"},
            },
            "statusModule": {
                "overallStatus": "RECRUITING",
                "startDateStruct": {"date": "2021-03", "type": "ACTUAL"},
                "primaryCompletionDateStruct": {"date": "2023-06-30", "type": "ESTIMATED"},
                "completionDateStruct": {"date": "2024-01", "type": "ESTIMATED"},
                "studyFirstPostDateStruct": {"date": "2021-02-01", "type": "ACTUAL"},
                "lastUpdatePostDateStruct": {"date": "2022-11-04", "type": "ACTUAL"},
            },
            "sponsorCollaboratorsModule": {
                "leadSponsor": {"name": "Example University", "class": "OTHER"},
                "collaborators": [{"name": "Example Institute", "class": "NIH"}],
            },
            "descriptionModule": {"briefSummary": "Tests whether Drug X reduces asthma attacks."},
            "conditionsModule": {"conditions": ["Asthma"], "keywords": ["inhaler", "airway"]},
            "designModule": {
                "studyType": "INTERVENTIONAL",
                "phases": ["PHASE2", "PHASE3"],
                "designInfo": {
                    "allocation": "RANDOMIZED",
                    "interventionModel": "PARALLEL",
                    "primaryPurpose": "TREATMENT",
                    "maskingInfo": {"masking": "DOUBLE", "whoMasked": ["PARTICIPANT"]},
                },
                "enrollmentInfo": {"count": 120, "type": "ESTIMATED"},
            },
            "armsInterventionsModule": {
                "armGroups": [
                    {
                        "label": "Drug X",
                        "type": "EXPERIMENTAL",
                        "description": "Drug X twice a day",
                        "interventionNames": ["Drug: Drug X"],
                    },
                    {"label": "Placebo", "type": "PLACEBO_COMPARATOR", "interventionNames": ["Drug: Placebo"]},
                ],
                "interventions": [
                    {"type": "DRUG", "name": "Drug X", "description": "An inhaled drug", "otherNames": ["DRX-1"]},
                    {"type": "DRUG", "name": "Placebo", "armGroupLabels": ["Placebo"]},
                ],
            },
            "eligibilityModule": {
                "eligibilityCriteria": CRITERIA,
                "healthyVolunteers": False,
                "sex": "ALL",
                "minimumAge": "18 Years",
                "maximumAge": "6 Months",
                "stdAges": ["ADULT", "OLDER_ADULT"],
                "futureField": "kept in raw only",
            },
            "contactsLocationsModule": {
                "locations": [
                    {
                        "facility": "Example Hospital",
                        "city": "Springfield",
                        "state": "Illinois",
                        "country": "United States",
                        "status": "RECRUITING",
                        "geoPoint": {"lat": 39.8, "lon": -89.6},
                    }
                ]
            },
        },
        "derivedSection": {"miscInfoModule": {"versionHolder": "2025-01-01"}},
        "_provenance": {"source": "test", "format": "ctgov-api-v2"},
    }


def minimal_record(**eligibility: Any) -> dict[str, Any]:
    return {
        "protocolSection": {
            "identificationModule": {"nctId": "NCT07654321"},
            "eligibilityModule": {"eligibilityCriteria": "Inclusion Criteria:\n\n* Adults", **eligibility},
        }
    }


def test_study_reads_page_fields_when_record_is_full() -> None:
    study = Study.from_ctgov(full_record())
    assert (study.nct_id, study.acronym) == ("NCT01234567", "DRX")
    assert study.brief_title == study.title == "A Study of Drug X in Adults With Asthma"
    assert study.official_title is not None and study.official_title.startswith("A Randomized Trial")
    assert study.status.overall_status == "RECRUITING"
    assert (study.status.start_date, study.status.start_date_type) == ("2021-03", "ACTUAL")
    assert study.status.primary_completion_date == "2023-06-30"
    assert (study.status.completion_date, study.status.completion_date_type) == ("2024-01", "ESTIMATED")
    assert (study.status.first_posted, study.status.last_update_posted) == ("2021-02-01", "2022-11-04")
    assert study.lead_sponsor is not None
    assert (study.lead_sponsor.name, study.lead_sponsor.class_) == ("Example University", "OTHER")
    assert [(c.name, c.class_) for c in study.collaborators] == [("Example Institute", "NIH")]
    assert study.brief_summary == "Tests whether Drug X reduces asthma attacks."
    assert (study.conditions, study.keywords) == (["Asthma"], ["inhaler", "airway"])
    design = study.design
    assert (design.study_type, design.phases, design.allocation) == (
        "INTERVENTIONAL",
        ["PHASE2", "PHASE3"],
        "RANDOMIZED",
    )
    assert (design.intervention_model, design.primary_purpose, design.masking) == ("PARALLEL", "TREATMENT", "DOUBLE")
    assert (design.enrollment_count, design.enrollment_type) == (120, "ESTIMATED")
    assert [(a.label, a.type, a.intervention_names) for a in study.arms] == [
        ("Drug X", "EXPERIMENTAL", ["Drug: Drug X"]),
        ("Placebo", "PLACEBO_COMPARATOR", ["Drug: Placebo"]),
    ]
    assert study.arms[0].description == "Drug X twice a day"
    assert [(i.type, i.name) for i in study.interventions] == [("DRUG", "Drug X"), ("DRUG", "Placebo")]
    assert study.interventions[0].other_names == ["DRX-1"]
    assert study.interventions[1].arm_group_labels == ["Placebo"]
    location = study.locations[0]
    assert location.model_dump(exclude={"facility"}) == {
        "city": "Springfield",
        "state": "Illinois",
        "country": "United States",
        "status": "RECRUITING",
    }
    assert location.facility == "Example Hospital"


def test_eligibility_reads_fields_when_record_is_full() -> None:
    eligibility = Study.from_ctgov(full_record()).eligibility
    assert eligibility.sex == "ALL"
    assert eligibility.healthy_volunteers is False
    assert eligibility.std_ages == ["ADULT", "OLDER_ADULT"]
    assert eligibility.minimum_age == Age(raw="18 Years", value=18, unit=AgeUnit.YEARS)
    assert eligibility.maximum_age is not None and eligibility.maximum_age.in_years() == pytest.approx(0.5)


def test_criteria_kept_byte_for_byte_when_text_has_escapes_crlf_and_trailing_space() -> None:
    study = Study.from_ctgov(full_record())
    assert study.eligibility.criteria == CRITERIA
    assert study.criteria_sha == hashlib.sha256(CRITERIA.encode()).hexdigest()


def test_raw_keeps_whole_record_when_it_has_unknown_fields() -> None:
    record = full_record()
    study = Study.from_ctgov(record)
    assert study.raw == record
    assert study.raw["_provenance"] == {"source": "test", "format": "ctgov-api-v2"}
    assert study.raw["protocolSection"]["eligibilityModule"]["futureField"] == "kept in raw only"
    assert study.raw["protocolSection"] is record["protocolSection"]  # not re-serialised: same objects


def test_study_defaults_empty_when_modules_are_missing() -> None:
    study = Study.from_ctgov(minimal_record())
    assert study.brief_title is None and study.lead_sponsor is None and study.brief_summary is None
    assert study.status.overall_status is None and study.design.phases == []
    assert study.arms == [] and study.interventions == [] and study.locations == [] and study.conditions == []
    assert study.eligibility.minimum_age is None and study.eligibility.sex is None
    assert study.title == "NCT07654321"


def test_study_builds_by_name_when_not_from_a_record() -> None:
    study = Study(nct_id="NCT00000001", eligibility=Eligibility(criteria="Adults only"))
    assert study.eligibility.criteria == "Adults only" and study.raw == {}


@pytest.mark.parametrize(
    ("raw", "value", "unit", "years"),
    [
        ("18 Years", 18, AgeUnit.YEARS, 18.0),
        ("65 years", 65, AgeUnit.YEARS, 65.0),
        ("1 Year", 1, AgeUnit.YEARS, 1.0),
        ("6 Months", 6, AgeUnit.MONTHS, 0.5),
        ("2 Weeks", 2, AgeUnit.WEEKS, 14 / 365.25),
        ("29 Days", 29, AgeUnit.DAYS, 29 / 365.25),
        ("12 Hours", 12, AgeUnit.HOURS, 0.5 / 365.25),
        ("30 Minutes", 30, AgeUnit.MINUTES, 30 / (24 * 60 * 365.25)),
        (" 17 yrs ", 17, AgeUnit.YEARS, 17.0),
        ("1.5 Years", 1.5, AgeUnit.YEARS, 1.5),
    ],
)
def test_age_parses_value_and_unit_when_text_is_a_number_and_unit(
    raw: str, value: float, unit: AgeUnit, years: float
) -> None:
    age = Age.parse(raw)
    assert (age.raw, age.value, age.unit) == (raw, value, unit)
    assert age.in_years() == pytest.approx(years)
    assert str(age) == raw


@pytest.mark.parametrize(
    "raw",
    [
        "N/A", "", "adult", "18", "Years 18", "18 Decades", "18 Years 6 Months",
        # Past a float: compared or shown ("{:g}"), the age raised OverflowError; past 4,300 digits, int() refused it.
        "9" * 400 + " Years", "9" * 400 + ".5 Years", "9" * 5000 + " Years",
    ],
)  # fmt: skip
def test_age_keeps_raw_only_when_text_does_not_parse(raw: str) -> None:
    age = Age.parse(raw)
    assert (age.raw, age.value, age.unit, age.in_years()) == (raw, None, None, None)


def with_change(path: list[str | int], value: Any) -> dict[str, Any]:
    record = copy.deepcopy(full_record())
    node: Any = record
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return record


@pytest.mark.parametrize(
    ("record", "field", "says"),
    [
        ([], None, "expected a JSON object"),
        ({"studies": []}, "protocolSection", "no protocolSection"),
        ({"protocolSection": []}, "protocolSection", "expected an object, got a list"),
        ({"protocolSection": None}, "protocolSection", "no protocolSection"),  # raised AttributeError
        (with_change(["protocolSection", "statusModule"], ["RECRUITING"]), "protocolSection.statusModule", "a list"),
        (
            with_change(["protocolSection", "designModule", "enrollmentInfo"], 120),
            "protocolSection.designModule.enrollmentInfo",
            "got a number",
        ),
        (
            with_change(["protocolSection", "identificationModule", "nctId"], "NCT123"),
            "protocolSection.identificationModule.nctId",
            "malformed NCT id 'NCT123'",
        ),
        (
            # pydantic's pattern searches: unanchored, an id inside other characters was taken whole
            with_change(["protocolSection", "identificationModule", "nctId"], "xNCT12345678 "),
            "protocolSection.identificationModule.nctId",
            "malformed NCT id 'xNCT12345678 '",
        ),
        (
            with_change(["protocolSection", "identificationModule"], {}),
            "protocolSection.identificationModule.nctId",
            "missing",
        ),
        (
            with_change(["protocolSection", "eligibilityModule", "eligibilityCriteria"], " \n\t "),
            "protocolSection.eligibilityModule.eligibilityCriteria",
            "empty",
        ),
        (
            with_change(["protocolSection", "eligibilityModule", "eligibilityCriteria"], None),
            "protocolSection.eligibilityModule.eligibilityCriteria",
            "no eligibility criteria",
        ),
        (
            with_change(["protocolSection", "eligibilityModule"], {"sex": "ALL"}),
            "protocolSection.eligibilityModule.eligibilityCriteria",
            "no eligibility criteria",
        ),
        (
            with_change(["protocolSection", "armsInterventionsModule", "armGroups", 1, "label"], 7),
            "protocolSection.armsInterventionsModule.armGroups[1].label",
            "valid string, got a number",
        ),
        (
            with_change(["protocolSection", "conditionsModule", "conditions"], "Asthma"),
            "protocolSection.conditionsModule.conditions",
            "valid list, got a string",
        ),
    ],
)
def test_from_ctgov_raises_record_error_naming_field_when_record_is_wrong(
    record: object, field: str | None, says: str
) -> None:
    with pytest.raises(RecordError) as caught:
        Study.from_ctgov(record, source="trials.jsonl", line=7)
    error = caught.value
    assert (error.source, error.line, error.field) == ("trials.jsonl", 7, field)
    assert says in error.reason
    assert str(error).startswith("trials.jsonl:7")
    assert "pydantic" not in str(error) and "validation error" not in str(error).lower()
