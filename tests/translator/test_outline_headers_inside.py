"""parse19: a section's header written inside another section's item, or as a title on a line of its own.

Layouts found by a corpus scan of criteria whose text held "inclusion/exclusion criteria" in a header's shape: a
header said as a sentence ("… > 4 times/year. Exclusion criteria include: persons …"), a titled header glued to
the end of an item ("… of the study Cancer-Related Exclusion Criteria"), and a titled header alone on its line
("Maintenance Phase Inclusion Criteria"). The texts here are invented in those layouts; real records are checked
in labels/criteria_audit.toml.
"""

from __future__ import annotations

import pytest

from tests.corpus import corpus_by_id, criteria_text
from tests.translator.test_outline import checked_parse
from translator.criteria import CriteriaDoc, SectionKind
from translator.headers import match_header
from translator.outline import parse_criteria
from translator.section_labels import qualifier


def _sections(doc: CriteriaDoc) -> list[tuple[str, str | None]]:
    return [(s.kind.value, s.label) for s in doc.sections]


def _rows(doc: CriteriaDoc) -> list[tuple[str, str]]:
    return [(c.id, c.text) for c in doc.criteria]


# -- a header said as a sentence inside an item -----------------------------------------------------------------


@pytest.mark.parametrize("verb", ["include", "are", "includes", "are as follows", "include the following"])
def test_a_header_sentence_inside_an_item_opens_the_exclusions(verb: str) -> None:
    raw = (
        "Inclusion Criteria:\n\nAdults who attend a community clinic at least monthly. "
        f"Exclusion criteria {verb}: plans to move away within 12 months and no reading knowledge of English.\n"
    )
    doc = checked_parse(raw)
    assert _sections(doc) == [("inclusion", "Inclusion Criteria"), ("exclusion", f"Exclusion criteria {verb}")]
    assert _rows(doc) == [
        ("I1", "Adults who attend a community clinic at least monthly."),
        ("E1", "plans to move away within 12 months and no reading knowledge of English."),
    ]


def test_a_header_sentence_after_a_lettered_run_ends_the_run() -> None:
    raw = (
        "Inclusion Criteria:\n\nEligible if they are: a) aged 18 or older; b) living in the area; and c) able to "
        "attend visits twice a week. Exclusion criteria include: current pregnancy.\n\nExclusion Criteria:\n\n"
        "Unable to give consent\n"
    )
    doc = checked_parse(raw)
    assert [s.kind for s in doc.sections] == [SectionKind.INCLUSION, SectionKind.EXCLUSION, SectionKind.EXCLUSION]
    assert [c.id for c in doc.criteria] == ["I1", "I1.1", "I1.2", "I1.3", "E1", "E2"]
    assert doc.criteria[3].text == "able to attend visits twice a week."
    assert (doc.criteria[4].text, doc.criteria[5].text) == ("current pregnancy.", "Unable to give consent")


@pytest.mark.parametrize(
    "sentence",
    [
        "Patients meeting any of the following exclusion criteria are: not eligible.",  # after a word: a lead-in
        "Adults, as the study's exclusion criteria are: none.",  # in lower case after a word
        "Adults aged 18 or older. Exclusion criteria apply as listed below.",  # no colon: prose about the list
    ],
)
def test_a_mention_of_criteria_inside_an_item_stays_in_it(sentence: str) -> None:
    doc = checked_parse(f"Inclusion Criteria:\n\n{sentence}\n")
    assert _rows(doc) == [("I1", sentence)]
    assert [s.kind for s in doc.sections] == [SectionKind.INCLUSION]


def test_a_header_sentence_opening_a_line_keeps_its_verb_in_the_header() -> None:
    header = match_header("Exclusion criteria include: persons with plans to move", marked=False)
    assert header is not None and header.kind is SectionKind.EXCLUSION
    assert header.label == "Exclusion criteria include"
    assert "Exclusion criteria include: persons with plans to move"[header.end :] == "persons with plans to move"


def test_a_header_verb_adds_nothing_to_the_section_heading() -> None:
    assert qualifier("Exclusion criteria include the following") is None
    assert qualifier("Inclusion criteria are as follows") is None


# -- a titled header -------------------------------------------------------------------------------------------


def test_a_titled_header_on_its_own_line_opens_a_section_of_its_kind() -> None:
    raw = (
        "Inclusion Criteria:\n\n* Age 18 or older\n* Measurable disease\n\nMaintenance Phase Inclusion Criteria\n\n"
        "* Completed four cycles of induction\n* LVEF of at least 50%\n\nExclusion Criteria:\n\n* Pregnancy\n"
    )
    doc = checked_parse(raw)
    assert _sections(doc) == [
        ("inclusion", "Inclusion Criteria"),
        ("inclusion", "Maintenance Phase Inclusion Criteria"),
        ("exclusion", "Exclusion Criteria"),
    ]
    assert [(c.id, c.section) for c in doc.criteria] == [("I1", 0), ("I2", 0), ("I3", 1), ("I4", 1), ("E1", 2)]
    assert qualifier(doc.sections[1].label) == "Maintenance Phase"


@pytest.mark.parametrize(
    "title",
    ["Disease-Specific Inclusion Criteria", "Drug X-Related Exclusion Criteria", "Drug-Specific Exclusion Criteria"],
)
def test_titled_headers_are_headers(title: str) -> None:
    header = match_header(title, marked=False)
    assert header is not None and header.label == title


@pytest.mark.parametrize(
    "line", ["Meets All Inclusion Criteria", "Does Not Meet Exclusion Criteria", "Patient Has Inclusion Criteria"]
)
def test_a_line_that_says_it_meets_criteria_is_no_header(line: str) -> None:
    assert match_header(line, marked=False) is None
    assert match_header(f"- {line}"[2:], marked=True) is None


def test_a_titled_line_after_a_marker_stays_an_item() -> None:
    doc = checked_parse("Exclusion Criteria:\n\n* Pregnancy\n* Bevacizumab-Specific Exclusion Criteria\n")
    assert [c.text for c in doc.criteria] == ["Pregnancy", "Bevacizumab-Specific Exclusion Criteria"]


XML = "\n        Exclusion Criteria:\n\n{items}\n"


def _xml(*items: str) -> str:
    return XML.format(items="\n\n".join(f"          -  {item}" for item in items))


@pytest.mark.parametrize("title", ["Other", "Cancer-Related", "Drug-Specific"])
def test_a_titled_header_glued_to_an_items_end_opens_the_next_section(title: str) -> None:
    raw = _xml(
        "Any serious medical condition that, in the investigator's judgment, precludes participation in\n"
        f"             the study {title} Exclusion Criteria",
        "Ocular melanoma",
    )
    doc = checked_parse(raw)
    assert _sections(doc) == [("exclusion", "Exclusion Criteria"), ("exclusion", f"{title} Exclusion Criteria")]
    assert _rows(doc)[0][1].endswith("precludes participation in the study")
    assert [(c.id, c.section) for c in doc.criteria] == [("E1", 0), ("E2", 1)]


@pytest.mark.parametrize("before", ["does not meet the", "is not excluded by any"])
def test_a_titled_header_after_a_word_that_refers_to_it_stays_text(before: str) -> None:
    raw = _xml(f"Patient who {before} Disease-Specific Exclusion Criteria", "Ocular melanoma")
    doc = checked_parse(raw)
    assert [s.kind for s in doc.sections] == [SectionKind.EXCLUSION]
    assert _rows(doc)[0][1].endswith("Disease-Specific Exclusion Criteria")


@pytest.mark.parametrize(
    ("nct_id", "label", "first"),
    [
        ("NCT02655458", "Other Exclusion Criteria", "Prisoners or subjects who"),  # "… are WOCBP. Other Exclusion …"
        ("NCT01266031", "Bevacizumab-Specific Exclusion Criteria", "Inadequately controlled hypertension"),
    ],
)
def test_real_titled_headers_open_their_sections(nct_id: str, label: str, first: str) -> None:
    doc = parse_criteria(criteria_text(corpus_by_id()[nct_id]))
    section = next(i for i, s in enumerate(doc.sections) if s.label == label)
    assert doc.sections[section].kind is SectionKind.EXCLUSION
    assert next(c for c in doc.criteria if c.section == section).text.startswith(first)
    assert not any(c.text.endswith(label) or c.text == label for c in doc.criteria)


def test_a_titled_header_inside_a_flattened_list_keeps_its_title() -> None:
    raw = "Exclusion Criteria: - Pregnancy - Severe illness Cancer-Related Exclusion Criteria: - Ocular melanoma"
    doc = checked_parse(raw)
    assert _sections(doc) == [("exclusion", "Exclusion Criteria"), ("exclusion", "Cancer-Related Exclusion Criteria")]
    assert _rows(doc) == [("E1", "Pregnancy"), ("E2", "Severe illness"), ("E3", "Ocular melanoma")]


# -- a sentence that opens with "Inclusion criteria" ----------------------------------------------------------


@pytest.mark.parametrize(
    "item",
    [
        "Exclusion criteria for screening ECG (a single repeat is allowed): Heart rate < 45 beats per minute",
        "Exclusion criteria for the study are refusal of regional anesthesia or allergy to local anesthetics",
        "Additional exclusion criteria apply",
        "Additional exclusion criteria at the end of the run-in phase: consent withdrawal; poor compliance",
    ],
)
def test_an_item_that_opens_with_criteria_then_a_lower_case_word_stays_whole(item: str) -> None:
    for raw in (f"Exclusion Criteria:\n\n* Pregnancy\n* {item}\n", _xml("Pregnancy", item)):
        doc = checked_parse(raw)
        assert [s.kind for s in doc.sections] == [SectionKind.EXCLUSION]
        assert _rows(doc) == [("E1", "Pregnancy"), ("E2", item)]


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Inclusion criteria stage 2", "Inclusion criteria"),  # a stage it names: the header, then its label
        ("Exclusion Criteria for Subjects in Part II", "Exclusion Criteria for Subjects in Part II"),  # for whom
        ("Inclusion Criteria Patients must be adults", "Inclusion Criteria"),  # the header, then its first item
    ],
)
def test_a_header_before_a_stage_whom_or_an_item_stays_a_header(line: str, label: str) -> None:
    header = match_header(line, marked=False)
    assert header is not None and header.label == label


def test_a_wrapped_item_that_opens_with_criteria_for_a_test_stays_whole() -> None:
    raw = _xml(
        "Pregnancy",
        "Exclusion criteria for screening ECG (a single repeat is allowed for eligibility\n"
        "             determination): Heart rate <45 and >100 beats per minute",
    )
    doc = checked_parse(raw)
    assert [s.kind for s in doc.sections] == [SectionKind.EXCLUSION]
    assert [c.text[:40] for c in doc.criteria] == ["Pregnancy", "Exclusion criteria for screening ECG (a "]


def test_a_header_running_on_into_a_sentence_is_a_header_only_where_it_changes_the_kind() -> None:
    line = "Exclusion criteria for the study are patient refusal"
    assert match_header(line, marked=False, current=SectionKind.EXCLUSION) is None
    for current in (None, SectionKind.INCLUSION):
        header = match_header(line, marked=False, current=current)
        assert header is not None and header.kind is SectionKind.EXCLUSION and line[header.end :].startswith(" for")


# -- an exclusion lead-in at the end of the inclusions ----------------------------------------------------------


@pytest.mark.parametrize(
    "lead_in",
    [
        "Patients meeting any of the following exclusion criteria are not eligible for enrolment into this study:",
        "Subjects meeting any of the following criteria are not to be enrolled in the study:",
    ],
)
def test_an_exclusion_lead_in_after_the_inclusions_opens_the_exclusions(lead_in: str) -> None:
    raw = f"Inclusion Criteria:\n\n* Age 18 or older\n\n{lead_in}\n\n* Pregnancy\n* Prior anthracyclines\n"
    doc = checked_parse(raw)
    assert [s.kind for s in doc.sections] == [SectionKind.INCLUSION, SectionKind.EXCLUSION]
    assert _rows(doc) == [("I1", "Age 18 or older"), ("E1", "Pregnancy"), ("E2", "Prior anthracyclines")]


def test_the_same_lead_in_under_the_exclusion_header_stays_its_first_criterion() -> None:
    lead_in = "Patients meeting any of the following exclusion criteria are not to be enrolled in the study:"
    doc = checked_parse(f"Exclusion Criteria:\n\n{lead_in}\n\n* Pregnancy\n")
    assert [s.kind for s in doc.sections] == [SectionKind.EXCLUSION]
    assert doc.criteria[0].text == lead_in


def test_an_exclusion_lead_in_in_capitals_opens_the_exclusions_too() -> None:
    lead_in = "PATIENTS MEETING ANY OF THE FOLLOWING EXCLUSION CRITERIA ARE NOT ELIGIBLE FOR ENROLMENT INTO THIS STUDY:"
    doc = checked_parse(f"Inclusion Criteria:\n\n* Age 18 or older\n\n{lead_in}\n\n* Pregnancy\n")
    assert [s.kind for s in doc.sections] == [SectionKind.INCLUSION, SectionKind.EXCLUSION]
    assert _rows(doc) == [("I1", "Age 18 or older"), ("E1", "Pregnancy")]
