"""Levels a criterion states without a number: "high intracranial pressure", "decreased renal function".

"Decreased renal function" is not "renal function", nor is "a rise in PSA" "PSA": the direction word is
the fact, and a rewording that drops it changes who can join. Each becomes a VALUE fact with one of two
canonical labels, so that the words a plain rewording swaps for each other compare equal:
- "elevated" (the label `translator.results` gives "elevated" and "raised"): high, increase(d), raise, a
  rise, risen, gone up, supratherapeutic;
- "reduced": low, decrease(d), reduced, diminished, impaired/impairment, insufficiency, poor(ly), depressed (of a
  function, a fraction, a count or a level).
"Renal impairment" and "renal insufficiency" carry "reduced" too, because the project's own plain wording
for them is "reduced kidney function".

Not levels:
- plain words for a diagnosis that has no direction word of its own: "high blood pressure" (hypertension),
  "low blood sugar" (hypoglycaemia), "high cholesterol", "high potassium", "low platelets"
  (thrombocytopenia), "a low count of neutrophils" (neutropenia), "low blood oxygen" (hypoxaemia), "reduced
  blood flow" (ischaemia)... A source that says "hypertension" and a bullet
  that says "high blood pressure" state the same fact;
- names: low molecular weight heparin, high- and low-density lipoprotein, low back pain, high school,
  high-resolution / high-sensitivity / high-power / high-flow, low malignant potential, "give rise to";
- "poorly controlled": a negation, as "uncontrolled" is ("not well controlled"; `translator.negation`);
- comparatives ("higher", "lower"): comparators ("lower than 5") or anatomy ("lower limb"), not levels; but "a
  higher (greater) risk" is the "increased risk" of its source.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from translator.facts import Comparator
from translator.quantities import Quantity
from translator.triggers import TriggeredPattern

# What follows a direction word when the two are the plain name of a diagnosis (the lexicon's substitutes
# for hypertension, hypoglycaemia, hypokalaemia...) or a name.
_DIAGNOSIS_AFTER = (
    r"blood\s+(?:pressure|sugar|glucose|oxygen|counts?)|cholesterol|triglycerides?|levels?\s+of\s+fats|mood"
    r"|(?:blood\s+)?(?:potassium|sodium|calcium|magnesium|phosphate|oxygen|iron)|(?:para)?thyroid"
    r"|(?:platelets?|neutrophils?|(?:white|red)\s+(?:blood\s+)?cells?)(?:\s+counts?)?"
)
# Only after a word for less: "a low count of neutrophils" (neutropenia), "reduced blood flow to the heart" (cardiac
# ischaemia); "a high count of neutrophils" or "increased blood flow" said for them has turned the level around.
_NOT_A_REDUCED_LEVEL = (
    r"[\s-]+(?:(?:counts?|numbers?)\s+of\s+(?:platelets|neutrophils|(?:white|red)\s+(?:blood\s+)?cells)"
    r"|blood\s+(?:flow|supply))\b"
)
_NAME_AFTER = (
    r"molecular[\s-]+weight|density|back\s+pain|school|resolution|sensitivity|power|flow|frequency\s+oscillat"
    r"|throughput|fidelity|performance\s+liquid|grade\s+squamous\s+intraepithelial|(?:malignant|cancerous|cancer)\s+potential"
)
_NOT_A_LEVEL = rf"[\s-]+(?:{_DIAGNOSIS_AFTER}|{_NAME_AFTER})\b"
# (read by `translator.fidelity_counted`, which lets "low or high blood calcium" say "hypo- or hypercalcemia")
DIAGNOSIS_AFTER = _DIAGNOSIS_AFTER
# "renal insufficiency": fixed-width lookbehinds, so that the pattern is tried only where "insufficiency" starts.
# "heart insufficiency" is the lexicon's plain "cardiac insufficiency", the same level
_ORGANS = "|".join(rf"(?<={organ}\s)" for organ in ("renal", "hepatic", "kidney", "liver", "cardiac", "heart",
                                                       "adrenal", "pancreatic"))  # fmt: skip
_LEVELS: list[tuple[str, str]] = [
    # (a comparative before a risk is its level: "increased risk of suicidality" / "a higher risk of suicide")
    ("elevated", rf"(?:high|increase[ds]?|rais(?:e|es|ing))(?!{_NOT_A_LEVEL})|(?:higher|greater)(?=\s+risks?\b)"
                 r"|(?<!give\s)(?<!gives\s)(?<!given\s)ris(?:e|es|ing|en)(?!\s+to\b)|supra[\s-]?therap(?:eu|u|e)tic"
                 # "PSA has gone up": a plain rise ("went up the stairs" is no level)
                 r"|(?:gone|went)\s+up(?!\s+(?:the\s+|a\s+)?(?:stairs|steps|flights?|hills?))"),
    ("reduced", rf"(?:low|decrease[ds]?|reduced|diminished)(?!{_NOT_A_LEVEL})(?!{_NOT_A_REDUCED_LEVEL})"
                rf"|impair(?:ed|ment)|(?:{_ORGANS})insufficiency"
                # "depressed bone marrow function", "depressed ejection fraction"; not a depressed mood or person
                r"|depressed(?=\s+(?:[\w-]+\s+){0,3}?(?:function|ejection|fraction|counts?|levels?)\b)"
                rf"|poor(?!ly\s+controll)(?:ly)?(?!{_NOT_A_REDUCED_LEVEL})"  # ("poor blood flow": ischaemia)
                # "monoclonal protein has gone down": a plain decrease, as "gone up" is a rise; not "gone down to
                # Grade 1", a change to a level the source says as "reduction … to Grade 1" (no level word)
                r"|(?:gone|went)\s+down(?!\s+(?:to\b|(?:the\s+|a\s+)?(?:stairs|steps|flights?|hills?)))"),
]  # fmt: skip
_NAMES = {f"l{i}": name for i, (name, _) in enumerate(_LEVELS)}
_LEVEL_RE = TriggeredPattern(
    re.compile("|".join(rf"(?P<l{i}>(?<![\w-])(?:{p})(?![\w]))" for i, (_, p) in enumerate(_LEVELS)), re.IGNORECASE),
    "high increase rais rise rising risen gone went low decrease reduced diminished impair insufficiency poor supra"
    " greater depressed",
)


def find_levels(text: str) -> Iterator[Quantity]:
    """Every direction word that states a level, as a quantity with a label and no number."""
    for m in _LEVEL_RE.finditer(text):
        yield Quantity(m.start(), m.end(), Comparator.EQ, None, None, None, label=_NAMES[m.lastgroup or "l0"])
