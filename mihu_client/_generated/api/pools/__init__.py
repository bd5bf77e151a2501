"""`mihu.pools`: the `pools` operations as methods of `Pools`, generated from the spec.

Method names follow the rule in `mihu_client._generated.api`: operationId minus the tag's words.
    list, list_all <- GET /api/v1/pools
    create <- POST /api/v1/pools
    update <- PUT /api/v1/pools/{uuid}
    delete <- DELETE /api/v1/pools/{uuid}
    list_contacts, list_all_contacts <- GET /api/v1/pools/{uuid}/contacts
    add_contacts <- POST /api/v1/pools/{uuid}/contacts
    remove_contact <- DELETE /api/v1/pools/{uuid}/contacts/{contact_uuid}
    duplicate <- POST /api/v1/pools/{uuid}/duplicate
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
    from uuid import UUID

    from ...._pagination import Paginator
    from ...._resource import RequestOptions
    from ...models.add_pool_contacts_response_200 import AddPoolContactsResponse200
    from ...models.create_pool_response_201 import CreatePoolResponse201
    from ...models.delete_pool_response_200 import DeletePoolResponse200
    from ...models.duplicate_pool_response_201 import DuplicatePoolResponse201
    from ...models.list_pool_contacts_response_200 import ListPoolContactsResponse200
    from ...models.list_pool_contacts_status import ListPoolContactsStatus
    from ...models.list_pools_response_200 import ListPoolsResponse200
    from ...models.list_pools_type import ListPoolsType
    from ...models.pool import Pool
    from ...models.pool_contact import PoolContact
    from ...models.pool_contacts_add_request import PoolContactsAddRequest
    from ...models.pool_create_request import PoolCreateRequest
    from ...models.pool_duplicate_request import PoolDuplicateRequest
    from ...models.pool_update_request import PoolUpdateRequest
    from ...models.remove_pool_contact_response_200 import RemovePoolContactResponse200
    from ...models.update_pool_response_200 import UpdatePoolResponse200
    from ...types import Unset
if TYPE_CHECKING:
    from . import (
        add_pool_contacts,
        create_pool,
        delete_pool,
        duplicate_pool,
        list_pool_contacts,
        list_pools,
        remove_pool_contact,
        update_pool,
    )
if TYPE_CHECKING:
    from .add_pool_contacts import asyncio_detailed as _call_add_pool_contacts
else:
    _call_add_pool_contacts = LazyOperation(__name__, "add_pool_contacts", "_call_add_pool_contacts")
if TYPE_CHECKING:
    from .create_pool import asyncio_detailed as _call_create_pool
else:
    _call_create_pool = LazyOperation(__name__, "create_pool", "_call_create_pool")
if TYPE_CHECKING:
    from .delete_pool import asyncio_detailed as _call_delete_pool
else:
    _call_delete_pool = LazyOperation(__name__, "delete_pool", "_call_delete_pool")
if TYPE_CHECKING:
    from .duplicate_pool import asyncio_detailed as _call_duplicate_pool
else:
    _call_duplicate_pool = LazyOperation(__name__, "duplicate_pool", "_call_duplicate_pool")
if TYPE_CHECKING:
    from .list_pool_contacts import asyncio_detailed as _call_list_pool_contacts
else:
    _call_list_pool_contacts = LazyOperation(__name__, "list_pool_contacts", "_call_list_pool_contacts")
if TYPE_CHECKING:
    from .list_pools import asyncio_detailed as _call_list_pools
else:
    _call_list_pools = LazyOperation(__name__, "list_pools", "_call_list_pools")
if TYPE_CHECKING:
    from .remove_pool_contact import asyncio_detailed as _call_remove_pool_contact
else:
    _call_remove_pool_contact = LazyOperation(__name__, "remove_pool_contact", "_call_remove_pool_contact")
if TYPE_CHECKING:
    from .update_pool import asyncio_detailed as _call_update_pool
else:
    _call_update_pool = LazyOperation(__name__, "update_pool", "_call_update_pool")

_OPERATION_MODULES = frozenset(
    (
        "add_pool_contacts",
        "create_pool",
        "delete_pool",
        "duplicate_pool",
        "list_pool_contacts",
        "list_pools",
        "remove_pool_contact",
        "update_pool",
    )
)

__all__ = [
    "Pools",
    "PoolsWithRawResponse",
    "add_pool_contacts",
    "create_pool",
    "delete_pool",
    "duplicate_pool",
    "list_pool_contacts",
    "list_pools",
    "remove_pool_contact",
    "update_pool",
]


def __getattr__(name: str) -> ModuleType:
    """`mihu_client.api.pools.<operation>`: operation modules load on first access."""
    if name in _OPERATION_MODULES:
        return import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Pools(Resource):
    """The `pools` operations; reached as `mihu.pools` on a `MihuClient`.

    Each method makes one request and returns the parsed 2xx body; errors raise
    (`mihu_client.APIStatusError` subclasses, `mihu_client.APIConnectionError`). `with_raw_response`
    has the same methods returning the `RawResponse` (status, headers, JSON) of that one request.
    """

    _operations = {
        "list": "list_pools",
        "list_all": "list_pools",
        "create": "create_pool",
        "update": "update_pool",
        "delete": "delete_pool",
        "list_contacts": "list_pool_contacts",
        "list_all_contacts": "list_pool_contacts",
        "add_contacts": "add_pool_contacts",
        "remove_contact": "remove_pool_contact",
        "duplicate": "duplicate_pool",
    }
    """Method name -> the operation module (in this package) it calls."""

    @cached_property
    def with_raw_response(self) -> PoolsWithRawResponse:
        """These methods, returning `RawResponse` (status, headers, request id, JSON, parsed model)."""
        return PoolsWithRawResponse(self)

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        search: str | Unset = UNSET,
        type_: ListPoolsType | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> ListPoolsResponse200:
        """List contact pools

        Pages through the account's contact pools, optionally filtered by text, dispatch type or active
        flag.

        Args:
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 15.
            search (str | Unset):
            type_ (ListPoolsType | Unset):
            is_active (bool | Unset):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            ListPoolsResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/pools`, operation `list_pools`.
        """
        return await self._call(
            _call_list_pools,
            options,
            {
                "page": page,
                "per_page": per_page,
                "search": search,
                "type_": type_,
                "is_active": is_active,
            },
        )

    def list_all(
        self,
        *,
        per_page: int | Unset = UNSET,
        search: str | Unset = UNSET,
        type_: ListPoolsType | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        concurrency: int = 1,
        options: RequestOptions | None = None,
    ) -> Paginator[Pool]:
        """Every item of `list` across all pages: `async for item in mihu.pools.list_all(...)`.

        Requests page 1, 2, … and stops after the last page (`last_page`, else `has_more`, else a short
        or empty page), at a page already seen, or at one the server answers with another number.
        Page shape `laravel` (see `mihu_client._pagination`); `.pages()` yields whole pages.

        Args:
            per_page (int | Unset):  Default: 15.
            search (str | Unset):
            type_ (ListPoolsType | Unset):
            is_active (bool | Unset):
            concurrency (int): Pages requested at once (1: one after another). Above 1, pages are
                prefetched once the first page has told the last page number; items stay in order.
            options (RequestOptions | None): Per-call settings for every page request.

        Returns:
            Paginator[Pool]: Iterate it with `async for`; nothing is requested before that.
        """
        return self._paginate(
            _call_list_pools,
            options,
            {
                "per_page": per_page,
                "search": search,
                "type_": type_,
                "is_active": is_active,
            },
            mode="page",
            shape="laravel",
            items=("data", "data"),
            concurrency=concurrency,
        )

    async def create(
        self,
        body: PoolCreateRequest,
        *,
        options: RequestOptions | None = None,
    ) -> CreatePoolResponse201:
        """Create a contact pool

        Creates an empty pool with its dispatch strategy and retry settings. Fill it afterwards with the
        add-contacts call and attach it to a campaign.

        Args:
            body (PoolCreateRequest): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            CreatePoolResponse201: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/pools`, operation `create_pool`.
        """
        return await self._call(
            _call_create_pool,
            options,
            {
                "body": body,
            },
        )

    async def update(
        self,
        uuid: UUID,
        body: PoolUpdateRequest,
        *,
        options: RequestOptions | None = None,
    ) -> UpdatePoolResponse200:
        """Update a pool

        Edits a pool's name, description, dispatch type, parallel cap, retry ceiling or active flag. Items
        already in flight keep their state; only later dispatches follow the new settings.

        Args:
            uuid (UUID):
            body (PoolUpdateRequest): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            UpdatePoolResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `PUT /api/v1/pools/{uuid}`, operation `update_pool`.
        """
        return await self._call(
            _call_update_pool,
            options,
            {
                "uuid": uuid,
                "body": body,
            },
        )

    async def delete(
        self,
        uuid: UUID,
        *,
        options: RequestOptions | None = None,
    ) -> DeletePoolResponse200:
        """Delete a pool

        Removes a pool; refused while a running or importing campaign uses it.

        Args:
            uuid (UUID):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            DeletePoolResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `DELETE /api/v1/pools/{uuid}`, operation `delete_pool`.
        """
        return await self._call(
            _call_delete_pool,
            options,
            {
                "uuid": uuid,
            },
        )

    async def list_contacts(
        self,
        uuid: UUID,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        search: str | Unset = UNSET,
        status: ListPoolContactsStatus | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> ListPoolContactsResponse200:
        """List contacts in a pool

        Pages through a pool's members with their dispatch status, priority, retry count and lifecycle
        timestamps.

        Args:
            uuid (UUID):
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 25.
            search (str | Unset):
            status (ListPoolContactsStatus | Unset):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            ListPoolContactsResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/pools/{uuid}/contacts`, operation `list_pool_contacts`.
        """
        return await self._call(
            _call_list_pool_contacts,
            options,
            {
                "uuid": uuid,
                "page": page,
                "per_page": per_page,
                "search": search,
                "status": status,
            },
        )

    def list_all_contacts(
        self,
        uuid: UUID,
        *,
        per_page: int | Unset = UNSET,
        search: str | Unset = UNSET,
        status: ListPoolContactsStatus | Unset = UNSET,
        concurrency: int = 1,
        options: RequestOptions | None = None,
    ) -> Paginator[PoolContact]:
        """Every item of `list_contacts` across all pages: `async for item in mihu.pools.list_all_contacts(...)`.

        Requests page 1, 2, … and stops after the last page (`last_page`, else `has_more`, else a short
        or empty page), at a page already seen, or at one the server answers with another number.
        Page shape `laravel` (see `mihu_client._pagination`); `.pages()` yields whole pages.

        Args:
            uuid (UUID):
            per_page (int | Unset):  Default: 25.
            search (str | Unset):
            status (ListPoolContactsStatus | Unset):
            concurrency (int): Pages requested at once (1: one after another). Above 1, pages are
                prefetched once the first page has told the last page number; items stay in order.
            options (RequestOptions | None): Per-call settings for every page request.

        Returns:
            Paginator[PoolContact]: Iterate it with `async for`; nothing is requested before that.
        """
        return self._paginate(
            _call_list_pool_contacts,
            options,
            {
                "uuid": uuid,
                "per_page": per_page,
                "search": search,
                "status": status,
            },
            mode="page",
            shape="laravel",
            items=("data", "data"),
            concurrency=concurrency,
        )

    async def add_contacts(
        self,
        uuid: UUID,
        body: PoolContactsAddRequest,
        *,
        options: RequestOptions | None = None,
    ) -> AddPoolContactsResponse200:
        """Add existing contacts to a pool

        Adds existing contacts to a pool as Pending items, skipping ones already present and reporting
        unknown UUIDs. If the pool feeds running campaigns, tasks for the new members are created in the
        same transaction.

        Args:
            uuid (UUID):
            body (PoolContactsAddRequest): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            AddPoolContactsResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/pools/{uuid}/contacts`, operation `add_pool_contacts`.
        """
        return await self._call(
            _call_add_pool_contacts,
            options,
            {
                "uuid": uuid,
                "body": body,
            },
        )

    async def remove_contact(
        self,
        uuid: UUID,
        contact_uuid: UUID,
        *,
        options: RequestOptions | None = None,
    ) -> RemovePoolContactResponse200:
        """Remove one contact from a pool

        Takes the contact out of this pool and cancels only its pending tasks from this pool.

        Args:
            uuid (UUID):
            contact_uuid (UUID):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            RemovePoolContactResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `DELETE /api/v1/pools/{uuid}/contacts/{contact_uuid}`, operation `remove_pool_contact`.
        """
        return await self._call(
            _call_remove_pool_contact,
            options,
            {
                "uuid": uuid,
                "contact_uuid": contact_uuid,
            },
        )

    async def duplicate(
        self,
        uuid: UUID,
        body: PoolDuplicateRequest,
        *,
        options: RequestOptions | None = None,
    ) -> DuplicatePoolResponse201:
        """Duplicate a pool, optionally copying its contacts

        Clones a pool's configuration into a new pool, by default also re-adding every member as Pending
        with its original priority. The reply includes how many members were copied.

        Args:
            uuid (UUID):
            body (PoolDuplicateRequest): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            DuplicatePoolResponse201: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/pools/{uuid}/duplicate`, operation `duplicate_pool`.
        """
        return await self._call(
            _call_duplicate_pool,
            options,
            {
                "uuid": uuid,
                "body": body,
            },
        )


class PoolsWithRawResponse:
    """`Pools` methods returning the `RawResponse` of their single request instead of the model."""

    def __init__(self, resource: Pools) -> None:
        self.list = raw_response_wrapper(resource.list)
        self.create = raw_response_wrapper(resource.create)
        self.update = raw_response_wrapper(resource.update)
        self.delete = raw_response_wrapper(resource.delete)
        self.list_contacts = raw_response_wrapper(resource.list_contacts)
        self.add_contacts = raw_response_wrapper(resource.add_contacts)
        self.remove_contact = raw_response_wrapper(resource.remove_contact)
        self.duplicate = raw_response_wrapper(resource.duplicate)
