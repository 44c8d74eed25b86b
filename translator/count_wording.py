"""Cell counts worded in the volume their source uses: "≥ 30 x 10^3/µL" stays "30 × 10^3/µL", not "30 × 10^9/L".

Facts compare counts in one canonical unit per litre ("x10^9/L", "/mm3"), which lets a check accept any exact
restatement. A reader compares the bullet with a lab report, which is written in the units of the source's
country, so the wording keeps the source's volume (µL, mm³, mL, dL, L) and only tidies its spelling.
"""

from __future__ import annotations

import re

# The volume a count is per, as a reader sees it, and its power of ten against a litre.
_VOLUMES = (
    (re.compile(r"(?:µ|μ|u|mc|micro)(?:l|lit(?:er|re)s?)\b", re.IGNORECASE), "µL", 6),
    (re.compile(r"mm\s*(?:3|³|\^\s*3)|cu\.?\s*mm|cmm|cubic\s+millimet(?:er|re)s?", re.IGNORECASE), "mm³", 6),
    (re.compile(r"n(?:l|lit(?:er|re)s?)\b", re.IGNORECASE), "nL", 9),
    (re.compile(r"m(?:l|lit(?:er|re)s?)\b", re.IGNORECASE), "mL", 3),
    (re.compile(r"d(?:l|lit(?:er|re)s?)\b", re.IGNORECASE), "dL", 1),
)
_PER_RE = re.compile(r"(?:/|\bper\b)\s*", re.IGNORECASE)


def count_unit_as_written(text: str, canonical: str) -> str:
    """The display unit for a count whose canonical unit is `canonical`, in the volume `text` (a fact's own text)
    says it is per: "x10^3/µL" for "× 103 cells/μL" read as "x10^9/L"; `canonical` when that is how it is written."""
    power = re.fullmatch(r"x10\^(\d+)/L", canonical)
    pers = list(_PER_RE.finditer(text)) if power is not None or canonical == "/mm3" else []
    if not pers:
        return canonical
    for volume_re, volume, offset in _VOLUMES:
        if volume_re.match(text, pers[-1].end()):
            if power is None:
                return f"/{volume}" if volume in ("µL", "mm³") else canonical
            exponent = int(power.group(1)) - offset
            return f"x10^{exponent}/{volume}" if exponent > 0 else canonical
    return canonical


def names_count_volume(piece: str, text: str, canonical: str) -> bool:
    """Whether `piece` ("microliter", "µL") names the volume a count worded from `text` is per: a bracketed
    repeat ("≥ 1.5 x 10^3/μL (microliter)") the wording already says."""
    shown = count_unit_as_written(text, canonical)
    if not (shown.startswith("x10^") or shown.startswith("/")):
        return False
    volume = shown.rsplit("/", 1)[-1]
    return any(volume == name and volume_re.fullmatch(piece.strip()) for volume_re, name, _ in _VOLUMES)
