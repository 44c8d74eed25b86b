"""Reading-grade warnings: on running text only, never on a fragment a single long word decides."""

from __future__ import annotations

from datetime import UTC, datetime

from translator.criteria import SectionKind
from translator.readability import MIN_GRADED_WORDS, TARGET_GRADE, grade, readability_findings
from translator.translation import Bullet, Provenance, Summary, TranslatedSection, Translation


def _translation(*texts: str) -> Translation:
    bullets = [Bullet(text=text, source_ids=[f"I{n}"]) for n, text in enumerate(texts, start=1)]
    return Translation(
        nct_id="NCT00000001",
        sections=[TranslatedSection(kind=SectionKind.INCLUSION, label="Inclusion", bullets=bullets)],
        summary=Summary(text="Ages 18 and over"),
        provenance=Provenance(backend="test", source_sha="0" * 64, created_at=datetime.now(UTC)),
    )


def test_a_hard_fragment_gets_no_grade_warning_but_a_hard_sentence_does() -> None:
    fragment = "Transrectal ultrasonography"  # grade 20+: two long words, nothing an editor can shorten
    sentence = "You have had transrectal ultrasonography showing histologically confirmed adenocarcinoma."
    assert grade(fragment) > TARGET_GRADE and grade(sentence) > TARGET_GRADE
    graded = [f for f in readability_findings(_translation(fragment, sentence)) if f.check == "reading_grade"]
    assert [f.bullet_index for f in graded] == [1]
    assert graded[0].criterion_id == "I2" and "grade" in graded[0].message


def test_the_word_floor_counts_words_not_characters() -> None:
    just_below = "You have no metastatic carcinoma."  # five words
    at_floor = "You have no metastatic pelvic carcinoma."  # six words
    assert grade(just_below) > TARGET_GRADE and grade(at_floor) > TARGET_GRADE
    graded = [f.bullet_index for f in readability_findings(_translation(just_below, at_floor))
              if f.check == "reading_grade"]
    assert MIN_GRADED_WORDS == 6 and graded == [1]


def test_a_plain_sentence_gets_no_warning() -> None:
    plain = "You are 18 years old or older and you can walk on your own."
    assert grade(plain) <= TARGET_GRADE
    assert [f for f in readability_findings(_translation(plain)) if f.check == "reading_grade"] == []


def test_the_grade_is_compared_as_the_warning_shows_it() -> None:
    # 8.009: shown as "8.0", so a warning "reads at grade 8.0; aim for 8 or lower" would ask for nothing visible.
    at_eight = "You have had no gastrointestinal bleeding within the past 6 months."
    above = "You have had gastrointestinal bleeding or a perforation within the past 6 months."
    assert 8.0 < grade(at_eight) < 8.05 and round(grade(above), 1) > TARGET_GRADE
    graded = [f for f in readability_findings(_translation(at_eight, above)) if f.check == "reading_grade"]
    assert [f.bullet_index for f in graded] == [1]
    assert f"grade {grade(above):.1f}" in graded[0].message
