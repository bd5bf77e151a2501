"""`mihu.evaluate`: the `evaluate` operations as methods of `Evaluate`, generated from the spec.

Method names follow the rule in `mihu_client._generated.api`: operationId minus the tag's words.
    update_agent_settings <- PUT /api/v1/agents/{uuid}/evaluate
    delete_agent_settings <- DELETE /api/v1/agents/{uuid}/evaluate
    assign_agent_settings <- POST /api/v1/agents/{uuid}/evaluate/assign
    reassign_agent_settings <- POST /api/v1/agents/{uuid}/evaluate/reassign
    get_default_settings <- GET /api/v1/evaluate/default
    update_default_settings <- PUT /api/v1/evaluate/default
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
    from ...models.assign_agent_evaluate_settings_response_200 import AssignAgentEvaluateSettingsResponse200
    from ...models.evaluate_settings_update import EvaluateSettingsUpdate
    from ...models.get_default_evaluate_settings_response_200 import GetDefaultEvaluateSettingsResponse200
    from ...models.reassign_agent_evaluate_settings_response_200 import ReassignAgentEvaluateSettingsResponse200
    from ...models.update_agent_evaluate_settings_response_200 import UpdateAgentEvaluateSettingsResponse200
    from ...models.update_default_evaluate_settings_response_200 import UpdateDefaultEvaluateSettingsResponse200
if TYPE_CHECKING:
    from . import (
        assign_agent_evaluate_settings,
        delete_agent_evaluate_settings,
        get_default_evaluate_settings,
        reassign_agent_evaluate_settings,
        update_agent_evaluate_settings,
        update_default_evaluate_settings,
    )
if TYPE_CHECKING:
    from .assign_agent_evaluate_settings import asyncio_detailed as _call_assign_agent_evaluate_settings
else:
    _call_assign_agent_evaluate_settings = LazyOperation(
        __name__, "assign_agent_evaluate_settings", "_call_assign_agent_evaluate_settings"
    )
if TYPE_CHECKING:
    from .delete_agent_evaluate_settings import asyncio_detailed as _call_delete_agent_evaluate_settings
else:
    _call_delete_agent_evaluate_settings = LazyOperation(
        __name__, "delete_agent_evaluate_settings", "_call_delete_agent_evaluate_settings"
    )
if TYPE_CHECKING:
    from .get_default_evaluate_settings import asyncio_detailed as _call_get_default_evaluate_settings
else:
    _call_get_default_evaluate_settings = LazyOperation(
        __name__, "get_default_evaluate_settings", "_call_get_default_evaluate_settings"
    )
if TYPE_CHECKING:
    from .reassign_agent_evaluate_settings import asyncio_detailed as _call_reassign_agent_evaluate_settings
else:
    _call_reassign_agent_evaluate_settings = LazyOperation(
        __name__, "reassign_agent_evaluate_settings", "_call_reassign_agent_evaluate_settings"
    )
if TYPE_CHECKING:
    from .update_agent_evaluate_settings import asyncio_detailed as _call_update_agent_evaluate_settings
else:
    _call_update_agent_evaluate_settings = LazyOperation(
        __name__, "update_agent_evaluate_settings", "_call_update_agent_evaluate_settings"
    )
if TYPE_CHECKING:
    from .update_default_evaluate_settings import asyncio_detailed as _call_update_default_evaluate_settings
else:
    _call_update_default_evaluate_settings = LazyOperation(
        __name__, "update_default_evaluate_settings", "_call_update_default_evaluate_settings"
    )

_OPERATION_MODULES = frozenset(
    (
        "assign_agent_evaluate_settings",
        "delete_agent_evaluate_settings",
        "get_default_evaluate_settings",
        "reassign_agent_evaluate_settings",
        "update_agent_evaluate_settings",
        "update_default_evaluate_settings",
    )
)

__all__ = [
    "Evaluate",
    "EvaluateWithRawResponse",
    "assign_agent_evaluate_settings",
    "delete_agent_evaluate_settings",
    "get_default_evaluate_settings",
    "reassign_agent_evaluate_settings",
    "update_agent_evaluate_settings",
    "update_default_evaluate_settings",
]


def __getattr__(name: str) -> ModuleType:
    """`mihu_client.api.evaluate.<operation>`: operation modules load on first access."""
    if name in _OPERATION_MODULES:
        return import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Evaluate(Resource):
    """The `evaluate` operations; reached as `mihu.evaluate` on a `MihuClient`.

    Each method makes one request and returns the parsed 2xx body; errors raise
    (`mihu_client.APIStatusError` subclasses, `mihu_client.APIConnectionError`). `with_raw_response`
    has the same methods returning the `RawResponse` (status, headers, JSON) of that one request.
    """

    _operations = {
        "update_agent_settings": "update_agent_evaluate_settings",
        "delete_agent_settings": "delete_agent_evaluate_settings",
        "assign_agent_settings": "assign_agent_evaluate_settings",
        "reassign_agent_settings": "reassign_agent_evaluate_settings",
        "get_default_settings": "get_default_evaluate_settings",
        "update_default_settings": "update_default_evaluate_settings",
    }
    """Method name -> the operation module (in this package) it calls."""

    @cached_property
    def with_raw_response(self) -> EvaluateWithRawResponse:
        """These methods, returning `RawResponse` (status, headers, request id, JSON, parsed model)."""
        return EvaluateWithRawResponse(self)

    async def update_agent_settings(
        self,
        uuid: UUID,
        body: EvaluateSettingsUpdate,
        *,
        options: RequestOptions | None = None,
    ) -> UpdateAgentEvaluateSettingsResponse200:
        """Update an agent's evaluate settings

        Partially edits the evaluate override of one agent (sessionization, text and voice analyzers, active
        flag). Returns the agent's effective settings.

        Args:
            uuid (UUID):
            body (EvaluateSettingsUpdate): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            UpdateAgentEvaluateSettingsResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `PUT /api/v1/agents/{uuid}/evaluate`, operation `update_agent_evaluate_settings`.
        """
        return await self._call(
            _call_update_agent_evaluate_settings,
            options,
            {
                "uuid": uuid,
                "body": body,
            },
        )

    async def delete_agent_settings(
        self,
        uuid: UUID,
        *,
        options: RequestOptions | None = None,
    ) -> None:
        """Delete an agent's evaluate override (revert to default)

        Drops the agent-specific evaluate configuration so the agent falls back to the workspace default.
        (Inferred: page not stored; documented in the tag description; response shape unknown.)

        Args:
            uuid (UUID):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            None: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `DELETE /api/v1/agents/{uuid}/evaluate`, operation `delete_agent_evaluate_settings`.
        """
        return await self._call(
            _call_delete_agent_evaluate_settings,
            options,
            {
                "uuid": uuid,
            },
        )

    async def assign_agent_settings(
        self,
        uuid: UUID,
        *,
        options: RequestOptions | None = None,
    ) -> AssignAgentEvaluateSettingsResponse200:
        """Give an agent its own evaluate override

        Creates an agent-level evaluate configuration (seeded from the default) so it can be tuned
        independently. (Inferred: page not stored; documented in the tag description; summary is a
        placeholder.)

        Args:
            uuid (UUID):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            AssignAgentEvaluateSettingsResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/agents/{uuid}/evaluate/assign`, operation `assign_agent_evaluate_settings`.
        """
        return await self._call(
            _call_assign_agent_evaluate_settings,
            options,
            {
                "uuid": uuid,
            },
        )

    async def reassign_agent_settings(
        self,
        uuid: UUID,
        *,
        options: RequestOptions | None = None,
    ) -> ReassignAgentEvaluateSettingsResponse200:
        """Force-overwrite the agent's override with a fresh copy of the current default

        Resets an agent's evaluate override by copying the current workspace default over it, discarding
        agent-specific tweaks. No request body.

        Args:
            uuid (UUID):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            ReassignAgentEvaluateSettingsResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/agents/{uuid}/evaluate/reassign`, operation `reassign_agent_evaluate_settings`.
        """
        return await self._call(
            _call_reassign_agent_evaluate_settings,
            options,
            {
                "uuid": uuid,
            },
        )

    async def get_default_settings(
        self,
        *,
        options: RequestOptions | None = None,
    ) -> GetDefaultEvaluateSettingsResponse200:
        """Get the global default evaluate settings

        Reads the workspace-wide evaluate configuration inherited by agents that have no override.
        (Inferred: page not stored; documented as 'GET /default' in the tag description.)

        Args:
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            GetDefaultEvaluateSettingsResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/evaluate/default`, operation `get_default_evaluate_settings`.
        """
        return await self._call(
            _call_get_default_evaluate_settings,
            options,
            {},
        )

    async def update_default_settings(
        self,
        body: EvaluateSettingsUpdate,
        *,
        options: RequestOptions | None = None,
    ) -> UpdateDefaultEvaluateSettingsResponse200:
        """Update the global default evaluate settings

        Partially edits the workspace-wide evaluate configuration that agents without their own override
        inherit. Returns the resulting settings.

        Args:
            body (EvaluateSettingsUpdate): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            UpdateDefaultEvaluateSettingsResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `PUT /api/v1/evaluate/default`, operation `update_default_evaluate_settings`.
        """
        return await self._call(
            _call_update_default_evaluate_settings,
            options,
            {
                "body": body,
            },
        )


class EvaluateWithRawResponse:
    """`Evaluate` methods returning the `RawResponse` of their single request instead of the model."""

    def __init__(self, resource: Evaluate) -> None:
        self.update_agent_settings = raw_response_wrapper(resource.update_agent_settings)
        self.delete_agent_settings = raw_response_wrapper(resource.delete_agent_settings)
        self.assign_agent_settings = raw_response_wrapper(resource.assign_agent_settings)
        self.reassign_agent_settings = raw_response_wrapper(resource.reassign_agent_settings)
        self.get_default_settings = raw_response_wrapper(resource.get_default_settings)
        self.update_default_settings = raw_response_wrapper(resource.update_default_settings)
