"""parse21: sub-headings that name the topic of the items after them ("Exclusions Related to Cardiovascular
Disease", "General Medical Exclusions"), on a line of their own, after a bullet, or glued to the end of the item
before them where the record lost a line break (`translator.header_shapes.subheading`).

The texts are cut from the corpus records cited; labels/criteria_audit.toml holds whole records.
"""

from __future__ import annotations

import pytest

from tests.corpus import corpus_by_id, criteria_text
from tests.translator.test_outline import checked_parse
from translator.criteria import CriteriaDoc, SectionKind
from translator.header_shapes import subheading
from translator.headers import match_header
from translator.outline import parse_criteria


def _sections(doc: CriteriaDoc) -> list[tuple[str, str | None]]:
    return [(s.kind.value, s.label) for s in doc.sections]


def _xml(*items: str) -> str:
    return "\n        Exclusion Criteria:\n\n" + "\n\n".join(f"          -  {item}" for item in items) + "\n"


def test_a_sub_heading_glued_to_an_items_end_over_a_hard_wrap_heads_the_next_items() -> None:
    raw = _xml(  # NCT03273153
        "Uncontrolled tumor-related pain",
        "Active or untreated central nervous system (CNS) metastases Exclusions Related to\n"
        "             Cardiovascular Disease",
        "Unstable angina, new-onset angina within last 3 months",
    )
    doc = checked_parse(raw)
    assert _sections(doc) == [
        ("exclusion", "Exclusion Criteria"),
        ("exclusion", "Exclusions Related to Cardiovascular Disease"),
    ]
    assert [(c.id, c.kind, c.section, c.text) for c in doc.criteria] == [
        ("E1", SectionKind.EXCLUSION, 0, "Uncontrolled tumor-related pain"),
        ("E2", SectionKind.EXCLUSION, 0, "Active or untreated central nervous system (CNS) metastases"),
        ("E3", SectionKind.EXCLUSION, 1, "Unstable angina, new-onset angina within last 3 months"),
    ]
    header = doc.sections[1]
    assert header.header_start is not None and header.header_end is not None
    assert " ".join(raw[header.header_start : header.header_end].split()) == header.label


@pytest.mark.parametrize(
    ("end", "title"),
    [  # NCT03273153
        ("hepatitis B or C infection", "Exclusions Related to Ocular\n             Disease"),
        ("ocular toxicity", "Exclusions Related to Autoimmune Conditions and\n             Immunomodulatory Drugs"),
        (
            "within 2 weeks prior to Day 1,\n             Cycle 1",
            "Exclusions Related to Other Medical Conditions or Medications",
        ),
        ("of prior myocardial infarction\n            ", "Exclusions Related to Infections"),  # the title wraps alone
        ("Any history of allografts", "General Medical Exclusions"),
    ],
)
def test_glued_sub_headings_end_the_item_before_them(end: str, title: str) -> None:
    doc = checked_parse(_xml(f"Active or chronic viral {end} {title}", "HIV infection"))
    assert _sections(doc)[1] == ("exclusion", " ".join(title.split()))
    assert doc.criteria[0].text == " ".join(f"Active or chronic viral {end}".split())
    assert [(c.id, c.text) for c in doc.criteria[1:]] == [("E2", "HIV infection")]


def test_a_bulleted_sub_heading_is_a_header() -> None:
    raw = _xml(
        "Any history of allografts", "General Medical Exclusions", "Evidence of significant uncontrolled disease"
    )
    doc = checked_parse(raw)  # NCT03208712
    assert _sections(doc) == [("exclusion", "Exclusion Criteria"), ("exclusion", "General Medical Exclusions")]
    assert [(c.id, c.section, c.text) for c in doc.criteria] == [
        ("E1", 0, "Any history of allografts"),
        ("E2", 1, "Evidence of significant uncontrolled disease"),
    ]


def test_a_criteria_header_specific_to_a_cohort_keeps_its_whole_title() -> None:
    raw = (  # NCT03369964
        "\n        Inclusion Criteria:\n\n          -  Life expectancy ≥ 12 weeks\n\n"
        "        Inclusion Criteria Specific to Obinutuzumab-Containing Cohorts\n\n"
        "        - Patients receiving therapeutic anticoagulation should be switched to LMWH\n"
    )
    doc = checked_parse(raw)
    assert _sections(doc)[1] == ("inclusion", "Inclusion Criteria Specific to Obinutuzumab-Containing Cohorts")
    assert [c.text for c in doc.criteria] == [
        "Life expectancy ≥ 12 weeks",
        "Patients receiving therapeutic anticoagulation should be switched to LMWH",
    ]


@pytest.mark.parametrize(
    "title",
    [
        "Exclusions Related to Cardiovascular Disease",
        "Exclusion Criteria Related to Medications",
        "Inclusion Criteria Specific to Obinutuzumab-Containing Cohorts",
        "General Medical Exclusions",
        "Cancer-Specific Exclusions",
        "Bevacizumab- and Sunitinib-Specific Exclusions",
    ],
)
def test_sub_heading_titles(title: str) -> None:
    assert subheading(title)
    header = match_header(title, marked=False)
    assert header is not None and header.label == title and header.kind is not SectionKind.OTHER


@pytest.mark.parametrize(
    "line",
    [
        "Criteria Related to a cardiac condition",  # NCT00174785: no kind of its own (a label above its items)
        "Exclusions related to prior therapy apply as listed in the protocol",
        "Additional drug-specific exclusion criteria might apply.",  # NCT03424005
        "Patients with exclusions related to cardiovascular disease",
        "General medical exclusions apply",
    ],
)
def test_a_sentence_that_mentions_exclusions_is_no_sub_heading(line: str) -> None:
    assert not subheading(line)


@pytest.mark.parametrize(
    "item",
    [
        "History of any condition listed under Exclusions Related to Cardiovascular Disease",  # refers to a heading
        "Prior therapy as described in the Exclusions Related to Medications",
        "Any of the General Medical Exclusions",
    ],
)
def test_a_heading_an_item_refers_to_stays_in_the_item(item: str) -> None:
    doc = checked_parse(_xml("Pregnancy", item, "HIV infection"))
    assert [s.label for s in doc.sections] == ["Exclusion Criteria"]
    assert [c.text for c in doc.criteria] == ["Pregnancy", item, "HIV infection"]


@pytest.mark.parametrize("before", ["History of any condition listed under", "Any of the"])
def test_a_heading_a_wrapped_item_refers_to_stays_in_the_item(before: str) -> None:
    doc = checked_parse(_xml(f"{before}\n             Exclusions Related to Cardiovascular Disease", "HIV infection"))
    assert [s.label for s in doc.sections] == ["Exclusion Criteria"]
    assert doc.criteria[0].text == f"{before} Exclusions Related to Cardiovascular Disease"


@pytest.mark.parametrize(
    ("nct_id", "label", "first"),
    [
        ("NCT03273153", "Exclusions Related to Cardiovascular Disease", "Unstable angina, new-onset angina"),
        ("NCT03273153", "Exclusions Related to Infections", "HIV infection"),
        ("NCT03208712", "General Medical Exclusions", "Evidence of significant uncontrolled concomitant disease"),
    ],
)
def test_real_sub_headings_open_their_sections(nct_id: str, label: str, first: str) -> None:
    doc = parse_criteria(criteria_text(corpus_by_id()[nct_id]))
    section = next(i for i, s in enumerate(doc.sections) if s.label == label)
    assert doc.sections[section].kind is SectionKind.EXCLUSION
    assert next(c for c in doc.criteria if c.section == section).text.startswith(first)
    assert not any(label in c.text for c in doc.criteria)
