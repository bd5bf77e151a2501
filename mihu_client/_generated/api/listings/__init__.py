"""`mihu.listings`: the `listings` operations as methods of `Listings`, generated from the spec.

Method names follow the rule in `mihu_client._generated.api`: operationId minus the tag's words.
    list <- GET /api/v1/listings
    create <- POST /api/v1/listings
    add_contacts <- POST /api/v1/listings/{uuid}/contacts
    remove_contact <- DELETE /api/v1/listings/{uuid}/contacts/{contact_uuid}
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

    from ...._resource import RequestOptions
    from ...models.add_listing_contacts_response_200 import AddListingContactsResponse200
    from ...models.list_listings_response_200 import ListListingsResponse200
    from ...models.listing_contacts_add_request import ListingContactsAddRequest
    from ...models.listing_create_request import ListingCreateRequest
    from ...models.remove_listing_contact_response_200 import RemoveListingContactResponse200
    from ...types import Unset
if TYPE_CHECKING:
    from . import (
        add_listing_contacts,
        create_listing,
        list_listings,
        remove_listing_contact,
    )
if TYPE_CHECKING:
    from .add_listing_contacts import asyncio_detailed as _call_add_listing_contacts
else:
    _call_add_listing_contacts = LazyOperation(__name__, "add_listing_contacts", "_call_add_listing_contacts")
if TYPE_CHECKING:
    from .create_listing import asyncio_detailed as _call_create_listing
else:
    _call_create_listing = LazyOperation(__name__, "create_listing", "_call_create_listing")
if TYPE_CHECKING:
    from .list_listings import asyncio_detailed as _call_list_listings
else:
    _call_list_listings = LazyOperation(__name__, "list_listings", "_call_list_listings")
if TYPE_CHECKING:
    from .remove_listing_contact import asyncio_detailed as _call_remove_listing_contact
else:
    _call_remove_listing_contact = LazyOperation(__name__, "remove_listing_contact", "_call_remove_listing_contact")

_OPERATION_MODULES = frozenset(
    (
        "add_listing_contacts",
        "create_listing",
        "list_listings",
        "remove_listing_contact",
    )
)

__all__ = [
    "Listings",
    "ListingsWithRawResponse",
    "add_listing_contacts",
    "create_listing",
    "list_listings",
    "remove_listing_contact",
]


def __getattr__(name: str) -> ModuleType:
    """`mihu_client.api.listings.<operation>`: operation modules load on first access."""
    if name in _OPERATION_MODULES:
        return import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Listings(Resource):
    """The `listings` operations; reached as `mihu.listings` on a `MihuClient`.

    Each method makes one request and returns the parsed 2xx body; errors raise
    (`mihu_client.APIStatusError` subclasses, `mihu_client.APIConnectionError`). `with_raw_response`
    has the same methods returning the `RawResponse` (status, headers, JSON) of that one request.
    """

    _operations = {
        "list": "list_listings",
        "create": "create_listing",
        "add_contacts": "add_listing_contacts",
        "remove_contact": "remove_listing_contact",
    }
    """Method name -> the operation module (in this package) it calls."""

    @cached_property
    def with_raw_response(self) -> ListingsWithRawResponse:
        """These methods, returning `RawResponse` (status, headers, request id, JSON, parsed model)."""
        return ListingsWithRawResponse(self)

    async def list(
        self,
        *,
        per_page: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> ListListingsResponse200:
        """List listings

        Returns the workspace's contact listings; the node uses it to fill a listing picker.

        Args:
            per_page (int | Unset):  Example: 100.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            ListListingsResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/listings`, operation `list_listings`.
        """
        return await self._call(
            _call_list_listings,
            options,
            {
                "per_page": per_page,
            },
        )

    async def create(
        self,
        body: ListingCreateRequest,
        *,
        options: RequestOptions | None = None,
    ) -> None:
        """Create a new listing with rule and bulk contacts

        Creates a contact list (listing) in one call together with its contacts, contact rule, agent and
        date range; contacts are upserted by phone then e-mail, and auto_start can launch the campaign
        immediately.

        Args:
            body (ListingCreateRequest): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            None: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/listings`, operation `create_listing`.
        """
        return await self._call(
            _call_create_listing,
            options,
            {
                "body": body,
            },
        )

    async def add_contacts(
        self,
        uuid: UUID,
        body: ListingContactsAddRequest,
        *,
        options: RequestOptions | None = None,
    ) -> AddListingContactsResponse200:
        """Add contacts to a listing

        Appends one or more contacts to an existing listing; the node sends a one-element contacts array.

        Args:
            uuid (UUID):
            body (ListingContactsAddRequest): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            AddListingContactsResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/listings/{uuid}/contacts`, operation `add_listing_contacts`.
        """
        return await self._call(
            _call_add_listing_contacts,
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
    ) -> RemoveListingContactResponse200:
        """Remove a contact from a listing

        Detaches one contact from a listing.

        Args:
            uuid (UUID):
            contact_uuid (UUID):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            RemoveListingContactResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `DELETE /api/v1/listings/{uuid}/contacts/{contact_uuid}`, operation `remove_listing_contact`.
        """
        return await self._call(
            _call_remove_listing_contact,
            options,
            {
                "uuid": uuid,
                "contact_uuid": contact_uuid,
            },
        )


class ListingsWithRawResponse:
    """`Listings` methods returning the `RawResponse` of their single request instead of the model."""

    def __init__(self, resource: Listings) -> None:
        self.list = raw_response_wrapper(resource.list)
        self.create = raw_response_wrapper(resource.create)
        self.add_contacts = raw_response_wrapper(resource.add_contacts)
        self.remove_contact = raw_response_wrapper(resource.remove_contact)
