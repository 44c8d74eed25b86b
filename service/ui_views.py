"""What the editor pages show, computed in Python so the templates only lay it out: the original
criteria text cut into criterion spans with the findings marked inside them, the translation's
bullets with their findings, and the actions the translation's state allows.

Nothing here builds HTML: the templates do, with autoescaping, so every piece of source text stays text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from service.bullet_changes import BulletChange, bullet_changes
from service.stored import AuditEntry, StoredStudy, StoredTranslation
from service.tables import TranslationState
from translator.criteria import CriteriaDoc
from translator.findings import Finding, Severity, is_concern
from translator.outline import parse_criteria
from translator.sources import load_study


@dataclass(frozen=True)
class Block:
    """A run of the original text: a criterion's own span (`criterion_id`) or what lies between them."""

    criterion_id: str | None
    parts: list[Part]


@dataclass(frozen=True)
class FindingView:
    index: int
    finding: Finding

    @property
    def severity(self) -> str:
        return self.finding.severity.value

    @property
    def tone(self) -> str:
        """How loudly the page shows it: 'error', 'concern' (a warning about meaning) or 'style' (how a bullet
        reads: nearly every long bullet draws a reading-grade warning, so these are muted to let the others
        stand out)."""
        if self.finding.severity is Severity.ERROR:
            return "error"
        return "concern" if is_concern(self.finding) else "style"


@dataclass(frozen=True)
class Part:
    """A run of text with the findings whose span covers it (none for plain text)."""

    text: str
    findings: tuple[FindingView, ...] = ()

    @property
    def severity(self) -> str | None:
        return _worst(self.findings)

    @property
    def indices(self) -> str:
        return " ".join(str(view.index) for view in self.findings)

    @property
    def messages(self) -> str:
        return "\n".join(f"{view.severity}: {view.finding.message}" for view in self.findings)


@dataclass(frozen=True)
class BulletView:
    index: int  # flat index, as findings give it
    text: str
    parts: list[Part]
    source_ids: list[str]
    depth: int
    definitions: list[tuple[str, str]]
    findings: list[FindingView]

    @property
    def severity(self) -> str | None:
        return _worst(self.findings)


@dataclass(frozen=True)
class SectionView:
    kind: str
    label: str
    source_label: str | None
    bullets: list[BulletView]


@dataclass(frozen=True)
class Actions:
    """What an editor may do with the translation in its current state."""

    edit: bool
    approve: bool  # plain approval: pending and no error findings
    override: bool  # approval over error findings, with a reason
    reject: bool


@dataclass
class ReviewView:
    study: StoredStudy
    title: str
    conditions: list[str]
    original_text: str
    blocks: list[Block]
    stored: StoredTranslation | None = None
    sections: list[SectionView] = field(default_factory=list)
    findings: list[FindingView] = field(default_factory=list)
    loose_findings: list[FindingView] = field(default_factory=list)  # tied to no bullet
    not_shown: list[tuple[str, str]] = field(default_factory=list)
    history: list[EventView] = field(default_factory=list)
    source_changed: bool = False  # the study's criteria text is no longer the translated one
    to_review: list[str] = field(default_factory=list)  # criteria without an approval of their wording
    actions: Actions = field(default_factory=lambda: Actions(False, False, False, False))

    @property
    def criterion_count(self) -> int:
        return sum(block.criterion_id is not None for block in self.blocks)

    @property
    def partial_review(self) -> bool:
        """Some criteria keep an earlier approval (after a source change): mark the others."""
        return 0 < len(self.to_review) < self.criterion_count

    @property
    def error_count(self) -> int:
        return sum(view.finding.severity is Severity.ERROR for view in self.findings)

    @property
    def warning_count(self) -> int:
        return sum(view.finding.severity is Severity.WARNING for view in self.findings)

    @property
    def concern_count(self) -> int:
        """Warnings about what a bullet says, not how it reads (translator.findings.is_concern)."""
        return sum(is_concern(view.finding) for view in self.findings)


def review_view(
    study_row: StoredStudy, stored: StoredTranslation | None, history: Sequence[AuditEntry] = ()
) -> ReviewView:
    study = load_study(study_row.raw)
    text = study.eligibility.criteria
    doc = parse_criteria(text)
    findings = [FindingView(index, finding) for index, finding in enumerate(stored.findings if stored else [])]
    spans = [(view.finding.source_span, view) for view in findings if view.finding.source_span is not None]
    source_changed = stored is not None and stored.source_sha != study_row.criteria_sha
    view = ReviewView(
        study=study_row,
        title=study.title,
        conditions=study.conditions,
        original_text=text,
        # Findings point into the text that was translated; when that is no longer the study's
        # text their spans would mark the wrong words, so they are listed but not marked.
        blocks=source_blocks(doc, [] if source_changed else spans),
        stored=stored,
        history=[event_view(entry) for entry in history],
        source_changed=source_changed,
    )
    if stored is None:
        return view
    by_bullet: dict[int, list[FindingView]] = {}
    for finding_view in findings:
        if finding_view.finding.bullet_index is not None:
            by_bullet.setdefault(finding_view.finding.bullet_index, []).append(finding_view)
    sections: list[SectionView] = []
    for section in stored.translation.sections:
        sections.append(SectionView(section.kind.value, section.label, section.source_label, []))
    flat = 0
    for section_view, section in zip(sections, stored.translation.sections, strict=True):
        for bullet in section.bullets:
            own = by_bullet.get(flat, [])
            marks = [(f.finding.bullet_span, f) for f in own if f.finding.bullet_span is not None]
            section_view.bullets.append(
                BulletView(
                    index=flat,
                    text=bullet.text,
                    parts=mark(bullet.text, marks),
                    source_ids=list(bullet.source_ids),
                    depth=bullet.depth,
                    definitions=[(d.term, d.plain) for d in bullet.definitions],
                    findings=own,
                )
            )
            flat += 1
    view.sections = sections
    view.findings = findings
    view.loose_findings = [f for f in findings if f.finding.bullet_index is None or f.finding.bullet_index >= flat]
    view.not_shown = sorted(stored.translation.not_shown.items())
    view.to_review = list(stored.criteria_to_review)
    has_errors = view.error_count > 0
    pending = stored.state is TranslationState.PENDING
    editable = stored.state in (TranslationState.PENDING, TranslationState.REJECTED) and not source_changed
    current = pending and not source_changed  # the store refuses to publish a rendering of old text
    view.actions = Actions(edit=editable, approve=current and not has_errors, override=current and has_errors,
                           reject=pending)
    return view


Spans = Sequence[tuple[tuple[int, int], FindingView]]


def source_blocks(doc: CriteriaDoc, finding_spans: Spans) -> list[Block]:
    """The whole text as blocks: each criterion's own span, and the text between (headers, markers,
    blank lines), with the findings marked inside. Joined, the blocks give back the text exactly."""
    text = doc.raw
    cuts = {0, len(text)}
    owners: list[tuple[int, int, str]] = []
    for criterion in doc.criteria:
        if criterion.end > criterion.start:
            owners.append((criterion.start, criterion.end, criterion.id))
            cuts.update((criterion.start, criterion.end))
    owners.sort()
    blocks: list[Block] = []
    bounds = sorted(cut for cut in cuts if 0 <= cut <= len(text))
    for start, end in pairwise(bounds):
        owner = next((cid for lo, hi, cid in owners if lo <= start and end <= hi), None)
        inside = [((max(lo, start) - start, min(hi, end) - start), view)
                  for (lo, hi), view in finding_spans if lo < end and hi > start]
        parts = mark(text[start:end], inside)
        if blocks and blocks[-1].criterion_id == owner and owner is None:
            blocks[-1].parts.extend(parts)
        else:
            blocks.append(Block(owner, parts))
    return blocks


def mark(text: str, spans: Spans) -> list[Part]:
    """`text` cut into parts so that each finding span (clamped to the text) covers whole parts."""
    cuts = {0, len(text)}
    clamped: list[tuple[int, int, FindingView]] = []
    for (start, end), view in spans:
        lo, hi = max(0, min(start, len(text))), max(0, min(end, len(text)))
        if hi > lo:
            clamped.append((lo, hi, view))
            cuts.update((lo, hi))
    bounds = sorted(cuts)
    parts = []
    for start, end in pairwise(bounds):
        covering = tuple(view for lo, hi, view in clamped if lo <= start and end <= hi)
        parts.append(Part(text[start:end], covering))
    return parts or [Part(text)]


def _worst(findings: Sequence[FindingView]) -> str | None:
    if any(view.finding.severity is Severity.ERROR for view in findings):
        return "error"
    return "warning" if findings else None


# ---------------------------------------------------------------- history


@dataclass(frozen=True)
class EventView:
    entry: AuditEntry
    bullets: list[BulletChange]  # the bullets an edit changed, with their word changes
    fields: list[str]  # one line per other changed field, in words

    @property
    def changes(self) -> list[str]:
        """Everything the event changed, one line each, in words."""
        return [str(change) for change in self.bullets] + self.fields


def event_view(entry: AuditEntry) -> EventView:
    """An audit event with what it changed spelled out: edits list the bullets whose wording changed
    (the events hold whole payloads, far too much to show)."""
    before, after = entry.before or {}, entry.after or {}
    bullets: list[BulletChange] = []
    fields: list[str] = []
    if "payload" in before:
        bullets = bullet_changes(_bullet_texts(before.get("payload")), _bullet_texts(after.get("payload")))
    elif "payload" in after:  # a new translation: its size, not every bullet
        fields.append(f"{len(_bullet_texts(after['payload']))} bullets")
    for key in sorted(set(before) | set(after)):
        if key in ("payload", "findings") or before.get(key) == after.get(key):
            continue
        if key in before and key in after:
            fields.append(f"{key}: {_short(before[key])} → {_short(after[key])}")
        elif key in after:
            fields.append(f"{key}: {_short(after[key])}")
        else:
            fields.append(f"{key} was {_short(before[key])}")
    return EventView(entry, bullets, fields)


def _bullet_texts(payload: object) -> list[str]:
    if not isinstance(payload, dict):
        return []
    texts: list[str] = []
    for section in payload.get("sections") or []:
        bullets = section.get("bullets") if isinstance(section, dict) else None
        texts.extend(str(bullet.get("text", "")) for bullet in bullets or [] if isinstance(bullet, dict))
    return texts


def _short(value: object, limit: int = 120) -> str:
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
