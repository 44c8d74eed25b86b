"""The CI gate: thresholds given on the command line, and regressions against a stored baseline.

`--fail-under METRIC=VALUE` fails when a metric is worse than VALUE — below it for a metric where
higher is better, above it where lower is better (false_alarm_rate=0.02 fails at 0.03). A baseline
file holds metric values and a tolerance; a metric that got worse than its baseline by more than the
tolerance fails too.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel, Field

from evals.results import Metric, SuiteResult


class Baseline(BaseModel):
    suite: str
    tolerance: float = Field(default=0.005, description="How much worse than the baseline a metric may get.")
    metrics: dict[str, float]
    tolerances: dict[str, float] = Field(default_factory=dict, description="Per-metric tolerance overrides.")


class GateFailure(BaseModel):
    metric: str
    value: float
    limit: float
    reason: str


def parse_thresholds(items: list[str]) -> dict[str, float]:
    thresholds = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise ValueError(f"--fail-under {item!r}: write METRIC=VALUE, e.g. error_free_rate=0.99")
        try:
            thresholds[name.strip()] = float(value)
        except ValueError:
            raise ValueError(f"--fail-under {item!r}: {value!r} is not a number") from None
    return thresholds


def _worse(metric: Metric, limit: float, slack: float = 0.0) -> bool:
    return metric.value < limit - slack if metric.higher_is_better else metric.value > limit + slack


def evaluate(result: SuiteResult, thresholds: dict[str, float], baseline: Baseline | None) -> list[GateFailure]:
    failures: list[GateFailure] = []
    for name, limit in thresholds.items():
        metric = result.metric(name)
        if metric is None:
            known = ", ".join(m.name for m in result.metrics)
            failures.append(GateFailure(metric=name, value=float("nan"), limit=limit,
                                        reason=f"no metric {name!r} in the {result.suite} suite (it has: {known})"))
        elif _worse(metric, limit):
            direction = "below" if metric.higher_is_better else "above"
            failures.append(GateFailure(metric=name, value=metric.value, limit=limit,
                                        reason=f"{name} = {metric.value:.4f} is {direction} the threshold {limit:g}"))
    if baseline is not None:
        for name, value in baseline.metrics.items():
            metric = result.metric(name)
            slack = baseline.tolerances.get(name, baseline.tolerance)
            if metric is not None and _worse(metric, value, slack):
                failures.append(GateFailure(metric=name, value=metric.value, limit=value,
                                            reason=f"{name} regressed to {metric.value:.4f} from the baseline "
                                            f"{value:.4f} (tolerance {slack:g})"))
    return failures


def load_baseline(path: Path) -> Baseline:
    return Baseline.model_validate_json(path.read_text(encoding="utf-8"))


def write_baseline(path: Path, result: SuiteResult, tolerance: float = 0.005) -> None:
    rates = {m.name: round(m.value, 4) for m in result.metrics if m.name.startswith(("detection", "false_alarm",
                                                                                   "error_free", "recall"))}
    baseline = Baseline(suite=result.suite, tolerance=tolerance, metrics=rates)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(baseline.model_dump(), indent=2) + "\n", encoding="utf-8")
