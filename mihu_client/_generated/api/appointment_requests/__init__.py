"""`mihu.appointment_requests`: the `appointment_requests` operations as methods of `AppointmentRequests`, generated from the spec.

Method names follow the rule in `mihu_client._generated.api`: operationId minus the tag's words.
    list <- GET /api/v1/appointment-requests
    create <- POST /api/v1/appointment-requests
    get <- GET /api/v1/appointment-requests/{uuid}
    cancel <- POST /api/v1/appointment-requests/{uuid}/cancel
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
    import datetime
    from uuid import UUID

    from ...._resource import RequestOptions
    from ...models.appointment_request_create_request import AppointmentRequestCreateRequest
    from ...models.cancel_appointment_request_response_200 import CancelAppointmentRequestResponse200
    from ...models.create_appointment_request_response_201 import CreateAppointmentRequestResponse201
    from ...models.get_appointment_request_response_200 import GetAppointmentRequestResponse200
    from ...models.list_appointment_requests_response_200 import ListAppointmentRequestsResponse200
    from ...models.list_appointment_requests_status import ListAppointmentRequestsStatus
    from ...types import Unset
if TYPE_CHECKING:
    from . import (
        cancel_appointment_request,
        create_appointment_request,
        get_appointment_request,
        list_appointment_requests,
    )
if TYPE_CHECKING:
    from .cancel_appointment_request import asyncio_detailed as _call_cancel_appointment_request
else:
    _call_cancel_appointment_request = LazyOperation(
        __name__, "cancel_appointment_request", "_call_cancel_appointment_request"
    )
if TYPE_CHECKING:
    from .create_appointment_request import asyncio_detailed as _call_create_appointment_request
else:
    _call_create_appointment_request = LazyOperation(
        __name__, "create_appointment_request", "_call_create_appointment_request"
    )
if TYPE_CHECKING:
    from .get_appointment_request import asyncio_detailed as _call_get_appointment_request
else:
    _call_get_appointment_request = LazyOperation(__name__, "get_appointment_request", "_call_get_appointment_request")
if TYPE_CHECKING:
    from .list_appointment_requests import asyncio_detailed as _call_list_appointment_requests
else:
    _call_list_appointment_requests = LazyOperation(
        __name__, "list_appointment_requests", "_call_list_appointment_requests"
    )

_OPERATION_MODULES = frozenset(
    (
        "cancel_appointment_request",
        "create_appointment_request",
        "get_appointment_request",
        "list_appointment_requests",
    )
)

__all__ = [
    "AppointmentRequests",
    "AppointmentRequestsWithRawResponse",
    "cancel_appointment_request",
    "create_appointment_request",
    "get_appointment_request",
    "list_appointment_requests",
]


def __getattr__(name: str) -> ModuleType:
    """`mihu_client.api.appointment_requests.<operation>`: operation modules load on first access."""
    if name in _OPERATION_MODULES:
        return import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class AppointmentRequests(Resource):
    """The `appointment_requests` operations; reached as `mihu.appointment_requests` on a `MihuClient`.

    Each method makes one request and returns the parsed 2xx body; errors raise
    (`mihu_client.APIStatusError` subclasses, `mihu_client.APIConnectionError`). `with_raw_response`
    has the same methods returning the `RawResponse` (status, headers, JSON) of that one request.
    """

    _operations = {
        "list": "list_appointment_requests",
        "create": "create_appointment_request",
        "get": "get_appointment_request",
        "cancel": "cancel_appointment_request",
    }
    """Method name -> the operation module (in this package) it calls."""

    @cached_property
    def with_raw_response(self) -> AppointmentRequestsWithRawResponse:
        """These methods, returning `RawResponse` (status, headers, request id, JSON, parsed model)."""
        return AppointmentRequestsWithRawResponse(self)

    async def list(
        self,
        *,
        status: ListAppointmentRequestsStatus | Unset = UNSET,
        schedule_uuid: UUID | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> ListAppointmentRequestsResponse200:
        """Get list of appointment requests

        Lists booking requests, optionally narrowed by status, schedule and date range. The data array is
        not paginated in the documented example.

        Args:
            status (ListAppointmentRequestsStatus | Unset):
            schedule_uuid (UUID | Unset):
            start_date (datetime.date | Unset):
            end_date (datetime.date | Unset):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            ListAppointmentRequestsResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/appointment-requests`, operation `list_appointment_requests`.
        """
        return await self._call(
            _call_list_appointment_requests,
            options,
            {
                "status": status,
                "schedule_uuid": schedule_uuid,
                "start_date": start_date,
                "end_date": end_date,
            },
        )

    async def create(
        self,
        body: AppointmentRequestCreateRequest,
        *,
        options: RequestOptions | None = None,
    ) -> CreateAppointmentRequestResponse201:
        """Create a new appointment request

        Submits a tentative booking on a schedule that must be reviewed before it becomes an appointment.
        Reference an existing contact or pass contact details to have one matched or created.

        Args:
            body (AppointmentRequestCreateRequest): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            CreateAppointmentRequestResponse201: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/appointment-requests`, operation `create_appointment_request`.
        """
        return await self._call(
            _call_create_appointment_request,
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
    ) -> GetAppointmentRequestResponse200:
        """Get a specific appointment request

        Fetches one booking request by UUID, including its approval or rejection details and the resulting
        appointment when there is one.

        Args:
            uuid (UUID):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            GetAppointmentRequestResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/appointment-requests/{uuid}`, operation `get_appointment_request`.
        """
        return await self._call(
            _call_get_appointment_request,
            options,
            {
                "uuid": uuid,
            },
        )

    async def cancel(
        self,
        uuid: UUID,
        *,
        options: RequestOptions | None = None,
    ) -> CancelAppointmentRequestResponse200:
        """Cancel an appointment request

        Withdraws a pending appointment request. No request body.

        Args:
            uuid (UUID):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            CancelAppointmentRequestResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/appointment-requests/{uuid}/cancel`, operation `cancel_appointment_request`.
        """
        return await self._call(
            _call_cancel_appointment_request,
            options,
            {
                "uuid": uuid,
            },
        )


class AppointmentRequestsWithRawResponse:
    """`AppointmentRequests` methods returning the `RawResponse` of their single request instead of the model."""

    def __init__(self, resource: AppointmentRequests) -> None:
        self.list = raw_response_wrapper(resource.list)
        self.create = raw_response_wrapper(resource.create)
        self.get = raw_response_wrapper(resource.get)
        self.cancel = raw_response_wrapper(resource.cancel)
