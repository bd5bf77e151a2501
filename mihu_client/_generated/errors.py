"""Errors generated operations can raise; all of them live in mihu_client._errors."""

from .._errors import ResponseValidationError

__all__ = ["ResponseValidationError"]
