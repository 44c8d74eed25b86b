"""The words that name a lab's value, for translator.offline_labs: "platelet count", "serum creatinine", "disease
duration" end in one; a plural one ("values", "platelets") takes "are"."""

from __future__ import annotations

from collections.abc import Sequence

LAB_WORDS = frozenset({
    "count", "counts", "level", "levels", "clearance", "score", "index", "status", "fraction", "pressure", "rate",
    "saturation", "concentration", "volume", "weight", "bilirubin", "creatinine", "hemoglobin", "haemoglobin",
    "albumin", "platelets", "neutrophils", "glucose", "potassium", "sodium", "calcium", "magnesium", "lymphocytes",
    "leukocytes", "transaminases", "titer", "titre", "bmi", "inr", "ast", "alt", "anc", "hba1c", "egfr", "gfr",
    "expectancy", "survival", "parameter", "parameters", "enzyme", "enzymes", "diameter", "protein", "duration",
    "circumference", "chloride",
})  # fmt: skip
# lab words too general to name a lab alone ("Protein ≤ 1+ by urinalysis"): only after a word that says which one
# ("urine protein", "other liver parameters", "left atrium diameter", "alpha-feto-protein", "disease duration")
_HEADS = frozenset({"parameter", "parameters", "enzyme", "enzymes", "diameter", "protein", "duration"})
# quantity words that say which measure, not what is measured: "Maximum diameter > 4 cm" is a tumour's or a lesion's
_ONLY_WHICH = frozenset({"maximum", "maximal", "minimum", "largest", "greatest", "smallest", "longest", "mean", "max"})


def lab_word(words: Sequence[str]) -> bool:
    """Whether a name's last word is a lab word, also as the last part of a hyphened word ("alpha-feto-protein") or
    misspelt by one letter in a long word ("Serum cleatinine": a record's typo names the same lab)."""
    word = words[-1].lower().strip("()")
    pieces = word.split("-")
    if pieces[-1] in _HEADS:
        return len(pieces) > 1 or (len(words) > 1 and not all(w.lower() in _ONLY_WHICH for w in words[:-1]))
    if word in LAB_WORDS or pieces[-1] in LAB_WORDS:
        return True
    return len(word) >= 8 and any(
        len(lab) == len(word) and sum(a != b for a, b in zip(lab, word, strict=True)) == 1 for lab in LAB_WORDS
    )


def plural(word: str) -> bool:
    """Whether a lab's word is a plural ("values", "platelets"), not an abbreviation ("AST"), "status" or "Alk Phos"."""
    word = word.strip("()")
    return word.lower().endswith("s") and not word.isupper() and not word.lower().endswith(("ss", "us", "is", "phos"))
