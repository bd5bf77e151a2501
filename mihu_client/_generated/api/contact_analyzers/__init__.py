"""`mihu.contact_analyzers`: the `contact_analyzers` operations as methods of `ContactAnalyzers`, generated from the spec.

Method names follow the rule in `mihu_client._generated.api`: operationId minus the tag's words.
    update <- PUT /api/v1/analyzers/{internal_id}
"""

from __future__ import annotations

from functools import cached_property
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING

from ...._resource import LazyOperation, Resource
from ...._response import raw_response_wrapper

if TYPE_CHECKING:
    from ...._resource import RequestOptions
    from ...models.contact_analyzer_update import ContactAnalyzerUpdate
if TYPE_CHECKING:
    from . import (
        update_contact_analyzer,
    )
if TYPE_CHECKING:
    from .update_contact_analyzer import asyncio_detailed as _call_update_contact_analyzer
else:
    _call_update_contact_analyzer = LazyOperation(__name__, "update_contact_analyzer", "_call_update_contact_analyzer")

_OPERATION_MODULES = frozenset(("update_contact_analyzer",))

__all__ = [
    "ContactAnalyzers",
    "ContactAnalyzersWithRawResponse",
    "update_contact_analyzer",
]


def __getattr__(name: str) -> ModuleType:
    """`mihu_client.api.contact_analyzers.<operation>`: operation modules load on first access."""
    if name in _OPERATION_MODULES:
        return import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class ContactAnalyzers(Resource):
    """The `contact_analyzers` operations; reached as `mihu.contact_analyzers` on a `MihuClient`.

    Each method makes one request and returns the parsed 2xx body; errors raise
    (`mihu_client.APIStatusError` subclasses, `mihu_client.APIConnectionError`). `with_raw_response`
    has the same methods returning the `RawResponse` (status, headers, JSON) of that one request.
    """

    _operations = {
        "update": "update_contact_analyzer",
    }
    """Method name -> the operation module (in this package) it calls."""

    @cached_property
    def with_raw_response(self) -> ContactAnalyzersWithRawResponse:
        """These methods, returning `RawResponse` (status, headers, request id, JSON, parsed model)."""
        return ContactAnalyzersWithRawResponse(self)

    async def update(
        self,
        internal_id: str,
        body: ContactAnalyzerUpdate,
        *,
        options: RequestOptions | None = None,
    ) -> None:
        """Update an analyzer configuration

        Changes how one conversation analyzer behaves: the write policy for extracted values, the extraction
        goal and optional sample values. Identify the analyzer by its prefixed id (b_, f_ or p_).

        Args:
            internal_id (str):
            body (ContactAnalyzerUpdate): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            None: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `PUT /api/v1/analyzers/{internal_id}`, operation `update_contact_analyzer`.
        """
        return await self._call(
            _call_update_contact_analyzer,
            options,
            {
                "internal_id": internal_id,
                "body": body,
            },
        )


class ContactAnalyzersWithRawResponse:
    """`ContactAnalyzers` methods returning the `RawResponse` of their single request instead of the model."""

    def __init__(self, resource: ContactAnalyzers) -> None:
        self.update = raw_response_wrapper(resource.update)
