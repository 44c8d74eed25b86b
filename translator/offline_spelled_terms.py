"""Where the lexicon's words must give way to the source's, and how a variant's spelling out fits the variant.

- Words that spell out the abbreviation in brackets after them ("cerebral spinal fluid (CSF)", "upper gastrointestinal
  (UGI)") are the source's own definition of the letters: a plain word inside them ("brain spinal fluid (CSF)") makes
  a name no one uses. A noun that is all those words ("echocardiogram (ECHO)", "fasting plasma glucose (FPG)") gives
  way to its plain word, which says the same thing: the letters stay as the name ("heart ultrasound (ECHO)"); an
  adjective ("gastrointestinal (GI) tract") keeps the source's word, the bracket being inside its noun phrase.
- A capitalised term inside a title-case run ("Mean Pulmonary Artery Pressure") is part of a name as written;
  a plain word in it ("Mean lung Artery Pressure") makes a name no one uses.
- An expansion whose first word the word before already says ("institutionally IRB approved") reads twice
  ("institutionally institutional review board").
- A numbered member of a family keeps its number in the words ("IL-2" is "interleukin-2", not "interleukin"), a
  plural keeps its plural ("NSAIDs": "nonsteroidal anti-inflammatory drugs"), and a member with a mutation written
  on ("JAK2V617F") keeps its letters, which name more than the family.
"""

from __future__ import annotations

import re

from translator.lexicon import Lexicon, TermMatch
from translator.lexicon_entries import AbbreviationEntry

# the bracket after the term: "(CSF)", "(GI)", "(NSAIDs)"; only words, spaces and hyphens between
_NEXT_BRACKET = re.compile(r"[\w'’ \t-]*?\(\s*([A-Za-z][A-Za-z0-9-]{1,11})\s*\)")
_WORD = re.compile(r"[A-Za-z][\w'’]*")


def _next_letters(text: str, end: int) -> re.Match[str] | None:
    """The abbreviation in the bracket after text[:end], if one follows after words only ("(s)", "(eg)" are none)."""
    m = _NEXT_BRACKET.match(text, end)
    if m is None or sum(c.isupper() for c in m.group(1)) < 2 or not m.group(1)[:1].isupper():
        return None
    return m


def spells_out_next(text: str, start: int, end: int) -> bool:
    """Whether the term at text[start:end] is among the words that spell out the abbreviation in brackets just
    after them: the words from the last one whose first letter is the abbreviation's, at most one word a letter."""
    m = _next_letters(text, end)
    if m is None:
        return False
    letters = m.group(1)
    capitals = sum(c.isupper() for c in letters)
    bracket = m.start(1)
    words = [w for w in _WORD.finditer(text, 0, text.rfind("(", 0, bracket))][-(capitals + 1) :]
    firsts = [w.start() for w in words if w.group()[:1].lower() == letters[:1].lower()]
    return bool(firsts) and firsts[0] <= start


_ADJECTIVE_LAST = re.compile(r"(?:al|ic|ar|ary|ous|ive)\Z", re.IGNORECASE)


def spells_out_alone(text: str, start: int, end: int) -> bool:
    """Whether the term at text[start:end] is all the words that spell out the bracket after it ("echocardiogram
    (ECHO)", "fasting plasma glucose (FPG)"), not a part of them ("whole brain radiation therapy (WBRT)", "middle
    cerebral artery (MCA)"): its plain word can stand for all of them, and the letters stay as the source's name for
    it ("heart ultrasound (ECHO)"). A part's plain word would make a name no one uses ("middle brain artery")."""
    m = _next_letters(text, end)
    if m is None or text[end : text.rfind("(", 0, m.start(1))].strip() or _ADJECTIVE_LAST.search(text, start, end):
        return False  # (an adjective, "gastrointestinal (GI) tract": the bracket stands inside the noun phrase)
    words = [w for w in _WORD.finditer(text, 0, end)][-(sum(c.isupper() for c in m.group(1)) + 1) :]
    firsts = [w.start() for w in words if w.group()[:1].lower() == m.group(1)[:1].lower()]
    return bool(firsts) and firsts[0] == start


_TITLE_WORD = re.compile(r"[A-Z][a-z][\w'’-]*")


def in_a_title(text: str, start: int, end: int) -> bool:
    """Whether a capitalised term stands in a run of title-case words, two or more besides its own and a first word
    of the text, joined by single spaces: a name as written ("Mean Pulmonary Artery Pressure")."""
    term = text[start:end]
    if not _TITLE_WORD.match(term):
        return False
    before = re.search(r"(?:[A-Z][a-z][\w'’-]* )*$", text[:start])
    after = re.match(r"(?: [A-Z][a-z][\w'’-]*)*", text[end:])
    run_before = before.group().split() if before else []
    if run_before and before is not None and not text[: before.start()].strip():
        run_before = run_before[1:]  # the text's first word is capitalised anyway
    others = len(run_before) + (len(after.group().split()) if after else 0)
    return others >= 2


def said_before(text: str, start: int, expansion: str) -> bool:
    """Whether the word before the abbreviation already says the expansion's first word in another form
    ("institutionally IRB"; not "clinician CGI-S", whose "Clinical Global Impression" is another word)."""
    before = re.search(r"([A-Za-z]+)\s+$", text[:start])
    first = expansion.split()[0].lower() if expansion.split() else ""
    if before is None or len(first) < 6:
        return False
    word = before.group(1).lower()
    # another form of the word ("institutionally"), not the word itself, which a merge elsewhere takes care of
    return word.startswith(first) and word != first


_ROMAN = re.compile(r"[ivx]+")
_MUTATION = re.compile(r"\d*[a-z]\d+[a-z]")  # "JAK2V617F": a protein change written on


def fitted_expansion(abbreviation: str, written: str, expansion: str, *, plural: bool = False) -> str:
    """The expansion said of `written`, a plural or numbered form of `abbreviation`; "" when the letters name a
    mutation the words would drop, or a plural the words cannot say. Other forms get the expansion as it is.
    `plural`: the lexicon matched a plural of the abbreviation or of a variant ("EKGs" of "ECG")."""
    if plural or (written.upper() == f"{abbreviation.upper()}S" and not abbreviation.upper().endswith("S")):
        return _plural(expansion)  # "NSAIDs", "NSAIDS", "EKGs"
    if not written.lower().startswith(abbreviation.lower()):
        return expansion
    rest = written[len(abbreviation) :]
    key = rest.lstrip("-").lower()
    if key and (key.isdigit() or _ROMAN.fullmatch(key)):
        if expansion.endswith(key) or expansion.rsplit(maxsplit=1)[-1].endswith("s"):
            return expansion  # already numbered, or a family said in the plural (refused elsewhere)
        return f"{expansion}{'-' if rest.startswith('-') else ' '}{rest.lstrip('-')}"
    if _MUTATION.fullmatch(key):
        return ""
    return expansion


def _plural(expansion: str) -> str:
    words = expansion.split()
    last = words[-1] if words else ""
    if last.endswith("s"):
        return expansion  # "red blood cells", "activities of daily living": plural already
    if not last.isalpha() or not last.islower() or " of " in expansion or last.endswith("ing"):
        return ""  # no sure plural: the letters stay as written
    if re.search(r"[^aeiou]y$", last):
        last = last[:-1] + "ies"
    elif last.endswith(("ch", "sh", "x")):
        last += "es"
    else:
        last += "s"
    return " ".join([*words[:-1], last])


# the bracket right after a term, and the one a term opens, with the words written next to each
_BRACKET_AFTER = re.compile(r"\s*[(\[]\s*([^()\[\]]*)[)\]]")
_BRACKET_BEFORE = re.compile(r"([^()\[\]]*)[(\[]\s*$")
_WORDS = re.compile(r"[A-Za-z][\w'’-]*")


def _restates(replacement: str, bracket: str, words_next: list[str], *, after: bool) -> bool:
    """Whether the plain wording would stand next to a bracket that already says it, with more ("syncope (fainting
    or passing out)" → "fainting (fainting or …)"); a bracket that says only the wording is left to the merge that
    drops it ("hypertension (high blood pressure)" → "high blood pressure")."""
    plain = [w.lower() for w in _WORDS.findall(replacement)]
    if not plain or bracket.strip().lower() == replacement.lower():
        return False
    n = min(2, len(plain))
    near = [w.lower() for w in words_next]
    return (near[:n] == plain[:n]) if after else (near[-n:] == plain[-n:])


def kept_words(text: str, match: TermMatch, lexicon: Lexicon, replacement: str) -> bool:
    """Whether a term keeps the source's words: the bracket after it, or the one it opens, says the plain wording
    already ("cerebrovascular accident (stroke or …)", "premature stroke (cerebrovascular accident in …)"), it
    stands inside a title-case name, or it spells out the next bracket. Abbreviations are another matter:
    "systolic BP (SBP)" says "blood pressure", "blood pressure (BP)" is merged, as before."""
    if isinstance(match.entry, AbbreviationEntry):
        return False
    after = _BRACKET_AFTER.match(text, match.end)
    if after is not None and _restates(replacement, after.group(1), _WORDS.findall(after.group(1)), after=True):
        return True
    before = _BRACKET_BEFORE.search(text, 0, match.start)
    closing = text.find(")", match.end)
    if before is not None and closing >= 0 and text[match.end : closing].strip():  # the term alone: merged
        inside = text[before.end() : closing]
        if _restates(replacement, inside, _WORDS.findall(before.group(1)), after=False):
            return True
    m = _next_letters(text, match.end)
    if m is not None and any(found.replacement is not None for found in lexicon.find(m.group(1))):
        return False  # "myocardial infarction (MI)", "Women Of Child Bearing Potential (WOCBP)": both go as one
    if in_a_title(text, match.start, match.end):
        return True
    return spells_out_next(text, match.start, match.end) and not spells_out_alone(text, match.start, match.end)
