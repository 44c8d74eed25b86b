"""Articles the reader's sentence still lacks after translator.offline_counted_articles (offline backend, final text).

- "unstable angina or heart attack within 2 weeks": a heart attack is one countable event, and as the last of a list
  after an uncountable noun it needs its own article: "unstable angina or a heart attack". Only after "or", only where
  the list's part before it has no article or determiner ("a stroke or heart attack" shares the "a"), and only where
  "heart attack" ends its phrase (not "heart attack(s)", "heart attacks" or "heart attack risk").
- "heart failure, unstable angina, heart attack, PTCA … within 6 months", "angina and heart attack", "including heart
  attack within 3 months": the same one event as an item after a comma or "and" ("a heart attack"), where no item of
  its list (which "including" or "such as" may start) has an article or determiner ("You have had a stroke, heart
  attack, …" shares the "a"), and not in a list of what a "history", "risk", "signs" or "symptoms" is of ("a history
  of stroke, heart attack" names conditions, not one event). The list runs back to its bracket, colon or sentence.
- "You have heart transplant." (a heading "Patients with heart transplant" said to the reader): the whole sentence is
  the one transplant, so it takes "a": "You have a heart transplant." The past "You have had …" is done earlier.
- "who had had hysterectomy": one operation, "a hysterectomy" ("had had" is the right past of the past).
- "You have has abnormal …": the source's typo "Has has abnormal …"; the doubled verb says nothing, so it goes.
An article adds no fact and the doubled "has" none either: each says the same one thing the words said before.
"""

from __future__ import annotations

import re

# Words that end the phrase "heart attack" names (the same ones translator.offline_head_articles allows, with the
# measures of time that follow an event: "heart attack less than 6 months ago").
_AFTER = (
    r"$|[.,;:()]|(?:of|to|that|which|with|in|or|and|needing|requiring|for|due|at|within|on|from|caused|such|"
    r"who|where|after|before|during|like|including|as|not|is|was|less|more|over|since|between|"
    r"confirmed|documented|diagnosed|proven|treated)\b"
)
_OR_HEART_ATTACK = re.compile(rf"(?<![\w/])or heart attack(?![\w(-])(?= *(?:{_AFTER}))")
_LISTED_HEART_ATTACK = re.compile(
    rf"(?:(?<=, )|(?<=\band )|(?<=\bincluding )|(?<=\bsuch as ))heart attack(?![\w(-])(?= *(?:{_AFTER}))"
)
# Where a list starts (a bracket, a colon, a sentence), and what makes its items uncountable conditions or shares an
# article among them: a determiner starting an item ("You have had a stroke, …"), "history of", "risk of".
_LIST_START = re.compile(r"[.;:(\[]\s|[;:(\[]|\b(?:including|such as|like|for example,?|that is,?)\s")
_SHARED = re.compile(
    r"(?:^|[,(\[:;]|\b(?:or|and|have|had|has|with|include|includes|including|as|like|of|for|example|is|are|be))\s*"
    r"(?:[Aa]n?|[Tt]he|[Aa]ny|[Nn]o|[Yy]our|[Ee]ach|[Ee]very|[Aa]nother|[Oo]ne|[Oo]ther)\b|"
    r"\b(?:history|risk|signs|symptoms|evidence|episodes?|diagnosis|presence|absence)\s+of\b|\b(?:neither|nor|either)\b"
)
_CLOSED_ASIDE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
# What ends the list part before "or" (a clause's or a parenthesis's start), and the words that give it an article.
_PART_START = re.compile(r"[.;:(,]")
_DETERMINER = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Aa]ny|[Nn]o|[Yy]our|[Ee]ach|[Ee]very|[Aa]nother|[Oo]ne)\b")

# A whole sentence "You have <kind> transplant." from a heading: the kinds offline_counted_articles knows.
_HAVE_TRANSPLANT = re.compile(
    r"^(?P<verb>You have) (?P<noun>(?:allogeneic|allogenic|autologous|heart|kidney|liver|lung|organ|solid organ|"
    r"bone marrow|stem cell) transplant)(?=\.?$)"
)
_HAD_HAD = re.compile(r"\b(?P<verb>had had|have had|has had) (?=(?:total )?hysterectomy(?![\w(-]))")
_HAS_HAS = re.compile(r"\bYou have has (?=[a-z])")


def listed_articles(text: str) -> str:
    """`text` with the articles and the one typo of the module fixed (see the module)."""
    text = _OR_HEART_ATTACK.sub(lambda m: _or_a(text, m), text)
    text = _LISTED_HEART_ATTACK.sub(lambda m: _listed_a(text, m), text)
    text = _HAVE_TRANSPLANT.sub(lambda m: f"{m['verb']} {_article(m['noun'])} {m['noun']}", text)
    text = _HAD_HAD.sub(lambda m: f"{m['verb']} a ", text)
    return _HAS_HAS.sub("You have ", text)


def _or_a(text: str, match: re.Match[str]) -> str:
    """ "or a heart attack" unless the list part before "or" has its own article or determiner."""
    before = text[: match.start()]
    starts = [found.end() for found in _PART_START.finditer(before)]
    part = before[starts[-1] if starts else 0 :]
    # (the sentence's opening verb is not an article: "You have unstable angina or …")
    if _DETERMINER.search(part):
        return match[0]
    return "or a heart attack"


def _listed_a(text: str, match: re.Match[str]) -> str:
    """ "a heart attack" as an item after a comma or "and", unless its list shares an article or names conditions."""
    # (an aside in brackets closed before the item is part of its list, not its start: "a stroke (including TIA), …")
    before = _CLOSED_ASIDE.sub(lambda m: " " * len(m[0]), text[: match.start()])
    while _CLOSED_ASIDE.search(before):  # (an aside inside an aside)
        before = _CLOSED_ASIDE.sub(lambda m: " " * len(m[0]), before)
    starts = [found.end() for found in _LIST_START.finditer(before)]
    listed = before[starts[-1] if starts else 0 :]
    return match[0] if _SHARED.search(listed) else "a heart attack"


def _article(noun: str) -> str:
    return "an" if noun[:1].lower() in "aeiou" else "a"
