"""A negation stranded before a clause break and a new subject ("do not, you have") is an error
(translator.fidelity_negation_scope.stranded_findings), whatever the verb: a "have", a "be" or a reworded verb
that the verb comparison cannot tie to the source. An ellipsis ("if you cannot, you abstain") and the offline
backend's bullets of the same corpus texts draw nothing."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.backend import CriterionRequest, RenderedBullet, Rendering, RequestItem
from translator.criteria import SectionKind
from translator.fidelity import check_rendering
from translator.fidelity_negation_scope import stranded
from translator.findings import Severity


def errors(source: str, bullets: list[str], kind: SectionKind = SectionKind.EXCLUSION) -> list[tuple[str, str]]:
    request = CriterionRequest(kind=kind, items=[RequestItem(ref="1", text=source)])
    rendering = Rendering(bullets=[RenderedBullet(text=b, refs=["1"]) for b in bullets])
    return [(f.check, f.message) for f in check_rendering(request, rendering) if f.severity is Severity.ERROR]


_EXCEPT = "History of malignancy (excluding basal cell carcinoma that has been successfully excised)"  # NCT01088191 E14
_NO_TUMORS = "No endocrine or neuroendocrine tumors, lymphoma of the pancreas, or ampullary cancer"  # NCT00617708 I3


def test_a_stranded_does_not_before_include_is_an_error() -> None:
    # "include" is the bullet's own word for "excluding": no verb of the source to compare it with.
    moved = "You have had cancer. This does not, you include basal cell carcinoma that has been successfully removed."
    assert errors(_EXCEPT, [moved]) == [(
        "negation_moved", "bullet 1 cuts “does not, you” off from its verb: the negation is left with no verb, and "
        "the verb after the break reads positively")]


def test_the_offline_bullet_keeps_the_not_on_include() -> None:
    assert said(_EXCEPT) == ("You have had cancer. This does not include basal cell carcinoma that has been "
                             "successfully removed by surgery.")


def test_a_stranded_do_not_before_have_is_an_error() -> None:
    # "have" is too common a verb for the verb comparison; the shape alone says the "not" lost its verb.
    moved = "You do not, you have ampullary cancer, lymphoma of the pancreas, or endocrine or neuroendocrine tumors."
    assert "negation_moved" in [c for c, _ in errors(_NO_TUMORS, [moved], SectionKind.INCLUSION)]
    assert said(_NO_TUMORS, SectionKind.INCLUSION) == ("You have no endocrine or neuroendocrine tumors, lymphoma of "
                                                       "the pancreas, or ampullary cancer.")


@pytest.mark.parametrize(("source", "moved", "kind"), [
    # NCT00871871 I11: "Nonsmoker" reworded as "do not smoke", then cut.
    ("Nonsmoker and/or has not used nicotine for at least 3 months and agrees to refrain from use of "
     "tobacco-containing products throughout the study",
     "You do not, you smoke and/or you have not used nicotine for at least 3 months, and you agree to stay away from "
     "tobacco products for the whole study.", SectionKind.INCLUSION),
    # NCT00350207 I5: the same with "now".
    ("Patients must be current non-smokers or ex-smokers with a cigarette smoking history of <10 pack-years",
     "You do not, you smoke now, or you are an ex-smoker with a cigarette smoking history of less than 10 "
     "pack-years.", SectionKind.INCLUSION),
    # "Inability to comply" reworded as "cannot follow", cut by a semicolon.
    ("Inability to comply with dietary regimen of trial site", "You cannot; you follow dietary regimen of trial site.",
     SectionKind.EXCLUSION),
    # a contraction, and a second auxiliary after "or"
    ("Subjects who can't comply with the appointments or with every protocol requirement.",
     "You can't, you follow the appointments or every protocol requirement.", SectionKind.EXCLUSION),
    ("Smoking more than ten cigarettes per day or equivalent; unable or unwilling to refrain from smoking and tobacco "
     "use for two hours prior to dosing and four hours after dose administration.",
     "You smoke more than 10 cigarettes a day (or the equivalent), or you cannot or will not, you stop smoking and "
     "using tobacco for 2 hours before dosing and 4 hours after the dose.", SectionKind.EXCLUSION),
])
def test_a_reworded_verb_cut_from_its_negation_is_an_error(source: str, moved: str, kind: SectionKind) -> None:
    assert "negation_moved" in [c for c, _ in errors(source, [moved], kind)]


@pytest.mark.parametrize("text", [
    # an ellipsis: the verb of the "not" was said before it
    "You agree to use birth control or, if you cannot, you agree not to have sex.",
    "Even though you do not, your partner uses birth control.",
    # words between the "not" and its verb that are no new subject
    "You do not, however, have any of these conditions.",
    "You cannot, in the study doctor's opinion, follow the study plan.",
    # "or not" and "if not" are no auxiliary left without its verb
    "Whether or not, you take part.",
    "You do not smoke; you have never smoked.",
])
def test_right_english_is_not_stranded(text: str) -> None:
    assert stranded(text) == []


def test_a_source_with_the_same_shape_is_kept_as_it_is() -> None:
    # A near-copy of an odd source keeps the source's own shape: nothing new is said.
    source = "Patients who do not, they say, smoke"
    assert not [c for c, _ in errors(source, ["Patients who do not, they say, smoke."]) if c == "negation_moved"]
