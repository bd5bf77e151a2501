"""Client-wide defaults, and the sentinel that tells "not given" apart from ``None`` (no time limit)."""

from __future__ import annotations

import enum
from typing import Final, Literal

import httpx2

from ._legacy_httpx import from_legacy_httpx

__all__ = ["DEFAULT_LIMITS", "DEFAULT_MAX_RETRIES", "DEFAULT_TIMEOUT", "NOT_GIVEN", "NotGiven", "coerce_timeout"]

DEFAULT_TIMEOUT = httpx2.Timeout(60.0, connect=10.0)
"""60 s to read (voice and LLM-backed operations can be slow), 10 s to connect."""

DEFAULT_MAX_RETRIES = 2

DEFAULT_LIMITS = httpx2.Limits(max_connections=100, max_keepalive_connections=20)


class NotGiven(enum.Enum):
    """Type of ``NOT_GIVEN``: an argument the caller left out (``timeout=None`` means "no limit")."""

    NOT_GIVEN = enum.auto()

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final[Literal[NotGiven.NOT_GIVEN]] = NotGiven.NOT_GIVEN


def coerce_timeout(timeout: float | httpx2.Timeout | None) -> httpx2.Timeout:
    """Seconds (one limit for every phase), an ``httpx2.Timeout``, or ``None`` for no limit at all.

    An ``httpx.Timeout`` of the old package is converted (see ``_legacy_httpx``).
    """
    timeout = from_legacy_httpx(timeout)
    if isinstance(timeout, httpx2.Timeout):
        return timeout
    if timeout is None:
        return httpx2.Timeout(None)
    if isinstance(timeout, bool) or not isinstance(timeout, int | float):
        # A string ("5") would otherwise fail deep inside httpx2 with an error about `>`.
        raise TypeError(
            f"timeout must be a number of seconds (int or float), an httpx2.Timeout or None, "
            f"got {type(timeout).__name__} {timeout!r:.40}"
        )
    if not timeout > 0:  # also refuses NaN
        raise ValueError(f"timeout must be a positive number of seconds, got {timeout!r}")
    return httpx2.Timeout(timeout)
