"""`mihu.contacts`: the `contacts` operations as methods of `Contacts`, generated from the spec.

Method names follow the rule in `mihu_client._generated.api`: operationId minus the tag's words.
    list, list_all <- GET /api/v1/contacts
    create <- POST /api/v1/contacts
    get <- GET /api/v1/contacts/{uuid}
    update <- PUT /api/v1/contacts/{uuid}
    delete <- DELETE /api/v1/contacts/{uuid}
    add_tag <- POST /api/v1/contacts/{uuid}/add-tag
    add_to_blacklist <- POST /api/v1/contacts/{uuid}/blacklist
    remove_tag <- POST /api/v1/contacts/{uuid}/remove-tag
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
    from ...models.add_contact_tag_response_200 import AddContactTagResponse200
    from ...models.add_contact_to_blacklist_response_200 import AddContactToBlacklistResponse200
    from ...models.contact import Contact
    from ...models.contact_blacklist_request import ContactBlacklistRequest
    from ...models.contact_input import ContactInput
    from ...models.contact_tag_assign_request import ContactTagAssignRequest
    from ...models.create_contact_response_201 import CreateContactResponse201
    from ...models.delete_contact_response_200 import DeleteContactResponse200
    from ...models.get_contact_response_200 import GetContactResponse200
    from ...models.list_contacts_contact_channel import ListContactsContactChannel
    from ...models.list_contacts_response_200 import ListContactsResponse200
    from ...models.list_contacts_status import ListContactsStatus
    from ...models.remove_contact_tag_response_200 import RemoveContactTagResponse200
    from ...models.update_contact_response_200 import UpdateContactResponse200
    from ...types import Unset
if TYPE_CHECKING:
    from . import (
        add_contact_tag,
        add_contact_to_blacklist,
        create_contact,
        delete_contact,
        get_contact,
        list_contacts,
        remove_contact_tag,
        update_contact,
    )
if TYPE_CHECKING:
    from .add_contact_tag import asyncio_detailed as _call_add_contact_tag
else:
    _call_add_contact_tag = LazyOperation(__name__, "add_contact_tag", "_call_add_contact_tag")
if TYPE_CHECKING:
    from .add_contact_to_blacklist import asyncio_detailed as _call_add_contact_to_blacklist
else:
    _call_add_contact_to_blacklist = LazyOperation(
        __name__, "add_contact_to_blacklist", "_call_add_contact_to_blacklist"
    )
if TYPE_CHECKING:
    from .create_contact import asyncio_detailed as _call_create_contact
else:
    _call_create_contact = LazyOperation(__name__, "create_contact", "_call_create_contact")
if TYPE_CHECKING:
    from .delete_contact import asyncio_detailed as _call_delete_contact
else:
    _call_delete_contact = LazyOperation(__name__, "delete_contact", "_call_delete_contact")
if TYPE_CHECKING:
    from .get_contact import asyncio_detailed as _call_get_contact
else:
    _call_get_contact = LazyOperation(__name__, "get_contact", "_call_get_contact")
if TYPE_CHECKING:
    from .list_contacts import asyncio_detailed as _call_list_contacts
else:
    _call_list_contacts = LazyOperation(__name__, "list_contacts", "_call_list_contacts")
if TYPE_CHECKING:
    from .remove_contact_tag import asyncio_detailed as _call_remove_contact_tag
else:
    _call_remove_contact_tag = LazyOperation(__name__, "remove_contact_tag", "_call_remove_contact_tag")
if TYPE_CHECKING:
    from .update_contact import asyncio_detailed as _call_update_contact
else:
    _call_update_contact = LazyOperation(__name__, "update_contact", "_call_update_contact")

_OPERATION_MODULES = frozenset(
    (
        "add_contact_tag",
        "add_contact_to_blacklist",
        "create_contact",
        "delete_contact",
        "get_contact",
        "list_contacts",
        "remove_contact_tag",
        "update_contact",
    )
)

__all__ = [
    "Contacts",
    "ContactsWithRawResponse",
    "add_contact_tag",
    "add_contact_to_blacklist",
    "create_contact",
    "delete_contact",
    "get_contact",
    "list_contacts",
    "remove_contact_tag",
    "update_contact",
]


def __getattr__(name: str) -> ModuleType:
    """`mihu_client.api.contacts.<operation>`: operation modules load on first access."""
    if name in _OPERATION_MODULES:
        return import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Contacts(Resource):
    """The `contacts` operations; reached as `mihu.contacts` on a `MihuClient`.

    Each method makes one request and returns the parsed 2xx body; errors raise
    (`mihu_client.APIStatusError` subclasses, `mihu_client.APIConnectionError`). `with_raw_response`
    has the same methods returning the `RawResponse` (status, headers, JSON) of that one request.
    """

    _operations = {
        "list": "list_contacts",
        "list_all": "list_contacts",
        "create": "create_contact",
        "get": "get_contact",
        "update": "update_contact",
        "delete": "delete_contact",
        "add_tag": "add_contact_tag",
        "add_to_blacklist": "add_contact_to_blacklist",
        "remove_tag": "remove_contact_tag",
    }
    """Method name -> the operation module (in this package) it calls."""

    @cached_property
    def with_raw_response(self) -> ContactsWithRawResponse:
        """These methods, returning `RawResponse` (status, headers, request id, JSON, parsed model)."""
        return ContactsWithRawResponse(self)

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        search: str | Unset = UNSET,
        status: ListContactsStatus | Unset = UNSET,
        contact_channel: ListContactsContactChannel | Unset = UNSET,
        stage_uuid: UUID | Unset = UNSET,
        campaign_uuid: UUID | Unset = UNSET,
        tag_uuid: UUID | Unset = UNSET,
        pool_uuid: UUID | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> ListContactsResponse200:
        """Get paginated list of contacts

        Pages through the account's contacts. Results can be narrowed by free-text search, status, preferred
        channel, pipeline stage, campaign, tag or pool.

        Args:
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 15.
            search (str | Unset):
            status (ListContactsStatus | Unset):
            contact_channel (ListContactsContactChannel | Unset):
            stage_uuid (UUID | Unset):
            campaign_uuid (UUID | Unset):
            tag_uuid (UUID | Unset):
            pool_uuid (UUID | Unset):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            ListContactsResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/contacts`, operation `list_contacts`.
        """
        return await self._call(
            _call_list_contacts,
            options,
            {
                "page": page,
                "per_page": per_page,
                "search": search,
                "status": status,
                "contact_channel": contact_channel,
                "stage_uuid": stage_uuid,
                "campaign_uuid": campaign_uuid,
                "tag_uuid": tag_uuid,
                "pool_uuid": pool_uuid,
            },
        )

    def list_all(
        self,
        *,
        per_page: int | Unset = UNSET,
        search: str | Unset = UNSET,
        status: ListContactsStatus | Unset = UNSET,
        contact_channel: ListContactsContactChannel | Unset = UNSET,
        stage_uuid: UUID | Unset = UNSET,
        campaign_uuid: UUID | Unset = UNSET,
        tag_uuid: UUID | Unset = UNSET,
        pool_uuid: UUID | Unset = UNSET,
        concurrency: int = 1,
        options: RequestOptions | None = None,
    ) -> Paginator[Contact]:
        """Every item of `list` across all pages: `async for item in mihu.contacts.list_all(...)`.

        Requests page 1, 2, … and stops after the last page (`last_page`, else `has_more`, else a short
        or empty page), at a page already seen, or at one the server answers with another number.
        Page shape `laravel` (see `mihu_client._pagination`); `.pages()` yields whole pages.

        Args:
            per_page (int | Unset):  Default: 15.
            search (str | Unset):
            status (ListContactsStatus | Unset):
            contact_channel (ListContactsContactChannel | Unset):
            stage_uuid (UUID | Unset):
            campaign_uuid (UUID | Unset):
            tag_uuid (UUID | Unset):
            pool_uuid (UUID | Unset):
            concurrency (int): Pages requested at once (1: one after another). Above 1, pages are
                prefetched once the first page has told the last page number; items stay in order.
            options (RequestOptions | None): Per-call settings for every page request.

        Returns:
            Paginator[Contact]: Iterate it with `async for`; nothing is requested before that.
        """
        return self._paginate(
            _call_list_contacts,
            options,
            {
                "per_page": per_page,
                "search": search,
                "status": status,
                "contact_channel": contact_channel,
                "stage_uuid": stage_uuid,
                "campaign_uuid": campaign_uuid,
                "tag_uuid": tag_uuid,
                "pool_uuid": pool_uuid,
            },
            mode="page",
            shape="laravel",
            items=("data", "data"),
            concurrency=concurrency,
        )

    async def create(
        self,
        body: ContactInput,
        *,
        options: RequestOptions | None = None,
    ) -> CreateContactResponse201:
        """Create a new contact

        Adds a contact that agents and campaigns can reach; the reply carries the new contact and its UUID.
        Registered custom field keys may be included as extra top-level string properties.

        Args:
            body (ContactInput): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            CreateContactResponse201: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/contacts`, operation `create_contact`.
        """
        return await self._call(
            _call_create_contact,
            options,
            {
                "body": body,
            },
        )

    async def get(
        self,
        uuid: UUID,
        *,
        options: RequestOptions | None = None,
    ) -> GetContactResponse200:
        """Get a contact

        Fetches a single contact by its UUID.

        Args:
            uuid (UUID):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            GetContactResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/contacts/{uuid}`, operation `get_contact`.
        """
        return await self._call(
            _call_get_contact,
            options,
            {
                "uuid": uuid,
            },
        )

    async def update(
        self,
        uuid: UUID,
        body: ContactInput,
        *,
        options: RequestOptions | None = None,
    ) -> UpdateContactResponse200:
        """Update a contact

        Changes only the supplied base fields and custom field values of one contact. Sending an empty
        string or null for a custom field key clears it.

        Args:
            uuid (UUID):
            body (ContactInput): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            UpdateContactResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `PUT /api/v1/contacts/{uuid}`, operation `update_contact`.
        """
        return await self._call(
            _call_update_contact,
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
    ) -> DeleteContactResponse200:
        """Delete a contact

        Removes one contact from the workspace.

        Args:
            uuid (UUID):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            DeleteContactResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `DELETE /api/v1/contacts/{uuid}`, operation `delete_contact`.
        """
        return await self._call(
            _call_delete_contact,
            options,
            {
                "uuid": uuid,
            },
        )

    async def add_tag(
        self,
        uuid: UUID,
        body: ContactTagAssignRequest,
        *,
        options: RequestOptions | None = None,
    ) -> AddContactTagResponse200:
        """Add tag to contact

        Attaches one existing tag to the contact and returns the contact. The source identifies the tag by a
        numeric tag_id, as the older spec did; the current reference identifies tags by uuid, so newer
        versions may expect a tag uuid instead.

        Args:
            uuid (UUID):
            body (ContactTagAssignRequest): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            AddContactTagResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/contacts/{uuid}/add-tag`, operation `add_contact_tag`.
        """
        return await self._call(
            _call_add_contact_tag,
            options,
            {
                "uuid": uuid,
                "body": body,
            },
        )

    async def add_to_blacklist(
        self,
        uuid: UUID,
        body: ContactBlacklistRequest,
        *,
        options: RequestOptions | None = None,
    ) -> AddContactToBlacklistResponse200:
        """Add a contact to the blacklist

        Blocks a contact by phone, email or both, either permanently or until a given date. The reply shows
        the contact's new status and the stored blacklist details.

        Args:
            uuid (UUID):
            body (ContactBlacklistRequest): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            AddContactToBlacklistResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/contacts/{uuid}/blacklist`, operation `add_contact_to_blacklist`.
        """
        return await self._call(
            _call_add_contact_to_blacklist,
            options,
            {
                "uuid": uuid,
                "body": body,
            },
        )

    async def remove_tag(
        self,
        uuid: UUID,
        body: ContactTagAssignRequest,
        *,
        options: RequestOptions | None = None,
    ) -> RemoveContactTagResponse200:
        """Remove tag from contact

        Detaches one tag from the contact and returns the contact. The source identifies the tag by a
        numeric tag_id, as the older spec did; the current reference identifies tags by uuid, so newer
        versions may expect a tag uuid instead.

        Args:
            uuid (UUID):
            body (ContactTagAssignRequest): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            RemoveContactTagResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/contacts/{uuid}/remove-tag`, operation `remove_contact_tag`.
        """
        return await self._call(
            _call_remove_contact_tag,
            options,
            {
                "uuid": uuid,
                "body": body,
            },
        )


class ContactsWithRawResponse:
    """`Contacts` methods returning the `RawResponse` of their single request instead of the model."""

    def __init__(self, resource: Contacts) -> None:
        self.list = raw_response_wrapper(resource.list)
        self.create = raw_response_wrapper(resource.create)
        self.get = raw_response_wrapper(resource.get)
        self.update = raw_response_wrapper(resource.update)
        self.delete = raw_response_wrapper(resource.delete)
        self.add_tag = raw_response_wrapper(resource.add_tag)
        self.add_to_blacklist = raw_response_wrapper(resource.add_to_blacklist)
        self.remove_tag = raw_response_wrapper(resource.remove_tag)
