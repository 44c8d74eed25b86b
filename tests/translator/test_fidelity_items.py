"""A list item left out of the bullets is found by the gap it leaves: the words around it said side by side."""

from __future__ import annotations

import pytest

from translator.backend import CriterionRequest, RenderedBullet, Rendering, RequestItem
from translator.criteria import SectionKind
from translator.fidelity import check_rendering
from translator.fidelity_items import dropped_items
from translator.findings import Severity


def findings(source: str, bullets: list[str]) -> dict[str, Severity]:
    request = CriterionRequest(kind=SectionKind.EXCLUSION, items=[RequestItem(ref="1", text=source)])
    rendering = Rendering(bullets=[RenderedBullet(text=b, refs=["1"]) for b in bullets])
    return {f.message: f.severity for f in check_rendering(request, rendering) if f.check == "content_missing"}


def dropped(source: str, bullet: str) -> list[str]:
    return [source[start:end].strip() for start, end in dropped_items(source, [bullet])]


def assert_left_out(source: str, faithful: str, left_out: str, item: str) -> None:
    """The faithful bullet draws nothing; the one without `item` loses it, as an error that names it."""
    assert findings(source, [faithful]) == {}
    assert dropped(source, left_out) == [item]
    assert findings(source, [left_out]) == {
        f"1: the bullets citing it leave out the list item “{item.strip(' .')}”": Severity.ERROR}


@pytest.mark.parametrize(("source", "bullet", "item"), [
    # One word, in the middle of a list and at its end.
    ("Psoriasis, eczema or rosacea", "You have psoriasis or rosacea.", "eczema"),
    ("Pregnant or breastfeeding", "You are pregnant.", "breastfeeding"),
    # An item that shares its words with the item beside it: the bullet says them once, the source twice.
    ("Stroke, heart attack or heart failure", "You have had a stroke or heart failure.", "heart attack"),
    ("Crohn's disease, lymphocytic colitis or collagenous colitis", "You have Crohn's disease or collagenous colitis.",
     "lymphocytic colitis"),
    # A neighbour said by its abbreviation ("CT" for "computed tomography").
    ("Imaging (computed tomography, magnetic resonance imaging or x-ray) showing metastatic disease",
     "Imaging (CT or x-ray) showing metastatic disease.", "magnetic resonance imaging"),
    # A kept word ("disorder" is a "disease") beside its twin: the sentence's start tells the two apart.
    ("Hemorrhagic disease or coagulation disorder", "You have hemorrhagic disease.", "coagulation disorder"),
    # Items parted by slashes.
    ("Chemotherapy/radiotherapy/surgery within 4 weeks", "Chemotherapy/surgery within 4 weeks.", "radiotherapy"),
    # A frame phrase that the bullet leaves out altogether.
    ("Any condition that, in the opinion of the investigator, would affect safety",
     "You have any condition that would affect safety.", "in the opinion of the investigator"),
])
def test_an_item_whose_neighbours_are_said_side_by_side_is_left_out(source: str, bullet: str, item: str) -> None:
    assert dropped(source, bullet) == [item]


@pytest.mark.parametrize(("source", "bullet"), [
    # Said in everyday words: the rewording fills the gap.
    ("Psoriasis, eczema or rosacea", "You have psoriasis, a skin rash or rosacea."),
    ("Arrhythmia, heart failure or angina", "You have an irregular heartbeat, heart failure or angina."),
    ("Pregnant or lactating", "You are pregnant or breastfeeding."),
    # Reworded into words the source does not have there, even function words ("had" for "underwent").
    ("Patients who used or underwent or will undergo surgery", "You used or had or will have surgery."),
    # Moved to a sentence of its own.
    ("Any condition that, in the opinion of the investigator, would affect safety",
     "You have any condition that would affect safety. The study doctor decides this."),
    # The item's own kept word next to the gap is no sign: one more word on that side shows it is reworded.
    ("Contraindications to letrozole: hypersensitivity to letrozole or any of its components",
     "Contraindications to letrozole: allergy to letrozole or any of its components."),
    # An item that keeps its words and changes an everyday one is reworded.
    ("Known to be immunocompromised or receiving systemic immunosuppression",
     "You are known to be immunocompromised or getting systemic immunosuppression."),
    # The bullet says the shared words as often as the source: the item is there, put otherwise.
    ("Willing to undergo a pre-treatment bone marrow biopsy and subsequent on-treatment bone marrow biopsies",
     "You are willing to have a pre-treatment bone marrow biopsy and later on-treatment bone marrow biopsies."),
    ("Imaging (computed tomography, magnetic resonance imaging or x-ray) showing metastatic disease",
     "Imaging (CT, MRI or x-ray) showing metastatic disease."),
    ("Hemorrhagic disease or coagulation disorder", "You have hemorrhagic disease or a blood clotting disorder."),
    # A neighbour said by a wording of two words ("heart attack" for "MI") is not said by one of them that the
    # rewording has ("heartbeat").
    ("History of MI within 1 year, cardiac arrhythmia, hospitalization for heart failure within 1 year",
     "You have had a heart attack in the last year, an irregular heartbeat, or a hospital stay for heart failure "
     "in the last year."),
    # An abbreviation that stands for the whole item sits in its place.
    ("Applicable radiographs (i.e. Magnetic resonance imaging (MRI), Computerized Axial Tomography (CT-Scan))",
     "Applicable x-rays (that is, MRI, CT (CT-Scan))."),
])
def test_a_reworded_or_moved_item_is_not_reported(source: str, bullet: str) -> None:
    assert dropped(source, bullet) == []


@pytest.mark.parametrize(("source", "bullet"), [
    # The first item: a bullet opens with words of its own ("You have"), so there is no gap to see.
    ("Hypertension, diabetes or obesity", "You have diabetes or obesity."),
    # A slash with no other break beside it is a "per": a unit, not an item.
    ("ALT: men 2-60 units/litre (U/L)", "ALT: men 2 to 60 U/L (U/L)."),
    # A label before a colon.
    ("Sex and age: healthy men and women", "You are a healthy man or woman."),
    # A number, or a negation: the fact and negation checks compare those. (An item's words before its number are
    # its own: "heart attack within 6 months", tests/translator/test_fidelity_items5.py.)
    ("Stroke, or 3 prior seizures", "You have had a stroke."),
    ("Asthma, or no prior chemotherapy", "You have asthma."),
])
def test_what_the_item_check_leaves_to_others(source: str, bullet: str) -> None:
    assert dropped(source, bullet) == []


def test_a_left_out_item_is_an_error_naming_it() -> None:
    assert findings("Psoriasis, eczema or rosacea", ["You have psoriasis or rosacea."]) == {
        "1: the bullets citing it leave out the list item “eczema”": Severity.ERROR}
    assert findings("Psoriasis, eczema or rosacea", ["You have psoriasis, eczema or rosacea."]) == {}


def test_a_loss_already_reported_by_its_words_is_not_reported_twice() -> None:
    source = "Stroke, peripheral arterial occlusive disease, or angina"
    assert list(findings(source, ["You have had a stroke or angina."])) == [
        "1: the bullets citing it do not say “peripheral arterial occlusive disease”"]
