"""A clause with no number, unit or window left out of the bullets ("taking ACE inhibitors") is found by its
words: a run of a criterion's content words that no bullet citing it says."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from translator.backend import CriterionRequest, RenderedBullet, Rendering, RequestItem
from translator.criteria import SectionKind
from translator.fidelity import check, check_rendering
from translator.fidelity_content import ERROR_RUN, dropped_runs
from translator.findings import Severity
from translator.outline import parse_criteria
from translator.translation import Bullet, Provenance, Summary, TranslatedSection, Translation

SOURCE = (
    "Body mass index over 40 kg/m2, taking angiotensin converting enzyme inhibitors, pregnant women, emergency "
    "surgery, or a history of malignant hyperthermia"
)
BULLETS = [
    "Your body mass index is over 40 kg/m2.",
    "You take an ACE inhibitor (a blood pressure medicine).",
    "You are pregnant, or your surgery is an emergency.",
    "You have had malignant hyperthermia.",
]


def content(source: str, bullets: list[str]) -> dict[str, Severity]:
    request = CriterionRequest(kind=SectionKind.EXCLUSION, items=[RequestItem(ref="1", text=source)])
    rendering = Rendering(bullets=[RenderedBullet(text=b, refs=["1"]) for b in bullets])
    return {f.message: f.severity for f in check_rendering(request, rendering) if f.check == "content_missing"}


def test_the_faithful_rendering_has_no_finding() -> None:
    assert content(SOURCE, BULLETS) == {}


def test_a_dropped_bullet_of_several_citing_one_criterion_is_an_error_naming_the_words() -> None:
    found = content(SOURCE, [b for b in BULLETS if "ACE" not in b])
    assert found == {"1: the bullets citing it do not say “taking angiotensin converting enzyme inhibitors”":
                     Severity.ERROR}


def test_a_long_gloss_that_shares_words_with_other_bullets_does_not_stand_in_for_the_term() -> None:
    # The lexicon glosses ACE inhibitors as a kind of blood pressure medicine; "blood pressure" said elsewhere is
    # no sign that the medicine was mentioned.
    bullets = [b for b in BULLETS if "ACE" not in b] + ["Your blood pressure is checked before surgery."]
    assert set(content(SOURCE, bullets).values()) == {Severity.ERROR}


def test_a_clause_dropped_inside_one_bullet_is_found() -> None:
    source = "History of stroke, transient ischemic attack, or peripheral arterial occlusive disease"
    assert content(source, ["You have had a stroke or a mini-stroke (transient ischemic attack)."]) == {
        "1: the bullets citing it do not say “peripheral arterial occlusive disease”": Severity.ERROR}


def test_three_words_in_a_row_reworded_is_a_warning_for_an_editor() -> None:
    found = content("Adequate hepatic function", ["Your liver works well enough."])
    assert list(found.values()) == [Severity.WARNING]
    assert "(reworded, or left out?)" in next(iter(found))


def test_an_abbreviation_says_its_expansion_and_a_plain_wording_says_its_term() -> None:
    assert content("Eastern Cooperative Oncology Group performance status of 0 to 1",
                   ["Your ECOG performance status is 0 or 1."]) == {}
    assert content("Acute myocardial infarction or unstable angina pectoris",
                   ["You have had a heart attack (acute myocardial infarction) or unstable angina."]) == {}


def test_everyday_words_for_the_frame_of_a_criterion_are_no_loss() -> None:
    source = ("Any medical condition that, in the opinion of the investigator, would interfere with study "
              "participation or compliance")
    bullet = "You have a health problem that, in the study doctor's view, would affect your taking part or following"
    assert content(source, [bullet]) == {}


def test_the_dropped_words_are_marked_in_the_raw_source() -> None:
    raw = "Exclusion Criteria:\n\n* Use of\n  warfarin, or\n  low molecular weight dextran infusions\n"
    doc = parse_criteria(raw)
    section = TranslatedSection(kind=SectionKind.EXCLUSION, label="You cannot join if", bullets=[
        Bullet(text="You use warfarin.", source_ids=[doc.criteria[0].id])])
    translation = Translation(nct_id="NCT00000000", sections=[section], summary=Summary(text="Ages 18 and over"),
                              provenance=Provenance(backend="test", source_sha="0" * 64, created_at=datetime.now(UTC)))
    [finding] = [f for f in check(doc, translation) if f.check == "content_missing"]
    assert finding.severity is Severity.ERROR and finding.source_span is not None
    assert raw[finding.source_span[0]:finding.source_span[1]] == "low molecular weight dextran infusions"


@given(st.text(alphabet=st.characters(categories=("L", "N", "P", "Zs")), max_size=200))
def test_a_bullet_that_repeats_its_source_never_loses_a_word(text: str) -> None:
    assert dropped_runs(text, [text]) == []


def test_a_run_is_counted_in_content_words() -> None:
    source = "Use of the drugs of the class of statins and of fibrates"
    [(start, end, length)] = dropped_runs(source, ["You use something."], min_run=1)
    assert source[start:end] == "drugs of the class of statins and of fibrates" and length == 4 >= ERROR_RUN


def test_an_abbreviation_left_out_is_an_error_even_alone() -> None:
    # "Active AS assessed by BASDAI ≥4" (NCT02896127) once read "You have active. This is checked by BASDAI …"
    source = "Active AS assessed by BASDAI ≥4 at Baseline"
    assert content(source, ["You have active disease. This is checked by BASDAI 4 or more at Baseline."]) == {
        "1: the bullets citing it do not name “AS”": Severity.ERROR}
    # its letters, its expansion or its plain wording say it
    assert content(source, ["You have active AS checked by BASDAI 4 or more at Baseline."]) == {}
    assert content(source, ["You have active ankylosing spondylitis, checked by BASDAI 4 or more at Baseline."]) == {}
    assert content("History of MI or CVA", ["You have had a heart attack or a stroke."]) == {}
    assert content("On a stable (not PRN) regimen", ["You are on a stable (not as needed) regimen."]) == {}
    # a fact's letters are the fact checks' to compare ("stage III" said "stage 3")
    assert content("NYHA class III or IV heart failure", ["You have NYHA class 3 or 4 heart failure."]) == {}
    # the name a sense's gloss opens with says it too ("RT" is "radiotherapy", glossed "radiation therapy: …")
    assert content("Last dose of chemotherapy and/or RT more than 12 weeks before randomization",
                   ["Your last dose of chemotherapy, radiation therapy, or both was more than 12 weeks before "
                    "randomization."]) == {}
