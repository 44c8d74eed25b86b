"""Frame words kept: childbearing potential, pregnancy, breastfeeding, whose judgement decides and who else is asked
are no content to the words checks, so a bullet that loses them is caught on its own (translator.fidelity_frames)."""

from __future__ import annotations

import pytest

from translator.backend import CriterionRequest, RenderedBullet, Rendering, RequestItem
from translator.criteria import SectionKind
from translator.fidelity import check_rendering
from translator.fidelity_frames import frame_findings
from translator.findings import Severity


def _frames(source: str, *bullets: str) -> list[Severity]:
    return [f.severity for f in frame_findings("I1", source, list(enumerate(bullets)))]


def _errors(source: str, *bullets: str) -> set[str]:
    request = CriterionRequest(kind=SectionKind.INCLUSION, items=[RequestItem(ref="1", text=source)])
    rendering = Rendering(bullets=[RenderedBullet(text=b, refs=["1"]) for b in bullets])
    return {f.check for f in check_rendering(request, rendering) if f.severity is Severity.ERROR}


@pytest.mark.parametrize(("source", "bullet"), [
    # Every woman now asked for the test: the words checks see "pregnancy" said and miss it.
    ("Women of childbearing potential must have a negative pregnancy test",
     "If you are a woman, you must have a negative pregnancy test."),
    ("Fertile patients must have a negative urine pregnancy test", "You must have a negative urine pregnancy test."),
    ("Pregnant or lactating women", "You are a pregnant woman."),
    ("Pregnant or nursing mothers", "You are a pregnant mother."),
    ("Pregnant women or women of reproductive age", "You are a pregnant woman."),
    ("Pregnancy or a positive pregnancy test at screening", "You have a positive test at screening."),
    ("Patients who, in the opinion of the investigator, are unable to comply", "You are unable to follow the plan."),
    ("Any illness that, as judged by the treating physician, makes the patient unfit",
     "Any illness that makes you unfit."),
    ("Patient and caregiver willing to attend all visits", "You are willing to attend all visits."),
    ("Signed informed consent by a legally authorised representative", "You have signed informed consent."),
    ("Written informed consent and assent", "You have given written informed consent."),
])
def test_a_frame_no_bullet_names_is_an_error(source: str, bullet: str) -> None:
    assert _frames(source, bullet) == [Severity.ERROR]
    assert "frame_dropped" in _errors(source, bullet)


@pytest.mark.parametrize(("source", "bullet"), [
    ("Women of childbearing potential must have a negative pregnancy test",
     "If you can become pregnant, you must have a negative pregnancy test."),
    ("Women of child-bearing potential (WOCBP) must use contraception",
     "If you are a woman who can have children, you must use birth control."),
    ("Female of child bearing age", "You are a woman who could get pregnant."),
    ("Pregnancy planned during the coming two years", "You plan to become pregnant in the next two years."),
    ("Pregnant women", "You are a woman expecting a baby."),
    ("Pregnant or nursing women", "You are pregnant or breastfeeding."),
    ("Lactating women", "You are a woman who is nursing."),
    ("Residents of a nursing home", "You live in a care home."),  # not breastfeeding
    ("Patients who, in the opinion of the investigator, are unable to comply",
     "In the study doctor's view, you are unable to follow the plan."),
    ("Any illness that, as judged by the treating physician, makes the patient unfit",
     "Any illness that your doctor thinks makes you unfit."),
    ("Patient or caregiver able to give consent", "You or the person who looks after you can agree to take part."),
    ("Written informed consent and assent", "You and your child agree to take part in writing."),
    ("Must not be pregnant", "You are not pregnant."),  # being pregnant, not being able to become so
])
def test_a_frame_said_in_other_words_is_kept(source: str, bullet: str) -> None:
    assert _frames(source, bullet) == []


def test_a_frame_said_fewer_times_than_the_source_is_a_warning() -> None:
    source = ("Women of childbearing potential must have a negative pregnancy test. In addition, women of "
              "childbearing potential must use contraception.")
    # Likely a lost mention, but a rewrite may join the two sentences and say it once for both.
    assert _frames(source, "If you are a woman, you must have a negative pregnancy test. In addition, women who can "
                   "become pregnant must use birth control.") == [Severity.WARNING]
    assert _frames(source, "If you can become pregnant, you must have a negative pregnancy test. In addition, women "
                   "who can become pregnant must use birth control.") == []
    # An abbreviation in brackets after its words is the same mention, not a second one.
    assert _frames("Women of childbearing potential (WOCBP) must use contraception",
                   "Women who can become pregnant must use birth control.") == []
