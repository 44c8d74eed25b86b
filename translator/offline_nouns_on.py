"""Whether an opening that turns a noun into the reader's verb would leave a second such noun without one.

translator.offline_openings says a noun opening as a verb: "Ability to X" → "You are able to X", "Participation in
X" → "You have taken part in X", "Current use of X" → "You are now using X". A second noun of the same kind joined
to the first needs the first's noun to read; with the first a verb it is left without one, and the sentence breaks:

- "Ability to understand and willingness to consent" (not "You are able to understand and willingness to …");
- "Participation in other investigational drug studies or use of other investigational drugs within 30 days"
  (not "You have taken part in other … studies or use of other … drugs");
- "Previous participation in a study and receipt of anti-angiogenic drugs" (not "… a study and receipt of …");
- "Current use of oral corticosteroids or any such use within the past 6 months" (not "You are now using … or any
  such use within …").

A bare second act after an act said in the past, or after anything a window before the study puts in the past, is
said as one too, sharing its "have": "Participation in
other studies or use of other investigational drugs within 30 days" → "You have taken part in other studies or used
other investigational drugs …", "Major surgery or receipt of X within 4 weeks" → "You have had major surgery or
received X …". Any other (a capacity, an act with words before it: "or any such use", an opening said now) keeps the
criterion's words. A noun that is not joined by "and"/"or" to the opening's stays the object's ("Use of any drug
for the treatment of X" → "You have used any drug for the treatment of X").
"""

from __future__ import annotations

import re

from translator.offline_edits import Edit

# a second capacity after "Ability to …"
_CAPACITIES_ON = re.compile(
    r"(?:\b(?:and|or)|&)\s+(?:the\s+)?(?:un)?(?:willingness|ability|inability|capacity)\b", re.IGNORECASE
)
# an opening that said a use, a taking part or a giving as the reader's verb
_ACT_OPENING = re.compile(r"\b(?:use|participation|administration|receipt|enrol(?:l)?ment)\b", re.IGNORECASE)
# a second such act joined to the first, in the same sentence
_ACTS_ON = re.compile(
    r"\b(?:and|or|and/or)\s+(?:any\s+)?(?:(?:such|prior|previous|past|current|recent|concurrent|planned)\s+)?"
    r"(?:use|participation|administration|receipt|enrol(?:l)?ment)\b(?!\s+(?:to|as)\b)",
    re.IGNORECASE,
)
# a bare one, which a past opening's "have" can share: "… or use of X" → "… or used X"
_BARE_ACT = re.compile(
    r"\b(?:and|or|and/or)\s+(?P<act>use\s+of|participation\s+in|receipt\s+of|administration\s+of)\b", re.IGNORECASE
)
_ACT_SAID = {"use of": "used", "participation in": "taken part in", "receipt of": "received",
             "administration of": "been given"}  # fmt: skip


def nouns_joined(text: str, opening: str, end: int, said: str, timed: bool = False) -> list[Edit] | None:
    """The edits that say the acts joined to `opening` (the matched start of `text`, up to `end`, said as `said`)
    as the reader's verbs too, or None when one would be left without a verb (see the module).

    Only an act's own perfect, or one that a window puts before the study (`timed`), is shared: "History of seizure,
    or use of antiepileptic medications" may mean a use now, which "or used …" would put in the past."""
    if _CAPACITIES_ON.search(text, end):
        return None
    sentence_end = end + len(re.split(r"[.;:](?:\s|$)", text[end:], maxsplit=1)[0])
    # a perfect's "have" is shared ("You have used X or taken part in Y"); a present one is not ("You have signs of")
    perfect = re.match(r"You have (?:recently\s+)?(?:used|taken|received|been|had)\b", said) is not None
    past = perfect and (timed or _ACT_OPENING.search(opening) is not None)
    bare = list(_BARE_ACT.finditer(text, end, sentence_end)) if past else []
    said_acts = {m.start("act") for m in bare}
    left = [m for m in _ACTS_ON.finditer(text, end, sentence_end) if not _is_bare(m, said_acts)]
    if left and _ACT_OPENING.search(opening):
        return None
    return [
        Edit(m.start("act"), m.end("act"), _ACT_SAID[" ".join(m.group("act").lower().split())], "person") for m in bare
    ]


def _is_bare(m: re.Match[str], said_acts: set[int]) -> bool:
    """Whether an act after "and"/"or" is one `nouns_joined` says as a verb (it starts where one of those does)."""
    act = re.search(r"(?:use|participation|administration|receipt|enrol(?:l)?ment)\b", m.group(), re.IGNORECASE)
    return act is not None and m.start() + act.start() in said_acts
