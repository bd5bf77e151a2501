"""`UNSET` and `unwrap`: working with response fields the server may leave out.

The Mihu spec marks almost no response field as required, so generated models type them `X | Unset`
(and the server does omit some). `unwrap(model.field)` is the one-word way to say "this must be
here": it returns the value typed as `X`, or raises `ResponseValidationError` naming what was missing.
`x is not UNSET` narrows the type too (`Unset` is a one-member enum).
"""

from __future__ import annotations

import ast
import linecache
import sys
from types import FrameType
from typing import TypeVar

from ._errors import ResponseValidationError
from ._generated.types import UNSET, Unset

__all__ = ["UNSET", "Unset", "unwrap"]

T = TypeVar("T")


def unwrap(value: T | Unset, what: str | None = None) -> T:
    """`value` narrowed to its type; `ResponseValidationError` when the server left it out (UNSET).

    The error names the field: `what` when given, else the expression the caller passed
    (`unwrap(contact.email)` → "contact.email"), read from the caller's source only when raising.
    """
    if isinstance(value, Unset):
        name = what or _argument_source(sys._getframe(1)) or "a field"
        raise ResponseValidationError(f"{name} is missing from the response (UNSET)", path=name)
    return value


def _argument_source(frame: FrameType) -> str | None:
    """The source text of the first argument of the call `frame` is executing, when it can be found."""
    try:
        positions = list(frame.f_code.co_positions())[frame.f_lasti // 2]
        first, last, start, end = positions
        if first is None or last is None or start is None or end is None:
            return None
        lines = [line.encode() for line in linecache.getlines(frame.f_code.co_filename)[first - 1 : last]]
        if not lines:
            return None
        lines[-1] = lines[-1][:end]  # offsets count UTF-8 bytes
        lines[0] = lines[0][start:]
        call = ast.parse(b"".join(lines).decode().strip(), mode="eval").body
    except (IndexError, ValueError, SyntaxError, UnicodeDecodeError):
        return None
    if isinstance(call, ast.Call) and call.args:
        return ast.unparse(call.args[0])
    return None
