"""A negation moved off the verb it negates is an error (translator.fidelity_negation_scope), where counting
negations sees nothing; faithful bullets of real corpus texts, the offline backend's and reworded ones, draw
nothing."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.backend import CriterionRequest, RenderedBullet, Rendering, RequestItem
from translator.criteria import SectionKind
from translator.fidelity import check_rendering
from translator.fidelity_negation_scope import scope_findings
from translator.findings import Severity


def errors(source: str, bullets: list[str], kind: SectionKind = SectionKind.EXCLUSION) -> list[tuple[str, str]]:
    request = CriterionRequest(kind=kind, items=[RequestItem(ref="1", text=source)])
    rendering = Rendering(bullets=[RenderedBullet(text=b, refs=["1"]) for b in bullets])
    return [(f.check, f.message) for f in check_rendering(request, rendering) if f.severity is Severity.ERROR]


# NCT03493568 E17: an offline rule once moved the "not" of "does not agree" off its verb. The count of negations
# is the same (one "not"), the meaning is the opposite.
_WCBP = "Woman of childbearing potential who does not agree to adopt highly effective contraception."


@pytest.mark.parametrize("moved", [
    "You are a woman who can become pregnant and do not, you agree to adopt highly effective contraception.",
    "If you are a woman who can become pregnant and do not, you agree to adopt highly effective contraception.",
])
def test_the_not_moved_off_agree_is_an_error(moved: str) -> None:
    found = errors(_WCBP, [moved])
    assert ("negation_moved", "1 negates “agree”, but bullet 1 says “agree” with no negation before it: the "
            "negation has moved to another word") in found


def test_the_offline_bullet_keeps_the_not_on_agree() -> None:
    assert said(_WCBP) == "You are a woman who can get pregnant and do not agree to adopt highly effective " \
                          "contraception."


@pytest.mark.parametrize(("source", "moved"), [
    # NCT00268593 E8: the "not" put on the illness instead of on "permit".
    ("Serious intercurrent medical illness that does not permit adequate follow-up and compliance with the study "
     "protocol",
     "You do not have serious intercurrent medical illness, it permits good enough follow-up and compliance with the "
     "study plan."),
    # NCT00287729 E12: "unable to take" said as taking it.
    ("unable to take study medication", "You are unable; you take study medicine."),
    # NCT00207025 E7: the noun "inability" negates "swallow" as "cannot" does.
    ("Inability to swallow capsules", "You cannot, you swallow capsules."),
])
def test_a_negated_verb_said_positively_is_an_error(source: str, moved: str) -> None:
    assert "negation_moved" in [check for check, _ in errors(source, [moved])]


@pytest.mark.parametrize(("source", "negated"), [
    # NCT00025272 I10.4 and NCT00183248 I6: a verb the source says positively, negated in the bullet.
    ("Able to swallow capsules", "You cannot swallow capsules."),
    ("Willing to comply with the study visits", "You are willing, but you will not comply with the study visits."),
])
def test_a_positive_verb_negated_is_an_error(source: str, negated: str) -> None:
    # The whole check reports it once, as the added negation the count sees; the scope check sees it on its own too.
    assert [check for check, _ in errors(source, [negated], SectionKind.INCLUSION)] == ["negation_added"]
    assert [f.check for f in scope_findings("I1", source, [(0, negated)])] == ["negation_moved"]


@pytest.mark.parametrize(("nct_id", "source", "plain", "kind"), [
    ("NCT00287729", "unable to take study medication", "You cannot take study medicine.", SectionKind.EXCLUSION),
    ("NCT00081887", "Pregnant or breastfeeding women or patients who are unwilling or unable to practice adequate "
     "contraception.", "You are pregnant or breastfeeding. Or you are not willing or not able to practice good "
     "enough birth control.", SectionKind.EXCLUSION),
    ("NCT00389051", "Patients who do not agree to contraception.", "You do not agree to birth control.",
     SectionKind.EXCLUSION),
    ("NCT00268593", "Serious intercurrent medical illness that does not permit adequate follow-up and compliance "
     "with the study protocol", "You have a serious intercurrent medical illness that does not permit good enough "
     "follow-up and compliance with the study plan.", SectionKind.EXCLUSION),
    ("NCT00101842", "Clinically relevant fluid collection in the lungs or abdomen that cannot be controlled",
     "You have medically important fluid collection in the lungs or belly that cannot be controlled.",
     SectionKind.EXCLUSION),
    # a requirement's "must not" under the exclusion header is the section's negation, rightly left out
    ("NCT03253289", "Patients must not be taking Rifampin or St John's Wort.", "You are taking Rifampin or St "
     "John's Wort.", SectionKind.EXCLUSION),
    ("NCT00025272", "Able to swallow capsules", "You can swallow capsules.", SectionKind.INCLUSION),
    ("NCT00207025", "Inability to swallow capsules", "You cannot swallow capsules.", SectionKind.EXCLUSION),
])
def test_faithful_offline_bullets_draw_nothing(nct_id: str, source: str, plain: str, kind: SectionKind) -> None:
    assert said(source, kind) == plain, nct_id  # `said` asserts the checks find no error


@pytest.mark.parametrize(("source", "reworded"), [
    # NCT03493568 E17 in other words: another negation before the verb, or the verb not said at all
    (_WCBP, "You can become pregnant and you refuse to agree to use highly effective birth control."),
    (_WCBP, "You are a woman who can become pregnant and you will not use highly effective birth control."),
    # NCT00287729 E12: the negation in an affix or another cue
    ("unable to take study medication", "You are not able to take the study medicine."),
    ("unable to take study medication", "You have trouble taking the study medicine."),
    # NCT02059642 E17: "incapable of following" negates "follow" in the source
    ("Subject cannot fully comprehend the implications of the protocol, cannot comply with its requirements, or is "
     "incapable of following the study schedule for any reason.",
     "You cannot fully understand what the study means for you, cannot follow its rules, or cannot follow the "
     "study schedule for any reason."),
])
def test_faithful_rewordings_draw_nothing(source: str, reworded: str) -> None:
    assert "negation_moved" not in [check for check, _ in errors(source, [reworded])]
