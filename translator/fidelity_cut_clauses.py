"""A clause cut off a criterion's end: "organ system dysfunction compromising safety evaluation" said as "an organ
system problem"; "restrictions specified in the protocol and study procedures" said as "restrictions set out in the
study plan".

`translator.fidelity_content` reports three content words in a row that no bullet says as a warning only: a plain
rewrite rewords three words now and then ("laboratory reference range" said "normal"). A clause that qualifies the
noun before it and closes the criterion is different: it opens with a verb form ("compromising …", "specified in
…") or a relative word ("which could …", "that is …"), and it says which of the noun's cases the criterion means.
A rewrite that rewords it still says some of its words; one that says none of them, up to the source's end, has cut
the clause off, and the bullet takes in every case of the noun. So a run of `MIN_RUN` unsaid words (longer runs are
errors already) is an error here when

- nothing the bullets say comes after it in the source (it is the criterion's tail), and the source says something
  before it (a clause hangs on a noun);
- its first word is a participle ("-ing", "-ed", six letters or more) or a relative word ("which", "that", "who")
  stands between it and the word before it;
- it states no number, unit, window or negation (the fact and negation checks compare those).

A clause cut out of the middle leaves a run that a word of it breaks when another part of the bullets says that word
("undergoing cervical spine surgery in the prone position with intraoperative monitoring" said as "with monitoring
during the operation": "surgery" is said, for "intraoperative"). Two runs of two or more unsaid words with a single
said word between them, `BRIDGED` or more together, are one cut clause: an error (each part alone is a warning or
nothing).

Measured over the offline bullets of the corpus and Chia (63,965 source texts with their bullets) and the 674
hand-written paraphrases: nothing faithful is reported (nor with four words together for a bridged run).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from translator.fidelity_content import ERROR_RUN, content_words, dropped_runs
from translator.fidelity_negations import facts_of

BRIDGED = 5  # unsaid words of two runs with one said word between them: a cut clause
_PART = 2  # each run at least this long: a single unsaid word beside a said one is a reworded phrase

_PARTICIPLE = re.compile(r"[A-Za-z]{3,}(?:ing|ed)", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?:which|that|who)\b", re.IGNORECASE)


def cut_tails(source: str, bullets: Sequence[str]) -> list[tuple[int, int]]:
    """Spans of the clauses that close `source` and that no bullet says a word of (see above)."""
    runs = [(a, b) for a, b, length in dropped_runs(source, list(bullets)) if length < ERROR_RUN]
    if not runs:
        return []
    words = content_words(source)
    start, end = runs[-1]
    before = [w for w in words if w[1] <= start]
    if end < words[-1][1] or not before or facts_of(source[start:end]):
        return []
    opens = _PARTICIPLE.fullmatch(source[start:words[len(before)][1]]) or _RELATIVE.search(source, before[-1][1], start)
    return [(start, end)] if opens else []


def bridged_runs(source: str, bullets: Sequence[str]) -> list[tuple[int, int]]:
    """Spans of the two runs of `source`'s unsaid words, one said word between them, that make a cut clause."""
    runs = dropped_runs(source, list(bullets), 1)
    if len(runs) < 2:
        return []
    index = {start: i for i, (start, _, _) in enumerate(content_words(source))}
    return [(a1, b2) for (a1, _, n1), (a2, b2, n2) in pairwise(runs)
            if index[a2] == index[a1] + n1 + 1 and min(n1, n2) >= _PART and max(n1, n2) < ERROR_RUN
            and n1 + n2 >= BRIDGED]
