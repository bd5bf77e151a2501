"""One printed line per figure: what was compared, the number, its target and PASS/MISS.

Lines start with the section name in brackets (`[get]`, `[fanout]`, …) so the smoke test, and a reader
skimming the output, can tell every section printed its figures.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Figure", "format_seconds", "medians_of"]


NOISY = 0.04
"""Confidence half-width above which a figure is flagged: the machine was busy, the ratio may be off."""


def format_seconds(seconds: float) -> str:
    """Seconds in the unit that keeps three or four significant digits."""
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.2f} ms"
    return f"{seconds * 1e6:.1f} µs"


def medians_of(count: int, what: str = "interleaved round") -> str:
    """How many samples each median in a detail line is taken over."""
    return f"medians over {count} {what}{'s' if count != 1 else ''}"


@dataclass(frozen=True)
class Figure:
    """A measured value (a ratio, or seconds when `unit` is "s") and its upper bound, if it has one."""

    section: str
    label: str
    value: float
    detail: str = ""
    target: float | None = None
    unit: str = "x"
    noise: float | None = None
    """Relative half-width of the value's ~95 % confidence interval, when known."""
    at_least: bool = False
    """The target is a lower bound (throughput ratios: higher is better)."""

    @property
    def passed(self) -> bool | None:
        if self.target is None:
            return None
        return self.value >= self.target if self.at_least else self.value <= self.target

    def render(self, judged: bool) -> str:
        value = format_seconds(self.value) if self.unit == "s" else f"{self.value:.3f}x"
        if self.target is None:
            target, verdict = "", "info"
        else:
            bound = format_seconds(self.target) if self.unit == "s" else f"{self.target:.2f}x"
            target = f"target {'≥' if self.at_least else '≤'} {bound}"
            verdict = ("PASS" if self.passed else "MISS") if judged else "-"
        tag = f"[{self.section}]"
        line = f"{tag:<11}{value:>9}  {target:<17}{verdict:<5}  {self.label}"
        detail = self.detail
        if self.noise is not None:
            detail = f"ratio ±{self.noise:.1%} (95% CI); {detail}"
            if self.noise > NOISY:
                detail += "; NOISY: other load on the machine, rerun for a firmer ratio"
        return f"{line}\n{'':<47}{detail}" if detail else line
