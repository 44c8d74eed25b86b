"""Two nouns of capacity joined, put to the reader (offline backend).

"Ability to understand and the willingness to sign a written informed consent document" names two things the
reader is: able to understand, and willing to sign. translator.offline_openings.noun_opening rewrites one such
noun ("Ability to …" → "You are able to …") but leaves the pair, since its rewrite would leave the second noun
hanging ("You are able to understand and the willingness to sign …"). Here both become adjectives of one "You
are": "You are able to understand and willing to sign a written informed consent document".

Only when each noun is followed by its own "to" (so it says what the reader can or will do), the joining word is
"and", "or", "and/or" or "&", and nothing in the sentence names another person who might be the one willing
("willingness of the participant or legal guardian to …", "… by the patient or caregiver"). Everything else
stays as written.
"""

from __future__ import annotations

import re

from translator.offline_edits import Edit

_ADJECTIVE = {"ability": "able", "inability": "unable", "willingness": "willing", "unwillingness": "unwilling"}
_NOUN = r"(?:in)?ability|(?:un)?willingness"
_FIRST = re.compile(rf"(?P<noun>{_NOUN})\s+to\b", re.IGNORECASE)
# the second noun, after the first's verb phrase: "… and the willingness to", "… & willingness to"
_SECOND = re.compile(
    rf"\s*,?\s*(?P<c>and/or|and|or|&)\s+(?:the\s+|a\s+)?(?P<noun>{_NOUN})\s+to\b", re.IGNORECASE
)
_SENTENCE_END = re.compile(r"[.;:](?:\s|$)|\n")
# someone who may be the one able or willing, or a third capacity noun the pair would not cover
_SOMEONE_ELSE = re.compile(
    r"\b(?:of|by|from)\s+(?:the\s+|a\s+|their\s+|his\s+|her\s+)?(?:\w+\s+)?(?:patients?|subjects?|participants?|"
    r"caregivers?|care-givers?|guardians?|representatives?|parents?|partners?|spouses?|relatives?|family|"
    r"surrogates?|proxy|proxies)\b|\b(?:caregiver|care-giver|guardian|representative|parent|partner|spouse|"
    r"surrogate|proxy|family|relative)s?\b",
    re.IGNORECASE,
)


def paired_capacities(text: str, start: int) -> list[Edit]:
    """ "Ability to X and (the) willingness to Y" → "You are able to X and willing to Y", or no edit."""
    first = _FIRST.match(text, start)
    if first is None:
        return []
    stop = _SENTENCE_END.search(text, first.end())
    end = stop.start() if stop else len(text)
    # one match per second noun (the spaces before the joining word match from each of their positions)
    seconds = list({m.end(): m for m in (_SECOND.match(text, i) for i in range(first.end(), end)) if m}.values())
    if len(seconds) != 1 or _SOMEONE_ELSE.search(text, start, end):
        return []  # no pair, or a third noun; or someone else who may be the one willing
    second = seconds[0]
    between = text[first.end() : second.start()]
    if re.search(rf"\b(?:{_NOUN})\b", between, re.IGNORECASE) or not between.strip():
        return []
    joined = "and" if second.group("c") == "&" else second.group("c").lower()
    return [
        Edit(start, first.end(), f"You are {_ADJECTIVE[first.group('noun').lower()]} to", "person"),
        Edit(second.start(), second.end(), f" {joined} {_ADJECTIVE[second.group('noun').lower()]} to", "person"),
    ]
