"""`mihu.schedules`: the `schedules` operations as methods of `Schedules`, generated from the spec.

Method names follow the rule in `mihu_client._generated.api`: operationId minus the tag's words.
    list <- GET /api/v1/schedules
    create <- POST /api/v1/schedules
    get <- GET /api/v1/schedules/{uuid}
    update <- PUT /api/v1/schedules/{uuid}
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
    from ...models.create_schedule_response_201 import CreateScheduleResponse201
    from ...models.get_schedule_response_200 import GetScheduleResponse200
    from ...models.list_schedules_response_200 import ListSchedulesResponse200
    from ...models.schedule_create_request import ScheduleCreateRequest
    from ...models.schedule_update_request import ScheduleUpdateRequest
    from ...types import Unset
if TYPE_CHECKING:
    from . import (
        create_schedule,
        get_schedule,
        list_schedules,
        update_schedule,
    )
if TYPE_CHECKING:
    from .create_schedule import asyncio_detailed as _call_create_schedule
else:
    _call_create_schedule = LazyOperation(__name__, "create_schedule", "_call_create_schedule")
if TYPE_CHECKING:
    from .get_schedule import asyncio_detailed as _call_get_schedule
else:
    _call_get_schedule = LazyOperation(__name__, "get_schedule", "_call_get_schedule")
if TYPE_CHECKING:
    from .list_schedules import asyncio_detailed as _call_list_schedules
else:
    _call_list_schedules = LazyOperation(__name__, "list_schedules", "_call_list_schedules")
if TYPE_CHECKING:
    from .update_schedule import asyncio_detailed as _call_update_schedule
else:
    _call_update_schedule = LazyOperation(__name__, "update_schedule", "_call_update_schedule")

_OPERATION_MODULES = frozenset(
    (
        "create_schedule",
        "get_schedule",
        "list_schedules",
        "update_schedule",
    )
)

__all__ = [
    "Schedules",
    "SchedulesWithRawResponse",
    "create_schedule",
    "get_schedule",
    "list_schedules",
    "update_schedule",
]


def __getattr__(name: str) -> ModuleType:
    """`mihu_client.api.schedules.<operation>`: operation modules load on first access."""
    if name in _OPERATION_MODULES:
        return import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Schedules(Resource):
    """The `schedules` operations; reached as `mihu.schedules` on a `MihuClient`.

    Each method makes one request and returns the parsed 2xx body; errors raise
    (`mihu_client.APIStatusError` subclasses, `mihu_client.APIConnectionError`). `with_raw_response`
    has the same methods returning the `RawResponse` (status, headers, JSON) of that one request.
    """

    _operations = {
        "list": "list_schedules",
        "create": "create_schedule",
        "get": "get_schedule",
        "update": "update_schedule",
    }
    """Method name -> the operation module (in this package) it calls."""

    @cached_property
    def with_raw_response(self) -> SchedulesWithRawResponse:
        """These methods, returning `RawResponse` (status, headers, request id, JSON, parsed model)."""
        return SchedulesWithRawResponse(self)

    async def list(
        self,
        *,
        availability_type_uuid: UUID | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> ListSchedulesResponse200:
        """List schedules

        Returns the workspace's booking schedules; the n8n node uses it to fill a schedule picker. The
        availability_type_uuid filter is listed by a third-party mirror of older vendor docs (mindcloud-
        inc/universal-api-reference, native-api/actions/get-all-schedules.md, linking
        https://developers.mihu.ai/api-reference/schedules/get-all-schedules); the node does not send it.

        Args:
            availability_type_uuid (UUID | Unset):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            ListSchedulesResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/schedules`, operation `list_schedules`.
        """
        return await self._call(
            _call_list_schedules,
            options,
            {
                "availability_type_uuid": availability_type_uuid,
            },
        )

    async def create(
        self,
        body: ScheduleCreateRequest,
        *,
        options: RequestOptions | None = None,
    ) -> CreateScheduleResponse201:
        """Create a new schedule

        Creates a bookable schedule bound to an availability type.

        Args:
            body (ScheduleCreateRequest): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            CreateScheduleResponse201: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/schedules`, operation `create_schedule`.
        """
        return await self._call(
            _call_create_schedule,
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
    ) -> GetScheduleResponse200:
        """Get a specific schedule

        Fetches one schedule by its UUID.

        Args:
            uuid (UUID):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            GetScheduleResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/schedules/{uuid}`, operation `get_schedule`.
        """
        return await self._call(
            _call_get_schedule,
            options,
            {
                "uuid": uuid,
            },
        )

    async def update(
        self,
        uuid: UUID,
        body: ScheduleUpdateRequest,
        *,
        options: RequestOptions | None = None,
    ) -> None:
        """Update a schedule

        Changes a schedule's name, type, colour, availability type, assigned AI/human agents or booking
        questions.

        Args:
            uuid (UUID):
            body (ScheduleUpdateRequest): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            None: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `PUT /api/v1/schedules/{uuid}`, operation `update_schedule`.
        """
        return await self._call(
            _call_update_schedule,
            options,
            {
                "uuid": uuid,
                "body": body,
            },
        )


class SchedulesWithRawResponse:
    """`Schedules` methods returning the `RawResponse` of their single request instead of the model."""

    def __init__(self, resource: Schedules) -> None:
        self.list = raw_response_wrapper(resource.list)
        self.create = raw_response_wrapper(resource.create)
        self.get = raw_response_wrapper(resource.get)
        self.update = raw_response_wrapper(resource.update)
