"""`mihu.contact_approvals`: the `contact_approvals` operations as methods of `ContactApprovals`, generated from the spec.

Method names follow the rule in `mihu_client._generated.api`: operationId minus the tag's words.
    list, list_all <- GET /api/v1/contacts/approvals
"""

from __future__ import annotations

from functools import cached_property
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING

from ...._resource import LazyOperation, Resource
from ...._response import raw_response_wrapper
from ...types import UNSET

if TYPE_CHECKING:
    from typing import Any

    from ...._pagination import Paginator
    from ...._resource import RequestOptions
    from ...models.contact_approval_list import ContactApprovalList
    from ...models.list_contact_approvals_confidence import ListContactApprovalsConfidence
    from ...models.list_contact_approvals_status import ListContactApprovalsStatus
    from ...types import Unset
if TYPE_CHECKING:
    from . import (
        list_contact_approvals,
    )
if TYPE_CHECKING:
    from .list_contact_approvals import asyncio_detailed as _call_list_contact_approvals
else:
    _call_list_contact_approvals = LazyOperation(__name__, "list_contact_approvals", "_call_list_contact_approvals")

_OPERATION_MODULES = frozenset(("list_contact_approvals",))

__all__ = [
    "ContactApprovals",
    "ContactApprovalsWithRawResponse",
    "list_contact_approvals",
]


def __getattr__(name: str) -> ModuleType:
    """`mihu_client.api.contact_approvals.<operation>`: operation modules load on first access."""
    if name in _OPERATION_MODULES:
        return import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class ContactApprovals(Resource):
    """The `contact_approvals` operations; reached as `mihu.contact_approvals` on a `MihuClient`.

    Each method makes one request and returns the parsed 2xx body; errors raise
    (`mihu_client.APIStatusError` subclasses, `mihu_client.APIConnectionError`). `with_raw_response`
    has the same methods returning the `RawResponse` (status, headers, JSON) of that one request.
    """

    _operations = {
        "list": "list_contact_approvals",
        "list_all": "list_contact_approvals",
    }
    """Method name -> the operation module (in this package) it calls."""

    @cached_property
    def with_raw_response(self) -> ContactApprovalsWithRawResponse:
        """These methods, returning `RawResponse` (status, headers, request id, JSON, parsed model)."""
        return ContactApprovalsWithRawResponse(self)

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        status: ListContactApprovalsStatus | Unset = UNSET,
        field_name: str | Unset = UNSET,
        field_key: str | Unset = UNSET,
        confidence: ListContactApprovalsConfidence | Unset = UNSET,
        contact_uuid: str | Unset = UNSET,
        conversation_uuid: str | Unset = UNSET,
        pipeline_uuid: str | Unset = UNSET,
        search: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> ContactApprovalList:
        """List pending contact field approvals

        Pages through AI-proposed contact field changes awaiting (or past) human review. Filters cover
        status, field, confidence bucket, contact, conversation and pipeline.

        Args:
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 15.
            status (ListContactApprovalsStatus | Unset):
            field_name (str | Unset):
            field_key (str | Unset):
            confidence (ListContactApprovalsConfidence | Unset):
            contact_uuid (str | Unset):
            conversation_uuid (str | Unset):
            pipeline_uuid (str | Unset):
            search (str | Unset):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            ContactApprovalList: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/contacts/approvals`, operation `list_contact_approvals`.
        """
        return await self._call(
            _call_list_contact_approvals,
            options,
            {
                "page": page,
                "per_page": per_page,
                "status": status,
                "field_name": field_name,
                "field_key": field_key,
                "confidence": confidence,
                "contact_uuid": contact_uuid,
                "conversation_uuid": conversation_uuid,
                "pipeline_uuid": pipeline_uuid,
                "search": search,
            },
        )

    def list_all(
        self,
        *,
        per_page: int | Unset = UNSET,
        status: ListContactApprovalsStatus | Unset = UNSET,
        field_name: str | Unset = UNSET,
        field_key: str | Unset = UNSET,
        confidence: ListContactApprovalsConfidence | Unset = UNSET,
        contact_uuid: str | Unset = UNSET,
        conversation_uuid: str | Unset = UNSET,
        pipeline_uuid: str | Unset = UNSET,
        search: str | Unset = UNSET,
        concurrency: int = 1,
        options: RequestOptions | None = None,
    ) -> Paginator[Any]:
        """Every item of `list` across all pages: `async for item in mihu.contact_approvals.list_all(...)`.

        Requests page 1, 2, … and stops after the last page (`last_page`, else `has_more`, else a short
        or empty page), at a page already seen, or at one the server answers with another number.
        Page shape `open` (see `mihu_client._pagination`); `.pages()` yields whole pages.

        Args:
            per_page (int | Unset):  Default: 15.
            status (ListContactApprovalsStatus | Unset):
            field_name (str | Unset):
            field_key (str | Unset):
            confidence (ListContactApprovalsConfidence | Unset):
            contact_uuid (str | Unset):
            conversation_uuid (str | Unset):
            pipeline_uuid (str | Unset):
            search (str | Unset):
            concurrency (int): Pages requested at once (1: one after another). Above 1, pages are
                prefetched once the first page has told the last page number; items stay in order.
            options (RequestOptions | None): Per-call settings for every page request.

        Returns:
            Paginator[Any]: Iterate it with `async for`; nothing is requested before that.
        """
        return self._paginate(
            _call_list_contact_approvals,
            options,
            {
                "per_page": per_page,
                "status": status,
                "field_name": field_name,
                "field_key": field_key,
                "confidence": confidence,
                "contact_uuid": contact_uuid,
                "conversation_uuid": conversation_uuid,
                "pipeline_uuid": pipeline_uuid,
                "search": search,
            },
            mode="page",
            shape="open",
            items=None,
            concurrency=concurrency,
        )


class ContactApprovalsWithRawResponse:
    """`ContactApprovals` methods returning the `RawResponse` of their single request instead of the model."""

    def __init__(self, resource: ContactApprovals) -> None:
        self.list = raw_response_wrapper(resource.list)
