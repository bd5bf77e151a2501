"""`mihu.flow_steps`: the `flow_steps` operations as methods of `FlowSteps`, generated from the spec.

Method names follow the rule in `mihu_client._generated.api`: operationId minus the tag's words.
    create <- POST /api/v1/flow/{uuid}/steps
    update <- PATCH /api/v1/flow/{uuid}/steps/{step}
    test <- POST /api/v1/flow/{uuid}/steps/{step}/test
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
    from ...models.create_flow_step_body import CreateFlowStepBody
    from ...models.create_flow_step_response_201 import CreateFlowStepResponse201
    from ...models.test_flow_step_body import TestFlowStepBody
    from ...models.test_flow_step_response_200 import TestFlowStepResponse200
    from ...models.update_flow_step_body import UpdateFlowStepBody
    from ...models.update_flow_step_response_200 import UpdateFlowStepResponse200
    from ...types import Unset
if TYPE_CHECKING:
    from . import (
        create_flow_step,
        test_flow_step,
        update_flow_step,
    )
if TYPE_CHECKING:
    from .create_flow_step import asyncio_detailed as _call_create_flow_step
else:
    _call_create_flow_step = LazyOperation(__name__, "create_flow_step", "_call_create_flow_step")
if TYPE_CHECKING:
    from .test_flow_step import asyncio_detailed as _call_test_flow_step
else:
    _call_test_flow_step = LazyOperation(__name__, "test_flow_step", "_call_test_flow_step")
if TYPE_CHECKING:
    from .update_flow_step import asyncio_detailed as _call_update_flow_step
else:
    _call_update_flow_step = LazyOperation(__name__, "update_flow_step", "_call_update_flow_step")

_OPERATION_MODULES = frozenset(
    (
        "create_flow_step",
        "test_flow_step",
        "update_flow_step",
    )
)

__all__ = [
    "FlowSteps",
    "FlowStepsWithRawResponse",
    "create_flow_step",
    "test_flow_step",
    "update_flow_step",
]


def __getattr__(name: str) -> ModuleType:
    """`mihu_client.api.flow_steps.<operation>`: operation modules load on first access."""
    if name in _OPERATION_MODULES:
        return import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class FlowSteps(Resource):
    """The `flow_steps` operations; reached as `mihu.flow_steps` on a `MihuClient`.

    Each method makes one request and returns the parsed 2xx body; errors raise
    (`mihu_client.APIStatusError` subclasses, `mihu_client.APIConnectionError`). `with_raw_response`
    has the same methods returning the `RawResponse` (status, headers, JSON) of that one request.
    """

    _operations = {
        "create": "create_flow_step",
        "update": "update_flow_step",
        "test": "test_flow_step",
    }
    """Method name -> the operation module (in this package) it calls."""

    @cached_property
    def with_raw_response(self) -> FlowStepsWithRawResponse:
        """These methods, returning `RawResponse` (status, headers, request id, JSON, parsed model)."""
        return FlowStepsWithRawResponse(self)

    async def create(
        self,
        uuid: UUID,
        body: CreateFlowStepBody,
        *,
        options: RequestOptions | None = None,
    ) -> CreateFlowStepResponse201:
        """Add a step to a flow (trigger as step 1, actions as step 2+)

        Adds a trigger (only one, always step 1) or an action step to a draft flow. By default the step goes
        to the end; it can instead be inserted after a given step or nested under an if_condition branch,
        and the server renumbers later steps and rewrites their {{stepN.field}} references. A deployed flow
        must be undeployed first, otherwise 409 is returned.

        Args:
            uuid (UUID):
            body (CreateFlowStepBody): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            CreateFlowStepResponse201: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/flow/{uuid}/steps`, operation `create_flow_step`.
        """
        return await self._call(
            _call_create_flow_step,
            options,
            {
                "uuid": uuid,
                "body": body,
            },
        )

    async def update(
        self,
        uuid: UUID,
        step: UUID,
        body: UpdateFlowStepBody,
        *,
        options: RequestOptions | None = None,
    ) -> UpdateFlowStepResponse200:
        """Update any subset of a step's fields

        Partially updates one step of a flow: only the fields present in the body change. Switching app_uid
        resets the step's trigger/action, config and connection.

        Args:
            uuid (UUID):
            step (UUID):
            body (UpdateFlowStepBody): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            UpdateFlowStepResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `PATCH /api/v1/flow/{uuid}/steps/{step}`, operation `update_flow_step`.
        """
        return await self._call(
            _call_update_flow_step,
            options,
            {
                "uuid": uuid,
                "step": step,
                "body": body,
            },
        )

    async def test(
        self,
        uuid: UUID,
        step: UUID,
        body: TestFlowStepBody | Unset = UNSET,
        *,
        options: RequestOptions | None = None,
    ) -> TestFlowStepResponse200:
        """Test a step — kind-aware behavior (trigger samples vs action exec)

        Tests a single step. For a trigger it pulls recent matching events (or uses the payload you pass)
        and keeps one as the sample that later steps resolve against; for an action it resolves the config
        from upstream test data and either only validates it or really executes it. With persist=true a
        successful test marks the step active, which deploying requires.

        Args:
            uuid (UUID):
            step (UUID):
            body (TestFlowStepBody | Unset): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            TestFlowStepResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/flow/{uuid}/steps/{step}/test`, operation `test_flow_step`.
        """
        return await self._call(
            _call_test_flow_step,
            options,
            {
                "uuid": uuid,
                "step": step,
                "body": body,
            },
        )


class FlowStepsWithRawResponse:
    """`FlowSteps` methods returning the `RawResponse` of their single request instead of the model."""

    def __init__(self, resource: FlowSteps) -> None:
        self.create = raw_response_wrapper(resource.create)
        self.update = raw_response_wrapper(resource.update)
        self.test = raw_response_wrapper(resource.test)
