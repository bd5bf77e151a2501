"""`mihu.appointments`: the `appointments` operations as methods of `Appointments`, generated from the spec.

Method names follow the rule in `mihu_client._generated.api`: operationId minus the tag's words.
    list <- GET /api/v1/appointments
    create <- POST /api/v1/appointments
    get <- GET /api/v1/appointments/{uuid}
    update <- PUT /api/v1/appointments/{uuid}
    delete <- DELETE /api/v1/appointments/{uuid}
    update_status <- POST /api/v1/appointments/{uuid}/status
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
    from ...models.appointment_create_request import AppointmentCreateRequest
    from ...models.appointment_status_update_request import AppointmentStatusUpdateRequest
    from ...models.appointment_update_request import AppointmentUpdateRequest
    from ...models.delete_appointment_response_200 import DeleteAppointmentResponse200
    from ...models.get_appointment_response_200 import GetAppointmentResponse200
    from ...models.list_appointments_response_200 import ListAppointmentsResponse200
    from ...models.update_appointment_response_200 import UpdateAppointmentResponse200
    from ...models.update_appointment_status_response_200 import UpdateAppointmentStatusResponse200
    from ...types import Unset
if TYPE_CHECKING:
    from . import (
        create_appointment,
        delete_appointment,
        get_appointment,
        list_appointments,
        update_appointment,
        update_appointment_status,
    )
if TYPE_CHECKING:
    from .create_appointment import asyncio_detailed as _call_create_appointment
else:
    _call_create_appointment = LazyOperation(__name__, "create_appointment", "_call_create_appointment")
if TYPE_CHECKING:
    from .delete_appointment import asyncio_detailed as _call_delete_appointment
else:
    _call_delete_appointment = LazyOperation(__name__, "delete_appointment", "_call_delete_appointment")
if TYPE_CHECKING:
    from .get_appointment import asyncio_detailed as _call_get_appointment
else:
    _call_get_appointment = LazyOperation(__name__, "get_appointment", "_call_get_appointment")
if TYPE_CHECKING:
    from .list_appointments import asyncio_detailed as _call_list_appointments
else:
    _call_list_appointments = LazyOperation(__name__, "list_appointments", "_call_list_appointments")
if TYPE_CHECKING:
    from .update_appointment import asyncio_detailed as _call_update_appointment
else:
    _call_update_appointment = LazyOperation(__name__, "update_appointment", "_call_update_appointment")
if TYPE_CHECKING:
    from .update_appointment_status import asyncio_detailed as _call_update_appointment_status
else:
    _call_update_appointment_status = LazyOperation(
        __name__, "update_appointment_status", "_call_update_appointment_status"
    )

_OPERATION_MODULES = frozenset(
    (
        "create_appointment",
        "delete_appointment",
        "get_appointment",
        "list_appointments",
        "update_appointment",
        "update_appointment_status",
    )
)

__all__ = [
    "Appointments",
    "AppointmentsWithRawResponse",
    "create_appointment",
    "delete_appointment",
    "get_appointment",
    "list_appointments",
    "update_appointment",
    "update_appointment_status",
]


def __getattr__(name: str) -> ModuleType:
    """`mihu_client.api.appointments.<operation>`: operation modules load on first access."""
    if name in _OPERATION_MODULES:
        return import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Appointments(Resource):
    """The `appointments` operations; reached as `mihu.appointments` on a `MihuClient`.

    Each method makes one request and returns the parsed 2xx body; errors raise
    (`mihu_client.APIStatusError` subclasses, `mihu_client.APIConnectionError`). `with_raw_response`
    has the same methods returning the `RawResponse` (status, headers, JSON) of that one request.
    """

    _operations = {
        "list": "list_appointments",
        "create": "create_appointment",
        "get": "get_appointment",
        "update": "update_appointment",
        "delete": "delete_appointment",
        "update_status": "update_appointment_status",
    }
    """Method name -> the operation module (in this package) it calls."""

    @cached_property
    def with_raw_response(self) -> AppointmentsWithRawResponse:
        """These methods, returning `RawResponse` (status, headers, request id, JSON, parsed model)."""
        return AppointmentsWithRawResponse(self)

    async def list(
        self,
        *,
        contact_uuid: UUID | Unset = UNSET,
        start_date: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        schedule_uuid: UUID | Unset = UNSET,
        status: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> ListAppointmentsResponse200:
        """List appointments

        Returns the workspace's appointments as one array (the node sends no paging parameters). Optional
        filters by contact, schedule, status and date range are listed by a third-party mirror of older
        vendor docs (mindcloud-inc/universal-api-reference, native-api/actions/get-all-appointments-
        calendar.md, linking https://developers.mihu.ai/api-reference/appointments/get-all-appointments-
        calendar); the node sends none of them.

        Args:
            contact_uuid (UUID | Unset):
            start_date (str | Unset):
            end_date (str | Unset):
            schedule_uuid (UUID | Unset):
            status (str | Unset):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            ListAppointmentsResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/appointments`, operation `list_appointments`.
        """
        return await self._call(
            _call_list_appointments,
            options,
            {
                "contact_uuid": contact_uuid,
                "start_date": start_date,
                "end_date": end_date,
                "schedule_uuid": schedule_uuid,
                "status": status,
            },
        )

    async def create(
        self,
        body: AppointmentCreateRequest,
        *,
        options: RequestOptions | None = None,
    ) -> None:
        """Create a new appointment

        Books a confirmed appointment on a schedule for a given time range, optionally tied to a contact and
        with answers to the schedule's questions.

        Args:
            body (AppointmentCreateRequest): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            None: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/appointments`, operation `create_appointment`.
        """
        return await self._call(
            _call_create_appointment,
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
    ) -> GetAppointmentResponse200:
        """Get a specific appointment

        Fetches one appointment by its UUID.

        Args:
            uuid (UUID):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            GetAppointmentResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/appointments/{uuid}`, operation `get_appointment`.
        """
        return await self._call(
            _call_get_appointment,
            options,
            {
                "uuid": uuid,
            },
        )

    async def update(
        self,
        uuid: UUID,
        body: AppointmentUpdateRequest,
        *,
        options: RequestOptions | None = None,
    ) -> UpdateAppointmentResponse200:
        """Update an appointment

        Changes the title, time range, status or notes of one appointment; the node sends only the fields
        that are filled in.

        Args:
            uuid (UUID):
            body (AppointmentUpdateRequest): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            UpdateAppointmentResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `PUT /api/v1/appointments/{uuid}`, operation `update_appointment`.
        """
        return await self._call(
            _call_update_appointment,
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
    ) -> DeleteAppointmentResponse200:
        """Delete an appointment

        Removes one appointment.

        Args:
            uuid (UUID):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            DeleteAppointmentResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `DELETE /api/v1/appointments/{uuid}`, operation `delete_appointment`.
        """
        return await self._call(
            _call_delete_appointment,
            options,
            {
                "uuid": uuid,
            },
        )

    async def update_status(
        self,
        uuid: UUID,
        body: AppointmentStatusUpdateRequest,
        *,
        options: RequestOptions | None = None,
    ) -> UpdateAppointmentStatusResponse200:
        """Change appointment status

        Sets the status of one appointment (approved, pending or cancelled in the node's choices).

        Args:
            uuid (UUID):
            body (AppointmentStatusUpdateRequest): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            UpdateAppointmentStatusResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/appointments/{uuid}/status`, operation `update_appointment_status`.
        """
        return await self._call(
            _call_update_appointment_status,
            options,
            {
                "uuid": uuid,
                "body": body,
            },
        )


class AppointmentsWithRawResponse:
    """`Appointments` methods returning the `RawResponse` of their single request instead of the model."""

    def __init__(self, resource: Appointments) -> None:
        self.list = raw_response_wrapper(resource.list)
        self.create = raw_response_wrapper(resource.create)
        self.get = raw_response_wrapper(resource.get)
        self.update = raw_response_wrapper(resource.update)
        self.delete = raw_response_wrapper(resource.delete)
        self.update_status = raw_response_wrapper(resource.update_status)
