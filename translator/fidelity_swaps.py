"""One thing said in place of another of its kind: "Liver metastases" said as "kidney metastases", "Active hepatitis
B" as "hepatitis C", "Uncontrolled hypertension" as "uncontrolled hypotension", "Left ventricular" as "right
ventricular", "Chronic kidney disease" as "acute kidney disease".

The words-left-out checks read runs of four words, and a plain rewrite changes single words all the time ("renal" →
"kidney", "chronic" → "long-term"), so a single word swapped for another passed every check. A swap is sure where the
two words belong to a set of things that exclude each other: the organs, the sides of the body, acute and chronic,
mild and severe, benign and malignant, upper and lower (the gut, the airways, the limits of normal), systolic and
diastolic, how a medicine is given, in and out of hospital, the hepatitis viruses, too high and too low. A bullet
that names a member of such a set its sources do not name, while a member its sources name is said by no bullet
citing them, has put one in place of the other. Each member has its wordings, plain and technical ("kidney",
"renal", "nephr…"), so a rewording is no swap, and a member a rewording adds (a gloss: "cirrhosis (scarring of the
liver)") is no swap while the source's own are all said.

Measured over the offline bullets of the corpus and Chia (64,433 parts) and the 617 hand-written paraphrases: no
finding (one, "breast-feeding" read as the breast, before the wordings left breastfeeding out).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

# set → member → its wordings (a regex read at word starts, case-insensitive)
_SETS: dict[str, dict[str, str]] = {
    "organ": {
        "the liver": r"livers?\b|hepat(?!itis)\w*",
        "the kidneys": r"kidneys?\b|renal\b|nephr\w*",
        "the heart": r"hearts?\b|cardiac\b|cardio\w*|myocard\w*",
        "the lungs": r"lungs?\b|pulmonar\w*",
        "the brain": r"brains?\b|cerebr\w*|intracranial\b",
        "the breast": r"breasts?\b(?![\s-]*(?:fe|milk|pump))|mammar\w*",  # not breastfeeding
        "the prostate": r"prostat\w*",
        "the pancreas": r"pancrea\w*",
        "the stomach": r"stomach\b|gastric\b",
        "the ovaries": r"ovar(?:y|ies|ian)\b",
        "the thyroid": r"thyroid\w*",
        "the bladder": r"bladder\b",
        "the skin": r"skin\b|cutaneous\b|dermal\b",
    },
    "side": {
        "left": r"left(?=[\s-]+(?:ventric|atri|arm|leg|eye|side|breast|hand|foot|lung|kidney|hemisphere|bundle|knee|hip"
                r"|shoulder|ear|lobe|main|coronary|anterior|upper|lower))",
        "right": r"right(?=[\s-]+(?:ventric|atri|arm|leg|eye|side|breast|hand|foot|lung|kidney|hemisphere|bundle|knee|"
                 r"hip|shoulder|ear|lobe|main|coronary|anterior|upper|lower))",
    },
    "acuity": {"acute": r"acute(?:ly)?\b", "chronic": r"chronic(?:ally)?\b"},
    "nature": {"benign": r"benign\b|non-?cancerous\b|non-?malignant\b", "malignant": r"malignan\w*"},
    "level": {  # of the gut, the airways, the limbs, and the limits of normal
        "upper": r"upper(?=[\s-]+(?:gi\b|gastro|digestive|respirat|airway|limb|extremit|abdom|urinary|back|lobe|limit|"
                 r"endoscop|bleed))",
        "lower": r"lower(?=[\s-]+(?:gi\b|gastro|digestive|respirat|airway|limb|extremit|abdom|urinary|back|lobe|limit|"
                 r"endoscop|bleed))",
    },
    "pressure": {"systolic": r"systolic\b", "diastolic": r"diastolic\b"},
    "route": {
        "by mouth": r"oral(?:ly)?\b(?![\s-]+(?:cavity|mucosa|mucositis|health|hygiene|lesions?|cancer|surgery))"
                    r"|by\s+mouth\b|p\.?o\.?(?=\s|$)",
        "into a vein": r"intravenous(?:ly)?\b|into\s+a\s+vein\b|i\.v\.",
        "under the skin": r"subcutaneous(?:ly)?\b|under\s+the\s+skin\b",
        "inhaled": r"inhal\w*",
    },
    "setting": {"inpatient": r"in-?patients?\b|hospitali[sz]ed\b", "outpatient": r"out-?patients?\b"},
    "severity": {"mild": r"mild(?:ly)?\b", "moderate": r"moderate(?:ly)?\b", "severe": r"severe(?:ly)?\b"},
    "hepatitis": {
        "hepatitis A": r"hepatitis[\s-]+a\b|hav\b",
        "hepatitis B": r"hepatitis[\s-]+b\b|hbv\b|hbsag\b",
        "hepatitis C": r"hepatitis[\s-]+c\b|hcv\b",
        "hepatitis D": r"hepatitis[\s-]+d\b|hdv\b",
        "hepatitis E": r"hepatitis[\s-]+e\b|hev\b",
    },
    "blood pressure": {"high blood pressure": r"hypertensi\w*|high\s+blood\s+pressure",
                       "low blood pressure": r"hypotensi\w*|low\s+blood\s+pressure"},
    "blood sugar": {"high blood sugar": r"hyperglyc\w*|high\s+blood\s+(?:sugar|glucose)",
                    "low blood sugar": r"hypoglyc\w*|low\s+blood\s+(?:sugar|glucose)"},
    "thyroid activity": {"an overactive thyroid": r"hyperthyro\w*|overactive\s+thyroid",
                         "an underactive thyroid": r"hypothyro\w*|underactive\s+thyroid"},
    "potassium": {"high potassium": r"hyperkal\w*|high\s+potassium", "low potassium": r"hypokal\w*|low\s+potassium"},
    "sodium": {"high sodium": r"hypernatr\w*|high\s+sodium", "low sodium": r"hyponatr\w*|low\s+sodium"},
    "calcium": {"high calcium": r"hypercalc\w*|high\s+calcium", "low calcium": r"hypocalc\w*|low\s+calcium"},
}


@cache
def _pattern(wordings: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{wordings})", re.IGNORECASE)


def members(text: str) -> dict[str, set[str]]:
    """Set → the members `text` names."""
    named: dict[str, set[str]] = {}
    for name, group in _SETS.items():
        found = {member for member, wordings in group.items() if _pattern(wordings).search(text)}
        if found:
            named[name] = found
    return named


def swaps(sources: Sequence[str], bullet: str, siblings: Sequence[str]) -> list[tuple[str, str]]:
    """(what `bullet` says, what its `sources` say) for each member of a set the bullet names in place of one its
    sources name: the bullet's is not the sources', and the sources' is said by neither the bullet nor its
    `siblings` (the other bullets citing the same sources)."""
    theirs = members(" ".join(sources))
    ours = members(bullet)
    said = members(" ".join([bullet, *siblings]))
    found = []
    for name, named in ours.items():
        added = named - theirs.get(name, set())
        lost = theirs.get(name, set()) - said.get(name, set())
        if added and lost:
            found.append((" or ".join(sorted(added)), " or ".join(sorted(lost))))
    return found
