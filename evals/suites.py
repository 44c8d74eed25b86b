"""The eval suites: smoke and corpus (a backend's output checked at scale), mutations (planted errors
and false alarms), chia (fact extraction against human annotations)."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from evals.cases import EvalCase, case_errors, cases_from_translation
from evals.mutations import MUTATIONS, UNGATED
from evals.paraphrases import ParaphraseCase, load_paraphrases
from evals.results import Example, Metric, SuiteResult, TrialRow
from translator.backend import Backend
from translator.criteria import SectionKind
from translator.fidelity import check
from translator.findings import Finding, Severity
from translator.outline import parse_criteria
from translator.pipeline import Translator
from translator.readability import grade, median_grade
from translator.records import Study

Progress = Callable[[int], None]


def _example(case_or_doc: EvalCase, finding: Finding, bullets: Sequence[str], mutation: str | None = None) -> Example:
    source_text, source_span = "", None
    source = next((s for s in case_or_doc.sources if s.id == finding.criterion_id), None)
    if source is not None:
        source_text = source.text
        if case_or_doc.raw and source.start is not None and source.end is not None:
            source_text = case_or_doc.raw[source.start : source.end]
            if finding.source_span:
                start = max(finding.source_span[0] - source.start, 0)
                source_span = (start, min(max(finding.source_span[1] - source.start, start), len(source_text)))
    bullet_text = bullets[finding.bullet_index] if finding.bullet_index is not None and finding.bullet_index < len(
        bullets) else ""
    return Example(nct_id=case_or_doc.nct_id, case_id=case_or_doc.case_id, check=finding.check,
                   severity=finding.severity.value, message=finding.message, criterion_id=finding.criterion_id,
                   source_text=source_text, source_span=source_span, bullet_text=bullet_text,
                   bullet_span=finding.bullet_span if bullet_text else None, mutation=mutation)


def backend_suite(name: str, studies: Iterable[Study], backend: Backend, *, source: str | None,
                  progress: Progress | None = None, max_examples: int = 200) -> SuiteResult:
    """Translate every study with `backend`, check each translation, and measure."""
    translator = Translator(backend)
    result = SuiteResult(suite=name, source=source, backend=backend.identity.backend)
    criteria = flagged = errors = warnings = 0
    checks: Counter[str] = Counter()
    source_texts: list[str] = []
    bullet_texts: list[str] = []
    for study in studies:
        doc = parse_criteria(study.eligibility.criteria)
        translation = translator.translate(doc, nct_id=study.nct_id, study=study)
        findings = check(doc, translation, study)
        bad = {f.criterion_id for f in findings if f.severity is Severity.ERROR and f.criterion_id}
        bullets = [b.text for _, _, b in translation.bullets()]
        record_errors = sum(f.severity is Severity.ERROR for f in findings)
        criteria += len(doc.criteria)
        flagged += len(bad)
        errors += record_errors
        warnings += len(findings) - record_errors
        checks.update(f.check for f in findings)
        source_texts += [c.text for c in doc.criteria]
        bullet_texts += bullets
        result.trials.append(TrialRow(
            nct_id=study.nct_id, criteria=len(doc.criteria), bullets=len(bullets), errors=record_errors,
            warnings=len(findings) - record_errors,
            grade_source=round(median_grade([c.text for c in doc.criteria]), 1),
            grade_bullets=round(median_grade(bullets), 1)))
        if record_errors and len(result.examples) < max_examples:
            for case in cases_from_translation(doc, translation, origin=name):
                for finding in case_errors(case):
                    result.examples.append(_example(case, finding, [b.text for b in case.bullets]))
        if progress:
            progress(1)
    result.metrics = [
        Metric(name="records", value=len(result.trials)),
        Metric(name="criteria", value=criteria),
        Metric(name="error_free_rate", value=1 - flagged / criteria if criteria else 1.0,
               description="Share of criteria whose rendering has no error finding."),
        Metric(name="errors", value=errors, higher_is_better=False),
        Metric(name="warnings_per_criterion", value=warnings / criteria if criteria else 0.0, higher_is_better=False),
        Metric(name="median_grade_source", value=median_grade(source_texts), higher_is_better=False),
        Metric(name="median_grade_bullets", value=median_grade(bullet_texts), higher_is_better=False),
        Metric(name="dedup_ratio", value=translator.unique_requests / max(translator.requests, 1),
               higher_is_better=False, description="Unique criteria / all criteria."),
    ]
    result.tables["findings by check"] = [{"check": k, "count": v} for k, v in checks.most_common()]
    return result


def paraphrase_cases(paraphrases: Sequence[ParaphraseCase]) -> list[EvalCase]:
    from evals.cases import CaseBullet, CaseSource

    kind = {"inclusion": SectionKind.INCLUSION, "exclusion": SectionKind.EXCLUSION}
    cases = []
    for number, p in enumerate(paraphrases):
        section = kind.get(p.kind, SectionKind.OTHER)
        cases.append(EvalCase(
            case_id=f"{p.nct_id}:paraphrase{number}", nct_id=p.nct_id, origin="paraphrase",
            sources=[CaseSource(id=cid, kind=section, text=p.source[cid]) for cid in p.criterion_ids],
            bullets=[CaseBullet(text=b.text, source_ids=list(b.source_ids), kind=section) for b in p.bullets],
        ))
    return cases


def mutation_suite(studies: Iterable[Study], backend: Backend, *, source: str | None, per_type: int = 400,
                   paraphrases: Path | None = None, seed: int = 7, progress: Progress | None = None) -> SuiteResult:
    """Detection of planted errors per type, and false alarms on faithful translations."""
    translator = Translator(backend)
    faithful: list[EvalCase] = []
    for study in studies:
        doc = parse_criteria(study.eligibility.criteria)
        faithful += cases_from_translation(doc, translator.translate(doc, nct_id=study.nct_id, study=study),
                                           origin=backend.identity.backend)
        if progress:
            progress(1)
    faithful += paraphrase_cases(load_paraphrases(paraphrases))
    result = SuiteResult(suite="mutations", source=source, backend=backend.identity.backend)
    clean: list[EvalCase] = []
    alarms: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    for case in faithful:
        totals[case.origin] += 1
        found = case_errors(case)
        if found:
            alarms[case.origin] += 1
            result.examples += [_example(case, f, [b.text for b in case.bullets]) for f in found[:2]]
        else:
            clean.append(case)
    rng = random.Random(seed)
    rows: list[dict[str, str | float | int]] = []
    lowest = 1.0
    for name, mutate in MUTATIONS.items():
        order = clean[:]
        random.Random(f"{seed}:{name}").shuffle(order)
        tried = detected = 0
        for case in order:
            mutated = mutate(case, rng)
            if mutated is None or (mutated.bullets == case.bullets and mutated.sources == case.sources):
                continue
            tried += 1
            found = case_errors(mutated)
            if found:
                detected += 1
            else:
                result.examples.append(Example(
                    nct_id=case.nct_id, case_id=case.case_id, check="missed", severity="error",
                    message=f"planted {name} not detected", mutation=name,
                    source_text=" / ".join(s.text for s in case.sources),
                    bullet_text=" / ".join(b.text for b in mutated.bullets)))
            if tried >= per_type:
                break
        if not tried:
            # A kind of fact the input never states ("at least 4-6 weeks"): no rate to measure, none to gate on.
            rows.append({"mutation": name, "planted": 0, "detected": 0, "detection": "-"})
            continue
        rate = detected / tried
        if name not in UNGATED:
            lowest = min(lowest, rate)
        rows.append({"mutation": name, "planted": tried, "detected": detected, "detection": round(rate, 4)})
        result.metrics.append(Metric(name=f"detection.{name}", value=rate))
    all_cases = sum(totals.values())
    result.tables["detection by mutation type"] = rows
    result.tables["false alarms on faithful translations"] = [
        {"origin": origin, "cases": totals[origin], "false_alarms": alarms[origin],
         "rate": round(alarms[origin] / totals[origin], 4)} for origin in sorted(totals)]
    result.metrics += [
        Metric(name="detection_min", value=lowest,
               description="The lowest detection rate over the mutation types (all but evals.mutations.UNGATED)."),
        Metric(name="false_alarm_rate", value=sum(alarms.values()) / all_cases if all_cases else 0.0,
               higher_is_better=False, description="Faithful cases with at least one error finding."),
        Metric(name="false_alarm_rate.paraphrase",
               value=alarms["paraphrase"] / totals["paraphrase"] if totals["paraphrase"] else 0.0,
               higher_is_better=False),
        Metric(name="faithful_cases", value=all_cases),
    ]
    return result


def chia_suite(chia_dir: Path) -> SuiteResult:
    """Fact extraction against the Chia annotations: recall and precision per entity type (the JSON
    contract's rows), and recall on the spans with a number in a second table."""
    from evals.chia import TYPES, run_chia

    report = run_chia(chia_dir)
    result = SuiteResult(suite="chia", source=str(chia_dir))
    rows: list[dict[str, str | float | int]] = []
    numeric: list[dict[str, str | float | int]] = []
    for entity, score in report.root.items():
        strict = round(report.strict_recall.get(entity, 0.0), 4)
        result.metrics.append(Metric(name=f"recall.{entity}", value=score.recall))
        if entity in TYPES:
            precision = score.precision if score.precision is not None else 0.0
            rows.append({"entity": entity, "recall": round(score.recall, 4), "precision": round(precision, 4),
                         "n": score.n, "strict_recall": strict})  # fmt: skip
            result.metrics.append(Metric(name=f"precision.{entity}", value=precision))
        else:
            numeric.append({"entity": entity, "recall": round(score.recall, 4), "n": score.n, "strict_recall": strict})
    result.tables["recall by entity type"] = rows
    result.tables["recall on spans with a number"] = numeric
    return result


__all__ = ["backend_suite", "chia_suite", "grade", "mutation_suite"]
