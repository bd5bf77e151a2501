"""`mihu.contact_fields`: the `contact_fields` operations as methods of `ContactFields`, generated from the spec.

Method names follow the rule in `mihu_client._generated.api`: operationId minus the tag's words.
    list <- GET /api/v1/contacts/fields
    create <- POST /api/v1/contacts/fields
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
    from ...models.create_contact_field_body import CreateContactFieldBody
    from ...models.create_contact_field_response_201 import CreateContactFieldResponse201
    from ...models.list_contact_fields_response_200 import ListContactFieldsResponse200
if TYPE_CHECKING:
    from . import (
        create_contact_field,
        list_contact_fields,
    )
if TYPE_CHECKING:
    from .create_contact_field import asyncio_detailed as _call_create_contact_field
else:
    _call_create_contact_field = LazyOperation(__name__, "create_contact_field", "_call_create_contact_field")
if TYPE_CHECKING:
    from .list_contact_fields import asyncio_detailed as _call_list_contact_fields
else:
    _call_list_contact_fields = LazyOperation(__name__, "list_contact_fields", "_call_list_contact_fields")

_OPERATION_MODULES = frozenset(
    (
        "create_contact_field",
        "list_contact_fields",
    )
)

__all__ = [
    "ContactFields",
    "ContactFieldsWithRawResponse",
    "create_contact_field",
    "list_contact_fields",
]


def __getattr__(name: str) -> ModuleType:
    """`mihu_client.api.contact_fields.<operation>`: operation modules load on first access."""
    if name in _OPERATION_MODULES:
        return import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class ContactFields(Resource):
    """The `contact_fields` operations; reached as `mihu.contact_fields` on a `MihuClient`.

    Each method makes one request and returns the parsed 2xx body; errors raise
    (`mihu_client.APIStatusError` subclasses, `mihu_client.APIConnectionError`). `with_raw_response`
    has the same methods returning the `RawResponse` (status, headers, JSON) of that one request.
    """

    _operations = {
        "list": "list_contact_fields",
        "create": "create_contact_field",
    }
    """Method name -> the operation module (in this package) it calls."""

    @cached_property
    def with_raw_response(self) -> ContactFieldsWithRawResponse:
        """These methods, returning `RawResponse` (status, headers, request id, JSON, parsed model)."""
        return ContactFieldsWithRawResponse(self)

    async def list(
        self,
        *,
        options: RequestOptions | None = None,
    ) -> ListContactFieldsResponse200:
        """List custom contact fields

        The custom fields whose keys may be sent as top-level contact properties.

        Args:
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            ListContactFieldsResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/contacts/fields`, operation `list_contact_fields`.
        """
        return await self._call(
            _call_list_contact_fields,
            options,
            {},
        )

    async def create(
        self,
        body: CreateContactFieldBody,
        *,
        options: RequestOptions | None = None,
    ) -> CreateContactFieldResponse201:
        """Create a custom contact field

        Registers a new custom field; its key cannot change later.

        Args:
            body (CreateContactFieldBody): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            CreateContactFieldResponse201: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/contacts/fields`, operation `create_contact_field`.
        """
        return await self._call(
            _call_create_contact_field,
            options,
            {
                "body": body,
            },
        )


class ContactFieldsWithRawResponse:
    """`ContactFields` methods returning the `RawResponse` of their single request instead of the model."""

    def __init__(self, resource: ContactFields) -> None:
        self.list = raw_response_wrapper(resource.list)
        self.create = raw_response_wrapper(resource.create)
