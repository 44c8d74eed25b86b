"""The key a word matched by a case-blind pattern is looked up by.

With `re.IGNORECASE`, Python matches "ſ" (long s) to "s", "İ" and "ı" (the Turkish i's) to "i" and "K" (the
Kelvin sign) to "k", but `str.lower()` keeps them apart ("İs".lower() is "i̇s", two letters for one): a table keyed
by the ASCII words then raised KeyError on a word the pattern had matched (found by translating the corpus with
these letters swapped in, as an OCR'd or machine-translated record may write them).
"""

from __future__ import annotations

_ASCII_LETTERS = str.maketrans({"ſ": "s", "İ": "i", "ı": "i", "\u212a": "k"})


def word_key(word: str) -> str:
    """`word` in lower case, with the letters a case-blind pattern takes for ASCII ones spelt as ASCII."""
    return word.translate(_ASCII_LETTERS).lower()
