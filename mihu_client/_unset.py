"""`UNSET` and `unwrap`: working with response fields the server may leave out.

The Mihu spec marks almost no response field as required, so generated models type them `X | Unset`
(and the server does omit some). `unwrap(model.field)` is the one-word way to say "this must be
here": it returns the value typed as `X`, or raises `ResponseValidationError` naming what was missing.
"""

from __future__ import annotations

from typing import TypeVar

from ._errors import ResponseValidationError
from ._generated.types import UNSET, Unset

__all__ = ["UNSET", "Unset", "unwrap"]

T = TypeVar("T")


def unwrap(value: T | Unset, what: str = "a required field") -> T:
    """`value` narrowed to its type; `ResponseValidationError` when the server left it out (UNSET)."""
    if isinstance(value, Unset):
        raise ResponseValidationError(f"the response has no {what}")
    return value
