""""a" or "an" as the next word is said, over a whole bullet.

`translator.offline_edits.articles` fits the article to a word an edit put after it; this pass catches the rest:
an article an edit put before a word it did not write ("Established diagnosis" made "You have a established
diagnosis"), a word an edit moved away from its article ("in a concurrent interventional study" made "in a
interventional study … at the same time"), an abbreviation read letter by letter that the lexicon spelled out ("an
mTOR inhibitor" made "an mechanistic target of rapamycin (mTOR) inhibitor"), and the source's own slips ("an forced
expiratory volume").

Only where the sound is certain from the spelling: an ordinary lower-case word, or a lower-case letter before
capitals said as a letter ("mTOR", "eGFR"). Words on "h" ("an hour", "a history") and "u" ("a unit", "an
ulcer") and capitals ("a NICU" is said "nick-you") are left as written; so is a letter after a label that names
it ("hepatitis a", "part a"), and a capital "A" inside a sentence ("vitamin A").
"""

from __future__ import annotations

import re

_WORD = r"(?P<word>[a-z][a-z'’-]*[a-z]|[a-z](?=[A-Z]{2})[A-Za-z0-9]+)"
_ARTICLE = re.compile(rf"(?<![\w'’/-])(?P<article>an?|An?) +{_WORD}")
# a letter named by the word before it: "hepatitis a", "type a", "(group a)"
_LABELS = re.compile(
    r"(?:type|part|parts|group|cohort|arm|class|grade|vitamin|hepatitis|stage|phase|list|appendix|section|table|"
    r"category|level|panel|factor|influenza|schedule|plan|step|option|criterion|item)$",
    re.IGNORECASE,
)
# an article goes before a noun or its adjective, never before these: "either a or b", "A at least 2 times …" (a letter)
_NOT_AFTER_AN_ARTICLE = frozenset(re.findall(
    r"\w+", "a an and or as at if in into is it its of on onto over under until upon are after also either each even "
    "every ever other others out"
))
_SAID_AS_A_LETTER = "aefhilmnorsx"  # the letters whose names open with a vowel sound: "an F", "an mTOR"


def _wants_an(word: str) -> bool | None:
    """Whether "an" goes before `word`; None when the spelling leaves it open."""
    if len(word) > 1 and word[1].isupper():  # "mTOR", "eGFR": the first letter is said as a letter
        return word[0] in _SAID_AS_A_LETTER
    if word.startswith(("h", "u")):
        return None
    if word.startswith(("one", "once", "eu", "ewe")):
        return False
    return word[0] in "aeio"


def fit_articles(text: str) -> str:
    """`text` with each "a"/"an" fitted to the sound of the word after it, where the spelling makes it certain."""

    def fit(m: re.Match[str]) -> str:
        article, word = m["article"], m["word"]
        at_start = m.start() == 0 or text[m.start() - 2 : m.start()] in (". ", "! ", "? ")
        if article[0] == "A" and not at_start:
            return m[0]  # "vitamin A or E", "Part A"
        if _LABELS.search(text[: m.start()].rstrip()):
            return m[0]
        if word.lower() in _NOT_AFTER_AN_ARTICLE or text[: m.start()].rstrip().endswith(" such"):
            return m[0]  # "such a ephedrine" was "such as"
        wanted = _wants_an(word)
        if wanted is None or wanted == (article.lower() == "an"):
            return m[0]
        fitted = "an" if wanted else "a"
        return (fitted.capitalize() if article[0] == "A" else fitted) + m[0][len(article) :]

    return _ARTICLE.sub(fit, text)
