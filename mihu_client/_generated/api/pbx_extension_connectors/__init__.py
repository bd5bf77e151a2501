"""`mihu.pbx_extension_connectors`: the `pbx_extension_connectors` operations as methods of `PbxExtensionConnectors`, generated from the spec.

Method names follow the rule in `mihu_client._generated.api`: operationId minus the tag's words.
    create <- POST /api/v1/pbx_extension_connectors
    get <- GET /api/v1/pbx_extension_connectors/{uuid}
"""

from __future__ import annotations

from functools import cached_property
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING

from ...._resource import LazyOperation, Resource
from ...._response import raw_response_wrapper

if TYPE_CHECKING:
    from uuid import UUID

    from ...._resource import RequestOptions
    from ...models.create_pbx_extension_connector_response_201 import CreatePbxExtensionConnectorResponse201
    from ...models.get_pbx_extension_connector_response_200 import GetPbxExtensionConnectorResponse200
    from ...models.pbx_extension_connector_create_request import PbxExtensionConnectorCreateRequest
if TYPE_CHECKING:
    from . import (
        create_pbx_extension_connector,
        get_pbx_extension_connector,
    )
if TYPE_CHECKING:
    from .create_pbx_extension_connector import asyncio_detailed as _call_create_pbx_extension_connector
else:
    _call_create_pbx_extension_connector = LazyOperation(
        __name__, "create_pbx_extension_connector", "_call_create_pbx_extension_connector"
    )
if TYPE_CHECKING:
    from .get_pbx_extension_connector import asyncio_detailed as _call_get_pbx_extension_connector
else:
    _call_get_pbx_extension_connector = LazyOperation(
        __name__, "get_pbx_extension_connector", "_call_get_pbx_extension_connector"
    )

_OPERATION_MODULES = frozenset(
    (
        "create_pbx_extension_connector",
        "get_pbx_extension_connector",
    )
)

__all__ = [
    "PbxExtensionConnectors",
    "PbxExtensionConnectorsWithRawResponse",
    "create_pbx_extension_connector",
    "get_pbx_extension_connector",
]


def __getattr__(name: str) -> ModuleType:
    """`mihu_client.api.pbx_extension_connectors.<operation>`: operation modules load on first access."""
    if name in _OPERATION_MODULES:
        return import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class PbxExtensionConnectors(Resource):
    """The `pbx_extension_connectors` operations; reached as `mihu.pbx_extension_connectors` on a `MihuClient`.

    Each method makes one request and returns the parsed 2xx body; errors raise
    (`mihu_client.APIStatusError` subclasses, `mihu_client.APIConnectionError`). `with_raw_response`
    has the same methods returning the `RawResponse` (status, headers, JSON) of that one request.
    """

    _operations = {
        "create": "create_pbx_extension_connector",
        "get": "get_pbx_extension_connector",
    }
    """Method name -> the operation module (in this package) it calls."""

    @cached_property
    def with_raw_response(self) -> PbxExtensionConnectorsWithRawResponse:
        """These methods, returning `RawResponse` (status, headers, request id, JSON, parsed model)."""
        return PbxExtensionConnectorsWithRawResponse(self)

    async def create(
        self,
        body: PbxExtensionConnectorCreateRequest,
        *,
        options: RequestOptions | None = None,
    ) -> CreatePbxExtensionConnectorResponse201:
        """Create a PBX extension connector

        Links an extension on your own PBX to an AI voice agent through a number bought on the platform. The
        stored passwords are write-only.

        Args:
            body (PbxExtensionConnectorCreateRequest): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            CreatePbxExtensionConnectorResponse201: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/pbx_extension_connectors`, operation `create_pbx_extension_connector`.
        """
        return await self._call(
            _call_create_pbx_extension_connector,
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
    ) -> GetPbxExtensionConnectorResponse200:
        """Get a single PBX extension connector

        Returns one PBX extension connector by UUID, including the linked agent, phone number, extension
        payload, and connector status. Use this before updating external PBX configuration or deleting the
        connector.

        Args:
            uuid (UUID):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            GetPbxExtensionConnectorResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/pbx_extension_connectors/{uuid}`, operation `get_pbx_extension_connector`.
        """
        return await self._call(
            _call_get_pbx_extension_connector,
            options,
            {
                "uuid": uuid,
            },
        )


class PbxExtensionConnectorsWithRawResponse:
    """`PbxExtensionConnectors` methods returning the `RawResponse` of their single request instead of the model."""

    def __init__(self, resource: PbxExtensionConnectors) -> None:
        self.create = raw_response_wrapper(resource.create)
        self.get = raw_response_wrapper(resource.get)
