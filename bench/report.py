"""One printed line per figure: what was compared, the number, its target and PASS/MISS.

Lines start with the section name in brackets (`[get]`, `[fanout]`, …) so the smoke test, and a reader
skimming the output, can tell every section printed its figures.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Figure", "format_seconds", "medians_of"]


NOISY = 0.10
"""Spread above which a figure is flagged: the machine was busy and the ratio may be off."""


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
    """Largest relative spread (±) among the samples behind the value, when known."""

    @property
    def passed(self) -> bool | None:
        return None if self.target is None else self.value <= self.target

    def render(self, judged: bool) -> str:
        value = format_seconds(self.value) if self.unit == "s" else f"{self.value:.3f}x"
        if self.target is None:
            target, verdict = "", "info"
        else:
            bound = format_seconds(self.target) if self.unit == "s" else f"{self.target:.2f}x"
            target = f"target ≤ {bound}"
            verdict = ("PASS" if self.passed else "MISS") if judged else "-"
        tag = f"[{self.section}]"
        line = f"{tag:<11}{value:>9}  {target:<17}{verdict:<5}  {self.label}"
        detail = self.detail
        if self.noise is not None and self.noise > NOISY:
            detail += f" — NOISY (±{self.noise:.0%}): other load on the machine, rerun for a stable ratio"
        return f"{line}\n{'':<47}{detail}" if detail else line
