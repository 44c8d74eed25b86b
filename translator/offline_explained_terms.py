"""Whether an abbreviation is explained where it stands, and how its spelling out is written (offline backend).

- "(ULN)" after the words, "ULN (upper limit of normal)", or a name the text closes with the letters ("a MINI
  Neuropsychiatric Interview (MINI)") explain the letters in place: no spelling out. A bracket after the letters that
  opens an aside ("1 to 3 AEDs (excluding carbamazepine …)", "NSAIDs (e.g. ibuprofen)") explains nothing: the
  letters are spelled out before it as anywhere else ("antiepileptic drugs (AEDs) (excluding …)").
- A cell marker's family letters with its number ("CD 34 cells", "CD 19+ lymphocytes") are a name: "cluster of
  differentiation (CD) 34" spells out the family and leaves the number hanging, so the letters stay as written.
- Letters that are the last word of their own spelling out in another case ("A1C" of "hemoglobin A1c") are said with
  the words before them, in the source's spelling: "hemoglobin A1C", not "hemoglobin A1c (A1C)". Letters written as
  the expansion ends ("3A4" of "cytochrome P450 3A4", "A1c") stay as they are, as before.
"""

from __future__ import annotations

import re

# the first words of an aside: a bracket opening so says something about the letters, not what they stand for
_ASIDE = re.compile(
    r"[(\[]\s*(?:e\.\s?g\b|eg\b|i\.\s?e\b|ie\b|such as|for example|including|excluding|not including|except|other than|"
    r"if\b|unless\b|with\b|without\b|any\b|either\b|at least\b)",
    re.IGNORECASE,
)


def explained_in_place(text: str, start: int, end: int) -> bool:
    """Already explained in place (see the module): the bracket before or after the letters, or a name closed by
    them."""
    before = text[:start].rstrip()
    after = text[end:].lstrip()
    if before.endswith(("(", "[")) or (after.startswith(("(", "[")) and not _ASIDE.match(after)):
        return True
    if before.split()[-1:] == [text[start:end]]:
        return True  # "1.5 x ULN ULN (except …)": the source's slip says the letters twice; the first use stands
    named = re.compile(rf"[ \t]+(?:[A-Za-z][\w'’-]*[ \t]+){{1,6}}\(\s*{re.escape(text[start:end])}\s*\)")
    return named.match(text, end) is not None


# families whose members are the letters and a number ("CD34", "CD 19+"): the number is the name
_NUMBERED_FAMILIES = frozenset({"cluster of differentiation"})


def a_numbered_marker(text: str, end: int, expansion: str) -> bool:
    """Letters of a numbered family followed by a member's number ("CD 34 cells", "CD 19+ lymphocytes")."""
    return expansion.lower() in _NUMBERED_FAMILIES and re.match(r"[ \t]?\d+[+-]?(?![\w.])", text[end:]) is not None


def letters_last(text: str, start: int, written: str, expansion: str) -> str:
    """ "hemoglobin A1C" for "A1C" of "hemoglobin A1c": the expansion with the letters as written, when they are its
    last word in another case and stand alone (not glued to the word before: "(Hg)A1C"); "" otherwise."""
    words = expansion.split()
    if len(words) < 2 or words[-1] == written or words[-1].casefold() != written.casefold():
        return ""
    before = [w.casefold() for w in text[:start].split()[-1:]]
    if (start and not text[start - 1].isspace()) or before == [words[-2].casefold()]:
        return ""  # "(Hg)A1C", "hemoglobin A1C": glued to a word, or said with the words already
    return " ".join([*words[:-1], written])
