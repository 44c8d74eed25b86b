"""Later labs of a list put to the reader like the first (offline backend), after offline_labs' "Your X is …".

A criterion that lists labs, each with its own threshold, used to have only its first said to the reader: "ANC: ≥ 1.5
x 10^9/L;Platelet count: ≥ 100 x 10^9/L;Hemoglobin: ≥ 9.0 g/dL" read "Your absolute neutrophil count (ANC) is 1.5 ×
10^9/L or more; Platelet count: 100 × 10^9/L or more; …". Each later item that is a lab's name, then its value, right
after the previous value and a ";", a ",", "and" or "or", now reads the same way: "…; your platelet count is 100 ×
10^9/L or more; your hemoglobin is 9 g/dL or more". The items keep their order, their values and the words that join
them ("or" stays an "or": "Total bilirubin > 1.5 mg/dL or other liver enzymes > 1.5 x ULN" → "Your total bilirubin
is … or your other liver enzymes are …"; a capital "OR" or "AND" of a list of rules is said in lower case).

The chain stops at the first item that is not of that shape, and leaves it and all after it as written: words
between a value and the next item ("ANC ≥ 1500/mm3 without growth factor support, platelets …") may say something
of the items after them, and a name that is no lab ("…, or history of long QT syndrome") is no value of the reader's.
Whether a name is a lab, and whether its value is its own, is offline_labs' to say (passed in as `said_of`, so this
module does not import it back).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from translator.facts import Comparator, Fact, FactKind
from translator.offline_case import ordinary
from translator.offline_edits import Edit
from translator.offline_lab_series import KEPT

# what joins two items: a ";" or "," (with an optional "and"/"or" after it), or "and"/"or" alone; an aside in
# brackets may close the item before ("Hemoglobin ≥ 9 g/dL (transfusion allowed), …")
_ITEM = re.compile(
    r"(?P<aside>(?:\s*\([^()]*\))*)(?P<join>\s*[;,]\s*(?:(?:and/or|and|or|AND/OR|AND|OR)\s+)?"
    r"|\s+(?:and/or|and|or|AND/OR|AND|OR)\s+)"
    # an article before the name gives way to "your" ("… ≥ 45 kg and a body mass index (BMI) ≤ 40 kg/m²")
    r"(?:(?:an?|the)\s+(?=[A-Za-z]))?(?P<name>[A-Za-z][\w\-/()' ]{0,130}?)(?P<sep>\s*(?::|=|of|is)?\s*)" + KEPT
)
_IN_BRACKETS = re.compile(r"\s*\(")
# "Diastolic blood pressure = 110mmHg": after "is", the "=" says nothing the verb does not ("is = 110mmHg"), and an
# alternative value joined right after it ("… = 110mmHg or = 50mmHg") is the same lab's, said the same way
_EQUALS = re.compile(r"=\s*(?=\d)")
_ALTERNATIVE = re.compile(r"\s*,?\s*or\s+")
# "Body weight = 55 kg and = 140 kg", "eGFR =20 mL/min and <60 mL/min": a value joined by "and" to another bound is
# one side of a range whose comparator was lost (≥, ≤), which "is 55 kg and 140 kg" would state as a fact; its "="
# stays
_BOTH = re.compile(r"\s*(?:and|&)\s+(?:[=<>≤≥]|(?:less|more|greater|lower|higher|below|above|under|over)\b)", re.I)


_CAPITAL_JOIN = re.compile(r"\b(AND/OR|AND|OR)\b")
_OTHER_JOIN = {"AND": re.compile(r"\bor\b"), "OR": re.compile(r"\band\b"), "AND/OR": re.compile(r"(?!)")}
_BRACKETED = re.compile(r"\([^()]*\)")


def _joined(join: str, text: str) -> str:
    """The join as said to the reader: a capital "OR"/"AND" stresses an alternative in a list of rules, and reads as
    "or"/"and" in a sentence, unless the text also joins with the other word in lower case ("eGFR ≥ 30 AND UACR ≥ 500
    or UPCR ≥ 700"): there the capital says which joins first, and stays."""
    m = _CAPITAL_JOIN.search(join)
    if m is None or _OTHER_JOIN[m.group()].search(_BRACKETED.sub(" ", text)):
        return join
    return join.lower()


def equals_end(fact: Fact, text: str = "") -> int:
    """Where a lab's value starts once "is" stands before it: past an "=" of its own, else at the value."""
    m = _EQUALS.match(fact.text) if fact.comparator is Comparator.EQ else None
    return fact.start if m is None or _BOTH.match(text, fact.end) else fact.start + m.end()


def all_equals_or_none(text: str, facts: Sequence[Fact], edits: list[Edit]) -> list[Edit]:
    """`edits` with every "=" they dropped put back unless they dropped every "=" of a value in `text`: "Body weight
    = 50 kg (110 lbs) for men and = 45 kg for women" would otherwise read "is 50 kg … and = 45 kg", one value's "="
    gone and the other's kept, as if the two said different things."""
    ends = {equals_end(f, text): f for f in facts if equals_end(f, text) > f.start}
    dropped = {ends[e.end] for e in edits if e.end in ends and e.start <= ends[e.end].start}
    if len(dropped) == len([f for f in facts if _EQUALS.match(f.text) and f.comparator is Comparator.EQ]):
        return edits
    kept = [e for e in edits if not (e.end in ends and e.start == ends[e.end].start and not e.text)]
    return [Edit(e.start, ends[e.end].start, e.text, e.what) if e.end in ends and e.text else e for e in kept]


def listed_labs(
    text: str, first: Fact, facts: Sequence[Fact], said_of: Callable[[str, Fact], str | None]
) -> list[Edit]:
    """Edits saying each lab after `first` (the value offline_labs put to the reader) as "your <name> is <value>".

    `said_of(name, fact)` is what goes between "your <name>" and `fact` (" is ", " are ", " score is "), or None when
    `name` is no lab whose value `fact` is."""
    values = sorted((f for f in facts if f.start >= first.end and f.kind is FactKind.VALUE), key=lambda f: f.start)
    edits: list[Edit] = []
    previous = first
    for fact in values:
        if fact.comparator in (None, Comparator.EQ) and _IN_BRACKETS.fullmatch(text, previous.end, fact.start):
            continue  # "≥ 50 kg (110 lbs.) and a body mass index …": the value's aside, which the next item's holds
        equals = equals_end(previous, text) > previous.start and equals_end(fact, text) > fact.start
        if equals and _ALTERNATIVE.fullmatch(text, previous.end, fact.start):
            edits.append(Edit(fact.start, equals_end(fact, text), "", "person"))
            previous = fact
            continue
        if fact.age or fact.comparator is None or fact.label is not None:
            break
        m = _ITEM.fullmatch(text, previous.end, fact.start)
        # another fact between the two values stops the list, unless the aside holds it ("(transfusion allowed)")
        if m is None or any(previous.end <= f.start < fact.start and f.start >= m.end("aside") for f in facts):
            break
        name = m.group("name").strip()
        verb = said_of(name, fact)
        if verb is None:
            break
        at = m.start("name")
        words = name.split()
        join = m.group("join")
        glued = not join[-1:].isspace()  # ";Platelet count": the source wrote no space
        # the join rewritten with "your" after it, as one edit: a list's "; Platelet" made ". Platelet" by the plain
        # rules (an edit over the join and the capital) would otherwise take the place of "your"
        edits.append(Edit(m.start("join"), at, _joined(join, text) + (" your " if glued else "your "), "person"))
        titled = len(words) > 1 and words[1][:1].isupper()  # "Absolute Neutrophil Count" keeps its capitals
        if not titled and ordinary(words[0]):
            edits.append(Edit(at, at + len(words[0]), words[0].lower(), "case"))
        kept = m.group("kept")
        edits.append(Edit(m.start("sep"), m.start("kept") if kept else equals_end(fact, text), verb, "person"))
        said = text[fact.start :].split(maxsplit=1)[0]
        if ordinary(said) and not kept:  # "Platelets: At least 100,000/mm3": the comparator now runs on a sentence
            edits.append(Edit(fact.start, fact.start + len(said), said.lower(), "case"))
        previous = fact
    return edits
