"""An exclusion's "Any" before a word that says when: read as the same criterion without it (offline backend).

"Any prior use of lenalidomide" excludes whoever "Prior use of lenalidomide" excludes: before a time word
("prior", "previous", "past", "recent", "current", "concurrent") or "history", the "any" only says "whatever kind",
which an exclusion's bare noun says already. The "Any X" rule of offline_reader_openings leaves such openings as
written (it cannot tell "has" from "had"), while the second person's rules know the time of "Prior X" and "History
or evidence of X". So the criterion is read again from the word after "Any", by those same rules, and the "Any"
goes:

- "Any prior use of lenalidomide" → "You have used lenalidomide" (as "Prior use of lenalidomide");
- "Any history or evidence of alcohol or drug abuse" → "You have had or have signs of alcohol or drug abuse";
- "Any previous organ transplant" → "You have had an organ transplant";
- "Any prior intraocular steroid injection" → "You have had any intraocular steroid injection": where the rewrite
  leaves a bare noun after "You have (had)", the "any" stays there (no "You have had intraocular steroid injection").

Only an exclusion: an inclusion's "any" can be a choice among kinds ("Any prior regimen is allowed"). "Any other X"
keeps its words here ("other" is no time word), and so does whatever the rules leave alone without the "Any"
("Any prior Grade ≥ 3 immune-related adverse event"): no rule is made less careful, and the whole rewrite is
checked again here with the "Any" gone. A first sentence that also names a time to come ("Any prior organ
transplant or a scheduled organ transplantation") or other people ("Any prior treatment for breast cancer except
for patients with LCIS …") keeps its words: the new "You have had" would take them in.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from translator.backend import CriterionRequest, RenderedBullet, Rendering, RequestItem
from translator.criteria import SectionKind
from translator.facts import Fact
from translator.fidelity import check_rendering, errors
from translator.offline_edits import Edit, apply, merge, tidy

# an opening that ends on the verb, and what needs no "any" after it (it has a determiner, or a verb of its own)
_HAVE = re.compile(r"\bhave\s+(?:had\s+|current\s+|concurrent\s+)?$")
_DETERMINED = re.compile(r"\s*(?:an?|the|any|all|no|or|and|and/or|been|had|used|taken|received)\b", re.IGNORECASE)


def _with_any(said: str) -> str:
    """ "You have had " → "You have had any ", "You have concurrent " → "You have any concurrent "."""
    time = re.search(r"(?:current|concurrent)\s+$", said)
    return said[: time.start()] + "any " + time.group() if time else said + "any "


# a time to come beside the past one, and someone besides the reader ("… except for patients with LCIS"): the
# rules' "You have had" would take them in
_LATER = re.compile(
    r"\b(?:plann?ed|planning|scheduled|expected|anticipated|intend\w*|future|upcoming)\b", re.IGNORECASE
)
_PEOPLE = re.compile(
    r"\b(?:patients?|subjects?|participants?|individuals?|people|persons?|wom[ae]n|m[ae]n|partners?|he|she|they)\b",
    re.IGNORECASE,
)
_ANY_TIME = re.compile(r"any\s+(?=(?:prior|previous|past|recent|current|concurrent|history)\b)", re.IGNORECASE)


def any_time_edits(
    text: str, kind: SectionKind, facts: Sequence[Fact], read: Callable[[str], list[Edit]]
) -> list[Edit]:
    """ "Any prior use of X" → what `read` makes of "Prior use of X", without "Any" (see the module). `read` gives the
    second person's edits of a criterion's text."""
    start = len(text) - len(text.lstrip())
    m = _ANY_TIME.match(text, start)
    if kind is not SectionKind.EXCLUSION or m is None:
        return []
    sentence = re.split(r"[.;](?:\s|$)", text[start:], maxsplit=1)[0]
    # "the patient" is the reader (offline_mentions says "your")
    sentence = re.sub(r"\bthe\s+(?:patient|subject|participant)\b", "", sentence, flags=re.IGNORECASE)
    if _LATER.search(sentence) or _PEOPLE.search(sentence):
        return []  # "Any prior organ transplant or a scheduled organ transplantation": no "You have had … a scheduled"
    at = m.end()
    # the rest read as a criterion of its own, opening with a capital as one does
    rest = read(text[at].upper() + text[at + 1 :])
    if not rest:
        return []
    # "You have had intraocular steroid injection": a bare noun after the new verb keeps the source's "any" (in the
    # verb's own edit, so that no "a" is put after it as after a bare "had")
    verb = next((e for e in rest if e.start == 0 and _HAVE.search(e.text)), None)
    if verb and _DETERMINED.match(text, at + verb.end):
        verb = None
    edits = [Edit(start, at, "", "person")] + [
        Edit(e.start + at, e.end + at, _with_any(e.text) if e is verb else e.text, e.what) for e in rest
    ]
    item = RequestItem(ref="1", text=text, facts=list(facts))
    bullet = RenderedBullet(text=tidy(apply(text, merge([edits])), sentence=True), refs=["1"], depth=0)
    found = check_rendering(CriterionRequest(kind=kind, items=[item]), Rendering(bullets=[bullet]))
    return [] if errors(found) else edits
