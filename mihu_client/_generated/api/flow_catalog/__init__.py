"""`mihu.flow_catalog`: the `flow_catalog` operations as methods of `FlowCatalog`, generated from the spec.

Method names follow the rule in `mihu_client._generated.api`: operationId minus the tag's words.
    list_apps <- GET /api/v1/flow/apps
    list_app_actions <- GET /api/v1/flow/apps/{uid}/actions
    list_app_triggers <- GET /api/v1/flow/apps/{uid}/triggers
    list_connections <- GET /api/v1/flow/connections
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
    from ...models.list_flow_app_actions_response_200 import ListFlowAppActionsResponse200
    from ...models.list_flow_app_triggers_response_200 import ListFlowAppTriggersResponse200
    from ...models.list_flow_apps_response_200 import ListFlowAppsResponse200
    from ...models.list_flow_connections_response_200 import ListFlowConnectionsResponse200
if TYPE_CHECKING:
    from . import (
        list_flow_app_actions,
        list_flow_app_triggers,
        list_flow_apps,
        list_flow_connections,
    )
if TYPE_CHECKING:
    from .list_flow_app_actions import asyncio_detailed as _call_list_flow_app_actions
else:
    _call_list_flow_app_actions = LazyOperation(__name__, "list_flow_app_actions", "_call_list_flow_app_actions")
if TYPE_CHECKING:
    from .list_flow_app_triggers import asyncio_detailed as _call_list_flow_app_triggers
else:
    _call_list_flow_app_triggers = LazyOperation(__name__, "list_flow_app_triggers", "_call_list_flow_app_triggers")
if TYPE_CHECKING:
    from .list_flow_apps import asyncio_detailed as _call_list_flow_apps
else:
    _call_list_flow_apps = LazyOperation(__name__, "list_flow_apps", "_call_list_flow_apps")
if TYPE_CHECKING:
    from .list_flow_connections import asyncio_detailed as _call_list_flow_connections
else:
    _call_list_flow_connections = LazyOperation(__name__, "list_flow_connections", "_call_list_flow_connections")

_OPERATION_MODULES = frozenset(
    (
        "list_flow_app_actions",
        "list_flow_app_triggers",
        "list_flow_apps",
        "list_flow_connections",
    )
)

__all__ = [
    "FlowCatalog",
    "FlowCatalogWithRawResponse",
    "list_flow_app_actions",
    "list_flow_app_triggers",
    "list_flow_apps",
    "list_flow_connections",
]


def __getattr__(name: str) -> ModuleType:
    """`mihu_client.api.flow_catalog.<operation>`: operation modules load on first access."""
    if name in _OPERATION_MODULES:
        return import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class FlowCatalog(Resource):
    """The `flow_catalog` operations; reached as `mihu.flow_catalog` on a `MihuClient`.

    Each method makes one request and returns the parsed 2xx body; errors raise
    (`mihu_client.APIStatusError` subclasses, `mihu_client.APIConnectionError`). `with_raw_response`
    has the same methods returning the `RawResponse` (status, headers, JSON) of that one request.
    """

    _operations = {
        "list_apps": "list_flow_apps",
        "list_app_actions": "list_flow_app_actions",
        "list_app_triggers": "list_flow_app_triggers",
        "list_connections": "list_flow_connections",
    }
    """Method name -> the operation module (in this package) it calls."""

    @cached_property
    def with_raw_response(self) -> FlowCatalogWithRawResponse:
        """These methods, returning `RawResponse` (status, headers, request id, JSON, parsed model)."""
        return FlowCatalogWithRawResponse(self)

    async def list_apps(
        self,
        *,
        options: RequestOptions | None = None,
    ) -> ListFlowAppsResponse200:
        """List flow apps

        Lists the integration apps that can be used in flow steps, with information such as category and
        whether a connection is needed.

        Args:
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            ListFlowAppsResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/flow/apps`, operation `list_flow_apps`.
        """
        return await self._call(
            _call_list_flow_apps,
            options,
            {},
        )

    async def list_app_actions(
        self,
        uid: str,
        *,
        options: RequestOptions | None = None,
    ) -> ListFlowAppActionsResponse200:
        """List the actions of a flow app

        Lists the actions offered by one app; their keys are what action_key expects when adding an action
        step.

        Args:
            uid (str):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            ListFlowAppActionsResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/flow/apps/{uid}/actions`, operation `list_flow_app_actions`.
        """
        return await self._call(
            _call_list_flow_app_actions,
            options,
            {
                "uid": uid,
            },
        )

    async def list_app_triggers(
        self,
        uid: str,
        *,
        options: RequestOptions | None = None,
    ) -> ListFlowAppTriggersResponse200:
        """List the triggers of a flow app

        Lists the trigger events offered by one app; their keys are what trigger_key expects when adding a
        trigger step.

        Args:
            uid (str):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            ListFlowAppTriggersResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/flow/apps/{uid}/triggers`, operation `list_flow_app_triggers`.
        """
        return await self._call(
            _call_list_flow_app_triggers,
            options,
            {
                "uid": uid,
            },
        )

    async def list_connections(
        self,
        *,
        options: RequestOptions | None = None,
    ) -> ListFlowConnectionsResponse200:
        """List flow app connections

        Lists the workspace's connected app accounts, whose UUIDs flow steps and intent events take as
        app_connection_uuid.

        Args:
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            ListFlowConnectionsResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/flow/connections`, operation `list_flow_connections`.
        """
        return await self._call(
            _call_list_flow_connections,
            options,
            {},
        )


class FlowCatalogWithRawResponse:
    """`FlowCatalog` methods returning the `RawResponse` of their single request instead of the model."""

    def __init__(self, resource: FlowCatalog) -> None:
        self.list_apps = raw_response_wrapper(resource.list_apps)
        self.list_app_actions = raw_response_wrapper(resource.list_app_actions)
        self.list_app_triggers = raw_response_wrapper(resource.list_app_triggers)
        self.list_connections = raw_response_wrapper(resource.list_connections)
