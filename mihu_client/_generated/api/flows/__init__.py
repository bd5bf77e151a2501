"""`mihu.flows`: the `flows` operations as methods of `Flows`, generated from the spec.

Method names follow the rule in `mihu_client._generated.api`: operationId minus the tag's words.
    deploy <- POST /api/v1/flow/{uuid}/deploy
    undeploy <- POST /api/v1/flow/{uuid}/undeploy
    list <- GET /api/v1/flows
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
    from ...models.deploy_flow_response_200 import DeployFlowResponse200
    from ...models.list_flows_response_200 import ListFlowsResponse200
    from ...models.undeploy_flow_response_200 import UndeployFlowResponse200
if TYPE_CHECKING:
    from . import (
        deploy_flow,
        list_flows,
        undeploy_flow,
    )
if TYPE_CHECKING:
    from .deploy_flow import asyncio_detailed as _call_deploy_flow
else:
    _call_deploy_flow = LazyOperation(__name__, "deploy_flow", "_call_deploy_flow")
if TYPE_CHECKING:
    from .list_flows import asyncio_detailed as _call_list_flows
else:
    _call_list_flows = LazyOperation(__name__, "list_flows", "_call_list_flows")
if TYPE_CHECKING:
    from .undeploy_flow import asyncio_detailed as _call_undeploy_flow
else:
    _call_undeploy_flow = LazyOperation(__name__, "undeploy_flow", "_call_undeploy_flow")

_OPERATION_MODULES = frozenset(
    (
        "deploy_flow",
        "list_flows",
        "undeploy_flow",
    )
)

__all__ = [
    "Flows",
    "FlowsWithRawResponse",
    "deploy_flow",
    "list_flows",
    "undeploy_flow",
]


def __getattr__(name: str) -> ModuleType:
    """`mihu_client.api.flows.<operation>`: operation modules load on first access."""
    if name in _OPERATION_MODULES:
        return import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Flows(Resource):
    """The `flows` operations; reached as `mihu.flows` on a `MihuClient`.

    Each method makes one request and returns the parsed 2xx body; errors raise
    (`mihu_client.APIStatusError` subclasses, `mihu_client.APIConnectionError`). `with_raw_response`
    has the same methods returning the `RawResponse` (status, headers, JSON) of that one request.
    """

    _operations = {
        "deploy": "deploy_flow",
        "undeploy": "undeploy_flow",
        "list": "list_flows",
    }
    """Method name -> the operation module (in this package) it calls."""

    @cached_property
    def with_raw_response(self) -> FlowsWithRawResponse:
        """These methods, returning `RawResponse` (status, headers, request id, JSON, parsed model)."""
        return FlowsWithRawResponse(self)

    async def deploy(
        self,
        uuid: UUID,
        *,
        options: RequestOptions | None = None,
    ) -> DeployFlowResponse200:
        """Deploy a flow

        Publishes a draft flow so its trigger starts reacting to real events. Steps are expected to have
        passed a persisted test (active status) beforehand.

        Args:
            uuid (UUID):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            DeployFlowResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/flow/{uuid}/deploy`, operation `deploy_flow`.
        """
        return await self._call(
            _call_deploy_flow,
            options,
            {
                "uuid": uuid,
            },
        )

    async def undeploy(
        self,
        uuid: UUID,
        *,
        options: RequestOptions | None = None,
    ) -> UndeployFlowResponse200:
        """Undeploy — flip a deployed flow back to draft

        Takes a live flow out of service and puts it back into draft state, so its steps can be changed
        again; it stops reacting to trigger events until it is deployed again. Returns the flow with its
        steps.

        Args:
            uuid (UUID):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            UndeployFlowResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/flow/{uuid}/undeploy`, operation `undeploy_flow`.
        """
        return await self._call(
            _call_undeploy_flow,
            options,
            {
                "uuid": uuid,
            },
        )

    async def list(
        self,
        *,
        options: RequestOptions | None = None,
    ) -> ListFlowsResponse200:
        """List flows

        Lists the workspace's Studio automation flows.

        Args:
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            ListFlowsResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/flows`, operation `list_flows`.
        """
        return await self._call(
            _call_list_flows,
            options,
            {},
        )


class FlowsWithRawResponse:
    """`Flows` methods returning the `RawResponse` of their single request instead of the model."""

    def __init__(self, resource: Flows) -> None:
        self.deploy = raw_response_wrapper(resource.deploy)
        self.undeploy = raw_response_wrapper(resource.undeploy)
        self.list = raw_response_wrapper(resource.list)
