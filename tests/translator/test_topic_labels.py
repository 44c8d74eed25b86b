"""Run-on topic lists of the PDQ layout are cut at their topic labels (translator.topic_labels), and the offline
backend's openings read such topics as topics."""

from __future__ import annotations

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.outline import parse_criteria
from translator.topic_labels import topic_cuts

# hard-wrapped, indented by 8 like the classic XML text blocks; the life expectancy's value is wrapped to the next line
RUN_ON = """
        DISEASE CHARACTERISTICS: Histologically confirmed melanoma Measurable disease

        PATIENT CHARACTERISTICS: Age: 18 and over Performance status: ECOG 0-1 Life expectancy:
        At least 16 weeks Hematopoietic: WBC at least 3,000/mm3 Renal: Creatinine no greater than 1.5
        mg/dL Other: Not pregnant

        PRIOR CONCURRENT THERAPY: Chemotherapy: No prior chemotherapy Surgery: Not specified
"""


def texts(raw: str) -> list[tuple[str, str | None, str]]:
    return [(c.id, c.parent, c.text) for c in parse_criteria(raw).criteria]


def test_a_run_on_topic_list_is_cut_at_each_topic() -> None:
    doc = parse_criteria(RUN_ON)
    assert [s.label for s in doc.sections] == [
        "DISEASE CHARACTERISTICS",
        "PATIENT CHARACTERISTICS",
        "PRIOR CONCURRENT THERAPY",
    ]
    assert texts(RUN_ON) == [
        ("I1", None, "Histologically confirmed melanoma Measurable disease"),
        ("I2", None, "Age: 18 and over"),
        ("I3", None, "Performance status: ECOG 0-1"),
        ("I4", None, "Life expectancy: At least 16 weeks"),  # a topic ending its line is no heading
        ("I5", None, "Hematopoietic: WBC at least 3,000/mm3"),
        ("I6", None, "Renal: Creatinine no greater than 1.5 mg/dL"),
        ("I7", None, "Other: Not pregnant"),
        ("I8", None, "Chemotherapy: No prior chemotherapy"),
        ("I9", None, "Surgery: Not specified"),
    ]
    assert doc.uncovered == []


def test_one_line_lists_are_cut_too() -> None:
    raw = "Inclusion Criteria:\nAge: 18 to 70 Performance status: Karnofsky 60-100% Hepatic: Bilirubin normal\n"
    assert [t for _, _, t in texts(raw)] == [
        "Age: 18 to 70",
        "Performance status: Karnofsky 60-100%",
        "Hepatic: Bilirubin normal",
    ]


def test_a_single_topic_word_in_a_sentence_is_no_list() -> None:
    assert topic_cuts("Prior therapy allowed Other: see protocol") == []
    one = "Inclusion Criteria:\n- Renal function adequate, as defined in the protocol Other: per investigator\n"
    assert len(parse_criteria(one).criteria) == 1


def test_topics_inside_brackets_after_a_colon_or_lower_case_are_not_cut() -> None:
    # in brackets: a note naming the topics; after a colon: where the list opens; "age:"/"renal:" are not labels
    assert topic_cuts("Adequate organ function (Renal: creatinine < 1.5 Hepatic: bilirubin < 2)") == []
    assert topic_cuts("CHARACTERISTICS: Age: 18 and over") == []
    assert topic_cuts("Patients of any age: renal: ok hepatic: ok") == []
    assert topic_cuts("x Age: 18 y Renal: ok") == [2, 12]


def test_a_topic_is_not_a_past_event() -> None:
    # "Surgery:" names the topic; the window belongs to what it asks, which is that no surgery was had
    text = said("Surgery: No abdominal surgery within the past 4 weeks", SectionKind.INCLUSION)
    assert not text.startswith("You have had")
    assert "No abdominal surgery within the past 4 weeks" in text
    assert said("Major surgery within 4 weeks before randomization", SectionKind.EXCLUSION).startswith(
        "You have had major surgery"
    )


def test_a_labelled_value_runs_on_in_lower_case() -> None:
    life = said("Life expectancy: At least 12 weeks", SectionKind.INCLUSION)
    assert life == "You are expected to live at least 12 weeks."
    assert said("Hemoglobin: At least 9 g/dL", SectionKind.INCLUSION) == "Your hemoglobin is at least 9 g/dL."


def test_an_age_topic_is_said_to_the_reader() -> None:
    # "Age:" labels the value as an age, as "Age 18 and over" does; the extractor then marks the fact an age
    assert said("Age: 18 and over", SectionKind.INCLUSION) == "You are 18 and over."
    assert said("Age: 18 to 75 years", SectionKind.INCLUSION) == "You are 18 to 75 years old."
    assert said("Age: Any age", SectionKind.INCLUSION) == "Age: Any age"


def test_a_topic_after_a_list_marker_is_that_items_text() -> None:
    # the marker already opens the item: "Adequate organ function: - Renal: … - Hepatic: …" keeps its children
    assert topic_cuts("Adequate function: - Renal: creatinine < 1.5 - Hepatic: bilirubin < 2 - Other: none") == []
    assert topic_cuts("Adequate function: a) Renal: ok b) Hepatic: ok 1.2 Other: ok") == []
    assert topic_cuts("Adequate function: a- Renal: ok b- Hepatic: ok") == []
    raw = "Inclusion Criteria:\n1. Adequate organ function: a) Renal: creatinine < 1.5 b) Hepatic: bilirubin < 2\n"
    assert [(cid, parent) for cid, parent, _ in texts(raw)] == [("I1", None), ("I1.1", "I1"), ("I1.2", "I1")]
