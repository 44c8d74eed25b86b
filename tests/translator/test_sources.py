"""Reading records from files, folders, JSONL, /studies pages and NCT ids — and the real corpus."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.corpus import corpus_path, corpus_records
from translator.ctgov import CtgovClient
from translator.errors import NotFoundError, RecordError
from translator.records import Study
from translator.settings import TranslatorSettings
from translator.sources import LoadReport, find_study, load_study, normalise_nct_id, read_sources

OFFLINE = TranslatorSettings(live=False)


def record(nct_id: str, criteria: str = "Inclusion Criteria:\n\n* Adults", **identification: Any) -> dict[str, Any]:
    return {
        "protocolSection": {
            "identificationModule": {"nctId": nct_id, **identification},
            "eligibilityModule": {"eligibilityCriteria": criteria},
        }
    }


def jsonl(path: Path, *lines: object) -> Path:
    path.write_text("".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines))
    return path


def read(*sources: str | Path, settings: TranslatorSettings = OFFLINE) -> list[Study | RecordError]:
    return list(read_sources(list(sources), settings=settings))


def ids(items: list[Study | RecordError]) -> list[str]:
    return [item.nct_id for item in items if isinstance(item, Study)]


def errors(items: list[Study | RecordError]) -> list[RecordError]:
    return [item for item in items if isinstance(item, RecordError)]


def test_read_sources_goes_on_when_one_jsonl_line_is_bad(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "trials.jsonl", record("NCT00000001"), '{"protocolSection": ', record("NCT00000003"))
    items = read(path)
    assert ids(items) == ["NCT00000001", "NCT00000003"]
    [error] = errors(items)
    assert (error.source, error.line) == (str(path), 2)
    assert str(error).startswith(f"{path}:2: not valid JSON")


def test_read_sources_names_line_and_field_when_jsonl_record_is_wrong(tmp_path: Path) -> None:
    path = jsonl(
        tmp_path / "trials.jsonl",
        record("NCT00000001"),
        "",
        record("NCT1"),
        record("NCT00000004", criteria="   "),
        [1, 2],
    )
    items = read(path)
    assert ids(items) == ["NCT00000001"]
    assert [(e.line, e.field) for e in errors(items)] == [
        (3, "protocolSection.identificationModule.nctId"),
        (4, "protocolSection.eligibilityModule.eligibilityCriteria"),
        (5, "[0]"),
        (5, "[1]"),
    ]


def test_read_sources_detects_jsonl_by_content_when_first_line_is_broken(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "trials.json", "{broken", record("NCT00000002"), record("NCT00000003"))
    items = read(path)
    assert ids(items) == ["NCT00000002", "NCT00000003"]
    assert [e.line for e in errors(items)] == [1]


def test_read_sources_reads_page_when_its_studies_are_one_per_line(tmp_path: Path) -> None:
    # The second line alone is a whole object, yet the file is one document, not JSONL.
    path = tmp_path / "page.json"
    path.write_text('{"studies": [\n' + json.dumps(record("NCT00000001")) + "\n]}\n")
    assert ids(read(path)) == ["NCT00000001"]


def test_read_sources_reads_one_study_when_file_is_pretty_printed(tmp_path: Path) -> None:
    path = tmp_path / "NCT00000001.jsonl"
    path.write_text(json.dumps(record("NCT00000001", briefTitle="A title"), indent=2))
    [study] = read(path)
    assert isinstance(study, Study) and study.brief_title == "A title"


def test_read_sources_reads_every_study_when_file_is_a_studies_page(tmp_path: Path) -> None:
    page = {"studies": [record("NCT00000001"), record("NCT0000000X"), record("NCT00000003")], "nextPageToken": "x"}
    path = tmp_path / "page.json"
    path.write_text(json.dumps(page, indent=1))
    items = read(path)
    assert ids(items) == ["NCT00000001", "NCT00000003"]
    [error] = errors(items)
    assert error.field == "studies[1].protocolSection.identificationModule.nctId"


def test_read_sources_reads_pages_when_jsonl_lines_are_pages(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "pages.jsonl", {"studies": [record("NCT00000001")]}, {"studies": [record("NCT00000002")]})
    assert ids(read(path)) == ["NCT00000001", "NCT00000002"]


def test_read_sources_names_file_and_line_when_file_is_not_json(tmp_path: Path) -> None:
    path = tmp_path / "study.json"
    path.write_text('{\n  "protocolSection": {\n    "identificationModule": oops\n}')
    [error] = read(path)
    assert isinstance(error, RecordError)
    assert (error.source, error.line) == (str(path), 3)
    assert "not valid JSON" in str(error)


def test_read_sources_goes_on_when_a_record_is_nested_too_deeply(tmp_path: Path) -> None:
    # Valid JSON that json.loads answers with RecursionError, which ended the whole load.
    deep = '{"protocolSection": ' + "[" * 5000 + "]" * 5000 + "}"
    path = jsonl(tmp_path / "trials.jsonl", deep, record("NCT00000002"))
    items = read(path)
    assert ids(items) == ["NCT00000002"]
    [error] = errors(items)
    assert (error.line, error.reason) == (1, "JSON nested too deeply to be a study record; fix or remove this record")
    document = tmp_path / "study.json"
    document.write_text("[" * 5000 + "]" * 5000)
    [error] = read(document)
    assert isinstance(error, RecordError) and "nested too deeply" in error.reason


def test_read_sources_says_a_number_is_too_long_when_it_has_thousands_of_digits(tmp_path: Path) -> None:
    # Valid JSON that Python refuses to read (more than 4,300 digits): it was reported as "not UTF-8 JSON text".
    path = tmp_path / "study.json"
    path.write_text(json.dumps(record("NCT00000001"))[:-1] + ', "count": ' + "9" * 5000 + "}")
    [error] = read(path)
    assert isinstance(error, RecordError)
    assert error.reason.startswith("a number in the JSON is too long to read")
    assert "UTF-8" not in error.reason and "set_int_max_str_digits" not in error.reason


def test_read_sources_reports_error_when_file_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_text("\n \n")
    [error] = read(path)
    assert isinstance(error, RecordError) and "empty" in error.reason


def test_read_sources_reads_folder_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    jsonl(tmp_path / "b" / "two.jsonl", record("NCT00000002"), record("NCT00000003"))
    (tmp_path / "a.json").write_text(json.dumps(record("NCT00000001")))
    (tmp_path / "c.JSON").write_text(json.dumps(record("NCT00000004")))
    (tmp_path / "notes.txt").write_text("not a record")
    (tmp_path / ".hidden" / "x.json").write_text(json.dumps(record("NCT00000009")))
    assert ids(read(tmp_path)) == ["NCT00000001", "NCT00000002", "NCT00000003", "NCT00000004"]


def test_read_sources_reports_error_when_folder_has_no_records(tmp_path: Path) -> None:
    [error] = read(tmp_path)
    assert isinstance(error, RecordError) and "no *.json" in error.reason


def test_read_sources_says_path_does_not_exist_when_it_is_not_an_nct_id(tmp_path: Path) -> None:
    missing = tmp_path / "nope.jsonl"
    [error] = read(missing)
    assert isinstance(error, RecordError) and not isinstance(error, NotFoundError)
    assert error.source == str(missing) and "does not exist" in error.reason


def test_read_sources_finds_nct_id_in_data_when_data_is_set(tmp_path: Path) -> None:
    data = jsonl(tmp_path / "data.jsonl", record("NCT00000001"), record("NCT00000002", briefTitle="Two"))
    [study] = read("nct00000002", settings=TranslatorSettings(data=data, live=False))
    assert isinstance(study, Study) and study.brief_title == "Two"


def test_read_sources_reports_not_found_when_id_is_missing_and_live_is_off(tmp_path: Path) -> None:
    data = jsonl(tmp_path / "data.jsonl", record("NCT00000001"))
    [error] = read("NCT00000002", settings=TranslatorSettings(data=data, live=False))
    assert isinstance(error, NotFoundError) and "NCT00000002" in str(error)
    [error] = read("NCT00000002", settings=OFFLINE)
    assert isinstance(error, NotFoundError) and "TRIALPLAIN_LIVE=false" in str(error)


def test_read_sources_fetches_live_when_id_is_not_in_data(tmp_path: Path) -> None:
    data = jsonl(tmp_path / "data.jsonl", record("NCT00000001"))
    requested: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        requested.append(request.url.path)
        return httpx.Response(200, json=record("NCT00000002", briefTitle="Live"))

    settings = TranslatorSettings(data=data, live=True)
    with CtgovClient(transport=httpx.MockTransport(answer)) as client:
        items = list(read_sources(["NCT00000001", "NCT00000002"], settings=settings, client=client))
    assert ids(items) == ["NCT00000001", "NCT00000002"]
    assert requested == ["/api/v2/studies/NCT00000002"]
    assert isinstance(items[1], Study) and items[1].brief_title == "Live"


def test_find_study_returns_record_when_id_is_in_jsonl(tmp_path: Path) -> None:
    # The id also appears in another record's text: the lookup must check the record's own id.
    data = jsonl(
        tmp_path / "data.jsonl",
        record("NCT00000001", criteria="Not enrolled in NCT00000002"),
        record("NCT00000002"),
    )
    assert find_study("NCT00000002", data=data).nct_id == "NCT00000002"


def test_find_study_matches_alias_when_no_record_has_the_id(tmp_path: Path) -> None:
    (tmp_path / "page.json").write_text(json.dumps({"studies": [record("NCT00000001", nctIdAliases=["NCT00000099"])]}))
    assert find_study("NCT00000099", data=tmp_path).nct_id == "NCT00000001"


def test_find_study_raises_not_found_when_id_is_absent(tmp_path: Path) -> None:
    data = jsonl(tmp_path / "data.jsonl", record("NCT00000001"))
    with pytest.raises(NotFoundError, match="NCT00000005"):
        find_study("NCT00000005", data=data)
    with pytest.raises(RecordError, match="does not exist"):
        find_study("NCT00000005", data=tmp_path / "missing.jsonl")


def test_normalise_nct_id_fixes_case_and_space_when_id_is_valid() -> None:
    assert normalise_nct_id(" nct01234567\n") == "NCT01234567"


@pytest.mark.parametrize("text", ["NCT1234567", "NCT012345678", "01234567", "NCT0123456X", ""])
def test_normalise_nct_id_raises_when_id_is_malformed(text: str) -> None:
    with pytest.raises(RecordError, match="malformed NCT id"):
        normalise_nct_id(text)


def test_load_study_names_source_when_record_is_wrong() -> None:
    with pytest.raises(RecordError) as caught:
        load_study({"protocolSection": {}}, source="upload.json", line=4)
    assert str(caught.value).startswith("upload.json:4, field protocolSection.eligibilityModule")


def test_load_report_counts_records_and_errors() -> None:
    report = LoadReport()
    items: list[Study | RecordError] = [load_study(record("NCT00000001")), RecordError("bad", line=2)]
    assert [s.nct_id for s in report.studies(items)] == ["NCT00000001"]
    assert (report.records, len(report.errors), report.summary()) == (1, 1, "1 records, 1 errors")


# --- the real corpus ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus(shared_data: Path) -> list[Study]:
    report = LoadReport()
    studies = list(report.studies(read_sources([corpus_path()], settings=OFFLINE)))
    assert report.summary() == "2690 records, 0 errors", [str(e) for e in report.errors[:5]]
    return studies


def test_corpus_loads_every_line_with_criteria_byte_for_byte(corpus: list[Study]) -> None:
    originals = corpus_records()
    assert len(corpus) == len(originals) == 2690
    for study, original in zip(corpus, originals, strict=True):
        assert study.raw == original
        assert study.eligibility.criteria == original["protocolSection"]["eligibilityModule"]["eligibilityCriteria"]
    assert len({study.nct_id for study in corpus}) == 2690


def test_corpus_has_plausible_metadata_counts(corpus: list[Study]) -> None:
    # SOURCES.md counts 511 titled records before 310 were set aside as a blind set; 396 remain here.
    titled = sum(study.brief_title is not None for study in corpus)
    sponsored = sum(study.lead_sponsor is not None for study in corpus)
    located = sum(bool(study.locations) for study in corpus)
    assert 350 <= titled <= 520
    assert 350 <= sponsored <= titled
    assert 300 <= located <= sponsored
    assert sum(bool(study.design.phases) for study in corpus) > 2000  # HINT records carry phases


def test_corpus_ages_all_parse(corpus: list[Study]) -> None:
    ages = [a for s in corpus for a in (s.eligibility.minimum_age, s.eligibility.maximum_age) if a is not None]
    unparsed = Counter(age.raw for age in ages if age.value is None and age.raw != "N/A")
    assert len(ages) > 400
    assert not unparsed, f"age strings that did not parse: {unparsed}"
    for age in ages:
        years = age.in_years()
        assert years is None or 0 <= years <= 130


def test_corpus_lookup_finds_first_and_last_records(shared_data: Path) -> None:
    assert find_study("NCT00000378", data=corpus_path()).brief_title is not None
    assert find_study("nct07040059", data=corpus_path()).nct_id == "NCT07040059"
