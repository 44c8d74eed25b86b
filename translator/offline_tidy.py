"""Tidying a bullet after its edits are applied: spaces, a capital first letter, a full stop, words said twice.

Split from `translator.offline_edits` (kept under the module size limit), which re-exports `tidy` and
`capitalised` for the modules that import them from there.
"""

from __future__ import annotations

import re

_DOUBLED = re.compile(r"\b(older|younger|old)\s+(?:old|of age)\b", re.IGNORECASE)
_SPACES = re.compile(r"[ \t]+")
_SPACE_BEFORE_PUNCT = re.compile(r" +([,;:.)\]])(?=\s+[^\d\s]|\s*$)")  # not "as . 12 hours": a lost symbol's place
_GLUED_SEMICOLON = re.compile(r";(?=[A-Za-z])(?![pq]\d)")  # not a karyotype's bands: "t(8;21)(q22;q22)" stays
# two sentences glued by the source's full stop: "… taking lenalidomide.FCBP must also agree" (after the plain words,
# "lenalidomide.females who can become pregnant"), "… ileus.Patients with …"; not a web address ("CredibleMeds.org")
_GLUED_STOP = re.compile(r"(?<![\w/@:.])(?P<word>[A-Za-z]*[a-z]{3})\.(?P<next>[A-Za-z][a-z]+)(?=\s)")
_DOMAINS = frozenset({"org", "com", "net", "gov", "edu", "int", "html", "htm", "pdf", "php", "aspx", "uk", "de", "fr"})


def _unglued(m: re.Match[str]) -> str:
    following = m.group("next")
    if following.lower() in _DOMAINS or following == "such":  # "medicines.such as" was "medications.e.g."
        return m.group()
    return f"{m.group('word')}. {following[0].upper()}{following[1:]}"


_ENDS_OPEN = re.compile(r"(?:\b(?:and|or|and/or|nor|but)|[:(\[/-])\s*$", re.IGNORECASE)


# "cerebrovascular accident (stroke)" with its plain word becomes "stroke (stroke)": the gloss says it again
_SAID_TWICE = re.compile(
    r"\b(?P<words>[A-Za-z][A-Za-z' -]{2,40}?) (?:\((?P=words)\)|\[(?P=words)\])", re.IGNORECASE
)  # also in brackets: "myocardial infarction [MI]" → "heart attack [heart attack]"
# "Radiotherapy treatment" with "radiation treatment" for its first word: the noun is said twice
_NOUN_TWICE = re.compile(r"\b(?P<noun>treatments?|medicines?|tests?|exams?|doctors?|surgery) (?P=noun)\b", re.I)


def tidy(text: str, *, sentence: bool) -> str:
    """Spaces, a capital first letter, and a full stop when `sentence` and the text ends a thought."""
    text = _DOUBLED.sub(r"\1", text)
    text = _SAID_TWICE.sub(r"\g<words>", text)
    text = _GLOSS.sub(_said_before, text)
    text = _NOUN_TWICE.sub(r"\g<noun>", text)
    text = _SPACES.sub(" ", text).strip()
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = _GLUED_SEMICOLON.sub("; ", text)
    text = _GLUED_STOP.sub(_unglued, text)
    text = capitalised(text)
    # a list's separator after its last item ("Seropositive for HIV;", "Condoms, with or without a spermicide;")
    text = text.rstrip(" ;,；，")
    if sentence:
        unclosed = text.count("(") > text.count(")") or text.count("[") > text.count("]")
        # "(human chorionic" cut off by the source: a full stop would end a sentence inside the brackets
        # a quotation that ends its own sentence ('… are sexually inactive."') needs no second full stop
        if text and not unclosed and not _ENDS_OPEN.search(text) and text.rstrip('"”')[-1:] not in ".!?:…":
            text += "."
    return text


# a gloss in brackets after the words it glosses: "a woman who can become pregnant (women who can become pregnant)",
# where the abbreviation "(WOCBP)" got the plural plain words of the singular before it
_GLOSS = re.compile(r"\s*\((?P<gloss>[A-Za-z][A-Za-z' -]{4,60})\)")


def _one(word: str) -> str:
    word = word.lower()
    return {"women": "woman", "men": "man"}.get(word) or (word[:-1] if len(word) > 3 and word.endswith("s") else word)


def _said_before(m: re.Match[str]) -> str:
    gloss = m.group("gloss").split()
    before = m.string[: m.start()].split()[-len(gloss) :]
    if len(gloss) > 1 and len(before) == len(gloss) and list(map(_one, before)) == list(map(_one, gloss)):
        return ""
    return m.group()


def capitalised(text: str) -> str:
    """Upper-case the first letter when the first word is an ordinary lower-case word (not 'eGFR', 'pH')."""
    first = re.match(r"[^\W\d_]*", text).group()  # type: ignore[union-attr]  # always matches
    rest = text[len(first) : len(first) + 1]
    if re.fullmatch(r"[ivx]{1,4}", first) and rest in (".", ")"):
        return text  # a list numeral ("ii.Negative test", "i. Risk factors"): "Ii." is no numeral
    if first and first.islower() and not rest.isalnum():
        return text[0].upper() + text[1:]
    return text


def lowered(text: str) -> str:
    """Lower-case the first letter when the first word is an ordinary capitalised word (not 'ECOG', 'Crohn')."""
    first = re.split(r"[\s(]", text, maxsplit=1)[0]
    if len(first) > 1 and first[0].isupper() and first[1:].islower() and first.isalpha():
        return text[0].lower() + text[1:]
    return text
