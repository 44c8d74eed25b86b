"""Elapsed time said with a verb of its own, as a plain sentence (offline backend): "At least 4 weeks must have
elapsed since prior chemotherapy" → "It has been at least 4 weeks since any past chemotherapy."

translator.offline_since says a bare "At least 4 weeks since prior X" as "It has been …"; the same time with a verb
between the amount and its "since" ("must have elapsed", "must have passed", "must have lapsed", "is required",
"is needed") was left as written, a sentence about a time rather than about the reader. The verb says only that the
time must be over, which "It has been" says of the reader's history too (under "You may be able to join if"), so it
gives way to "since", and offline_since words the rest with all its guards (a second clause, a negation, a
"must" of the rest, a bracket left open: no edit).

"from X" in place of "since X" ("At least 4 weeks must have elapsed from major surgery", "is required from prior
therapy", or with no verb: "At least 21 days from last cytotoxic chemotherapy") counts from X in the same way, but
only when nothing after it could be the far end of the span ("from prior therapy to registration", "… until",
"… before"): then the words stay as written. A bare "post X" with no verb ("Less than 4 weeks post major surgery")
counts from X too, with the same guard, unless "post" makes a word with it ("post operative"); neither a bare "from"
nor "post" when X is the study or its doses (a span after them may be a duty still to come).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.criteria import SectionKind
from translator.facts import Fact, extract_facts
from translator.offline_edits import Edit
from translator.offline_since import NUMBER, since_edits  # (NUMBER: the same numbers, in figures or words)
from translator.offline_topic_labels import is_topic

# the amount, then the verb that says the time must be over, then what it is counted from
_VERB = re.compile(
    r"(?P<amount>(?:at\s+least|more\s+than|greater\s+than|longer\s+than|less\s+than|fewer\s+than|a\s+minimum\s+of|"
    rf"minimum\s+of|>=?|≥)\s*{NUMBER}\s*(?:hours?|days?|weeks?|months?|years?))"
    r"(?:(?P<verb>\s+(?:must|should|need\s+to|needs\s+to)\s+have\s+(?:elapsed|passed|lapsed|gone\s+by)"
    r"|\s+(?:has|have)\s+(?:elapsed|passed|lapsed|gone\s+by)"
    r"|\s+(?:is|are)\s+(?:required|needed|necessary))"
    r"\s+(?P<from>since|from)\s+"
    # no verb, "from" for "since" ("At least 21 days from last cytotoxic chemotherapy"), with the far-end guard and,
    # as "post" below, not from the study or its doses
    r"|\s+(?P<bare>from)\s+(?![^.;]*\b(?:study|trial|dos(?:e|es|ing)|enrol\w*|randomi[sz]\w*|consent|registration)\b)"
    # no verb, "post" for "since" ("Less than 4 weeks post major surgery": it has been less than 4 weeks since it);
    # not a word "post" makes one with ("post operative", "post partum": no "since operative"), nor a time counted
    # from the study or its doses, which may be a duty to come ("At least 90 days post last dose of study drug" under
    # "Use birth control for:"); "after" is left as written for the same reason
    r"|\s+(?P<post>post)\s+(?!(?:operative(?:ly)?|op|partum|menopausal|natal(?:ly)?)\b)(?=[a-z])"
    r"(?![^.;]*\b(?:study|trial|dos(?:e|es|ing)|enrol\w*|randomi[sz]\w*|consent|registration)\b))",
    re.IGNORECASE,
)
# a far end of the span after "from": "from prior therapy to registration", "… until …", "… before …"
_FAR_END = re.compile(r"\b(?:to|until|till|through|before|prior\s+to|and)\b", re.IGNORECASE)


# a topic before the time ("Other: At least 72 hours since prior aspirin", "Radiotherapy: At least 3 weeks since …"),
# as the PDQ-style records head their prior-therapy items: the topic stays word for word before the sentence
_TOPIC = re.compile(
    r"\s*(?P<topic>(?-i:[A-Z])[\w'’&/,()-]*(?:[ \t]+[\w'’&/,()-]+){0,5}?)\s*:[ \t]+"
    r"(?=(?:at\s+least|more\s+than|greater\s+than|a\s+minimum\s+of|minimum\s+of)\s)",
    re.IGNORECASE,
)


def elapsed_edits(text: str, kind: SectionKind, facts: Sequence[Fact]) -> list[Edit]:
    """The edits of an elapsed time (`_elapsed`), or of one after a topic label, moved back behind the topic (which
    stays as written); none when the sentence is not only that time (offline_since's guards)."""
    edits = _elapsed(text, kind, facts)
    topic = None if edits else _TOPIC.match(text)
    if topic is None or not is_topic(topic.group("topic")):
        return edits
    at = topic.end()
    said = text[at:]
    return [Edit(e.start + at, e.end + at, e.text, e.what) for e in _elapsed(said, kind, extract_facts(said))]


def _elapsed(text: str, kind: SectionKind, facts: Sequence[Fact]) -> list[Edit]:
    """offline_since's edits, or, for an amount with a verb before its "since"/"from", the same edits read on the
    text with the verb taken out (see the module)."""
    plain = since_edits(text, kind, facts)
    if plain:
        return plain
    start = len(text) - len(text.lstrip())
    m = _VERB.match(text, start)
    if m is None:
        return []
    rest = text[m.end() :]
    ends = (m.group("from") or "from").lower() == "from"  # "from", "post" and "after" may have a far end: "… to Y"
    if ends and _FAR_END.search(re.sub(r"^(?:any\s+)?prior\s+", "", rest, flags=re.I)):
        return []
    # the source with "since" where the verb and its "since"/"from" stand; every edit after it moves back by the gap
    said = text[: m.end("amount")] + " since "
    read = said + rest
    shift = m.end() - len(said)
    edits = since_edits(read, kind, extract_facts(read))
    gap = (m.end("amount"), len(said))  # the " since " read in place of the verb: no edit of offline_since's in it
    if not edits or any(e.start < gap[1] and (e.end > gap[0] or e.start > gap[0]) for e in edits):
        return []
    moved = [e if e.end <= gap[0] else Edit(e.start + shift, e.end + shift, e.text, e.what) for e in edits]
    return sorted([*moved, Edit(m.end("amount"), m.end(), " since ", "person")], key=lambda e: e.start)
