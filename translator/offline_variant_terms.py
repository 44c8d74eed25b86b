"""Whether an abbreviation's spelling out fits the variant written, not only the family the lexicon names.

A lexicon entry lists variants under one expansion, but some variants name a narrower or another thing, and
the family's words then say the wider thing while the qualifier is left to letters the reader cannot read:
- a lower-case prefix is a qualifier ("cGVHD" chronic, "nmCRPC" non-metastatic, "bDMARD" biologic, "gBRCA"
  germline, "NT-proBNP" another lab than BNP): "castration-resistant prostate cancer (nmCRPC)" drops it;
- a numbered member said with the family's plural turns one gene into several ("BRCA genes (BRCA1)");
- a second member after a slash that the expansion does not name ("cyclin-dependent kinase 4 (CDK4/6)");
- a variant without the number the expansion ends with adds it ("sodium-glucose cotransporter 2 (SGLT)").
Those keep the source's letters.
"""

from __future__ import annotations

import re

_PLAIN_SPELLING = re.compile(r"[\s\-/.]+")
# "β-hCG", "β hCG", "beta HCG", "b-hCG": a part of the same hormone; "anti-HBc": an antibody to it, as the entry says
_SAME_THING_PREFIX = re.compile(r"^(?:[α-ω][-\s]?|(?:alpha|beta|gamma|delta|kappa|b|anti)[-\s])$")
_PLURAL_WORD = re.compile(r"(?<![su])s$")  # "genes", "receptors"; not "class", "virus"
_LAST_NUMBER = re.compile(r"\s(\d+)$")
_SLASHED_NUMBER = re.compile(r"/\D*(\d+)")


def _key(text: str) -> str:
    return _PLAIN_SPELLING.sub("", text).lower()


def expansion_fits_variant(abbreviation: str, written: str, expansion: str) -> bool:
    """Whether "<expansion> (<written>)" says what `written` says, `written` being `abbreviation` or a variant."""
    short, form = _key(abbreviation), _key(written)
    if form == short:
        return True  # "HER-2", "CA 125", "mm Hg": the same letters
    numbers = set(re.findall(r"\d+", expansion))
    if any(n not in numbers for n in _SLASHED_NUMBER.findall(written)):
        return False  # "CDK4/6", "BRCA1/2": two members, the expansion names one
    at = written.lower().find(abbreviation.lower())
    if at > 0:
        prefix = written[:at]
        if any(c.islower() for c in prefix) and not _SAME_THING_PREFIX.match(prefix.lower()):
            return False  # "cGVHD", "nAMD", "NT-proBNP": the prefix says which kind
    if short in form:  # "NSAIDs", "ADLs": a plural of a singular expansion
        extra = form.replace(short, "", 1)
        words = expansion.split()
        # a family named in lower case ("BRCA genes"), not a title ("… for Adverse Events"); its member written after
        family = bool(words) and words[-1].islower() and _PLURAL_WORD.search(words[-1]) is not None
        if family and form.startswith(short) and " of " not in expansion and extra != "s":
            return False  # "JAK2" → "Janus kinase (JAK2)" is one kinase; "BRCA genes (BRCA1)" says several genes
    elif form in short:
        number = _LAST_NUMBER.search(expansion)
        if number and short.replace(form, "", 1) == number.group(1):
            return False  # "SGLT" is not "sodium-glucose cotransporter 2"
    return True  # "ALAT", "EKG", "DEXA": another spelling of the same thing


# "IGA score": a lab's letters before "score" are another thing's (here the Investigator's Global Assessment),
# not the lab's ("immunoglobulin A (IGA) Score is more than 3")
_A_SCORE_AFTER = re.compile(r"\s*(?:score|scale)\b", re.IGNORECASE)


def names_a_score(text: str, end: int) -> bool:
    """Whether the lab abbreviation ending at `end` is followed by "score" / "scale" (so it is a score's name)."""
    return _A_SCORE_AFTER.match(text, end) is not None
