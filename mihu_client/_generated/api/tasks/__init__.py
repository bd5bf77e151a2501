"""`mihu.tasks`: the `tasks` operations as methods of `Tasks`, generated from the spec.

Method names follow the rule in `mihu_client._generated.api`: operationId minus the tag's words.
    list, list_all <- GET /api/v1/tasks
    create <- POST /api/v1/tasks
    get <- GET /api/v1/tasks/{uuid}
    update <- PUT /api/v1/tasks/{uuid}
    delete <- DELETE /api/v1/tasks/{uuid}
    cancel <- POST /api/v1/tasks/{uuid}/cancel
    queue <- POST /api/v1/tasks/{uuid}/queue
    retry <- POST /api/v1/tasks/{uuid}/retry
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

    from ...._pagination import Paginator
    from ...._resource import RequestOptions
    from ...models.cancel_task_response_200 import CancelTaskResponse200
    from ...models.create_task_response_201 import CreateTaskResponse201
    from ...models.delete_task_response_200 import DeleteTaskResponse200
    from ...models.get_task_response_200 import GetTaskResponse200
    from ...models.list_tasks_response_200 import ListTasksResponse200
    from ...models.list_tasks_status import ListTasksStatus
    from ...models.list_tasks_type import ListTasksType
    from ...models.queue_task_response_200 import QueueTaskResponse200
    from ...models.retry_task_response_200 import RetryTaskResponse200
    from ...models.task import Task
    from ...models.task_create_request import TaskCreateRequest
    from ...models.task_update_request import TaskUpdateRequest
    from ...models.update_task_response_200 import UpdateTaskResponse200
    from ...types import Unset
if TYPE_CHECKING:
    from . import (
        cancel_task,
        create_task,
        delete_task,
        get_task,
        list_tasks,
        queue_task,
        retry_task,
        update_task,
    )
if TYPE_CHECKING:
    from .cancel_task import asyncio_detailed as _call_cancel_task
else:
    _call_cancel_task = LazyOperation(__name__, "cancel_task", "_call_cancel_task")
if TYPE_CHECKING:
    from .create_task import asyncio_detailed as _call_create_task
else:
    _call_create_task = LazyOperation(__name__, "create_task", "_call_create_task")
if TYPE_CHECKING:
    from .delete_task import asyncio_detailed as _call_delete_task
else:
    _call_delete_task = LazyOperation(__name__, "delete_task", "_call_delete_task")
if TYPE_CHECKING:
    from .get_task import asyncio_detailed as _call_get_task
else:
    _call_get_task = LazyOperation(__name__, "get_task", "_call_get_task")
if TYPE_CHECKING:
    from .list_tasks import asyncio_detailed as _call_list_tasks
else:
    _call_list_tasks = LazyOperation(__name__, "list_tasks", "_call_list_tasks")
if TYPE_CHECKING:
    from .queue_task import asyncio_detailed as _call_queue_task
else:
    _call_queue_task = LazyOperation(__name__, "queue_task", "_call_queue_task")
if TYPE_CHECKING:
    from .retry_task import asyncio_detailed as _call_retry_task
else:
    _call_retry_task = LazyOperation(__name__, "retry_task", "_call_retry_task")
if TYPE_CHECKING:
    from .update_task import asyncio_detailed as _call_update_task
else:
    _call_update_task = LazyOperation(__name__, "update_task", "_call_update_task")

_OPERATION_MODULES = frozenset(
    (
        "cancel_task",
        "create_task",
        "delete_task",
        "get_task",
        "list_tasks",
        "queue_task",
        "retry_task",
        "update_task",
    )
)

__all__ = [
    "Tasks",
    "TasksWithRawResponse",
    "cancel_task",
    "create_task",
    "delete_task",
    "get_task",
    "list_tasks",
    "queue_task",
    "retry_task",
    "update_task",
]


def __getattr__(name: str) -> ModuleType:
    """`mihu_client.api.tasks.<operation>`: operation modules load on first access."""
    if name in _OPERATION_MODULES:
        return import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Tasks(Resource):
    """The `tasks` operations; reached as `mihu.tasks` on a `MihuClient`.

    Each method makes one request and returns the parsed 2xx body; errors raise
    (`mihu_client.APIStatusError` subclasses, `mihu_client.APIConnectionError`). `with_raw_response`
    has the same methods returning the `RawResponse` (status, headers, JSON) of that one request.
    """

    _operations = {
        "list": "list_tasks",
        "list_all": "list_tasks",
        "create": "create_task",
        "get": "get_task",
        "update": "update_task",
        "delete": "delete_task",
        "cancel": "cancel_task",
        "queue": "queue_task",
        "retry": "retry_task",
    }
    """Method name -> the operation module (in this package) it calls."""

    @cached_property
    def with_raw_response(self) -> TasksWithRawResponse:
        """These methods, returning `RawResponse` (status, headers, request id, JSON, parsed model)."""
        return TasksWithRawResponse(self)

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        type_: ListTasksType | Unset = UNSET,
        status: ListTasksStatus | Unset = UNSET,
        contact_uuid: UUID | Unset = UNSET,
        campaign_uuid: UUID | Unset = UNSET,
        agent_uuid: UUID | Unset = UNSET,
        priority: int | Unset = UNSET,
        scheduled_from: datetime.datetime | Unset = UNSET,
        scheduled_to: datetime.datetime | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> ListTasksResponse200:
        """Get paginated list of tasks

        Lists agent tasks page by page, with filters for type, status, contact, campaign, agent, priority
        and a scheduled-time window.

        Args:
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 15.
            type_ (ListTasksType | Unset):
            status (ListTasksStatus | Unset):
            contact_uuid (UUID | Unset):
            campaign_uuid (UUID | Unset):
            agent_uuid (UUID | Unset):
            priority (int | Unset):
            scheduled_from (datetime.datetime | Unset):
            scheduled_to (datetime.datetime | Unset):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            ListTasksResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/tasks`, operation `list_tasks`.
        """
        return await self._call(
            _call_list_tasks,
            options,
            {
                "page": page,
                "per_page": per_page,
                "type_": type_,
                "status": status,
                "contact_uuid": contact_uuid,
                "campaign_uuid": campaign_uuid,
                "agent_uuid": agent_uuid,
                "priority": priority,
                "scheduled_from": scheduled_from,
                "scheduled_to": scheduled_to,
            },
        )

    def list_all(
        self,
        *,
        per_page: int | Unset = UNSET,
        type_: ListTasksType | Unset = UNSET,
        status: ListTasksStatus | Unset = UNSET,
        contact_uuid: UUID | Unset = UNSET,
        campaign_uuid: UUID | Unset = UNSET,
        agent_uuid: UUID | Unset = UNSET,
        priority: int | Unset = UNSET,
        scheduled_from: datetime.datetime | Unset = UNSET,
        scheduled_to: datetime.datetime | Unset = UNSET,
        concurrency: int = 1,
        options: RequestOptions | None = None,
    ) -> Paginator[Task]:
        """Every item of `list` across all pages: `async for item in mihu.tasks.list_all(...)`.

        Requests page 1, 2, … and stops after the last page (`last_page`, else `has_more`, else a short
        or empty page), at a page already seen, or at one the server answers with another number.
        Page shape `laravel` (see `mihu_client._pagination`); `.pages()` yields whole pages.

        Args:
            per_page (int | Unset):  Default: 15.
            type_ (ListTasksType | Unset):
            status (ListTasksStatus | Unset):
            contact_uuid (UUID | Unset):
            campaign_uuid (UUID | Unset):
            agent_uuid (UUID | Unset):
            priority (int | Unset):
            scheduled_from (datetime.datetime | Unset):
            scheduled_to (datetime.datetime | Unset):
            concurrency (int): Pages requested at once (1: one after another). Above 1, pages are
                prefetched once the first page has told the last page number; items stay in order.
            options (RequestOptions | None): Per-call settings for every page request.

        Returns:
            Paginator[Task]: Iterate it with `async for`; nothing is requested before that.
        """
        return self._paginate(
            _call_list_tasks,
            options,
            {
                "per_page": per_page,
                "type_": type_,
                "status": status,
                "contact_uuid": contact_uuid,
                "campaign_uuid": campaign_uuid,
                "agent_uuid": agent_uuid,
                "priority": priority,
                "scheduled_from": scheduled_from,
                "scheduled_to": scheduled_to,
            },
            mode="page",
            shape="laravel",
            items=("data", "data"),
            concurrency=concurrency,
        )

    async def create(
        self,
        body: TaskCreateRequest,
        *,
        options: RequestOptions | None = None,
    ) -> CreateTaskResponse201:
        """Create a new task (Call or WhatsApp Template)

        Schedules a single task for an agent, typically an outbound call or a WhatsApp template send. The
        contact can be given by UUID or by details that are matched or created.

        Args:
            body (TaskCreateRequest): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            CreateTaskResponse201: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/tasks`, operation `create_task`.
        """
        return await self._call(
            _call_create_task,
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
    ) -> GetTaskResponse200:
        """Get a specific task

        Fetches one task by its UUID.

        Args:
            uuid (UUID):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            GetTaskResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/tasks/{uuid}`, operation `get_task`.
        """
        return await self._call(
            _call_get_task,
            options,
            {
                "uuid": uuid,
            },
        )

    async def update(
        self,
        uuid: UUID,
        body: TaskUpdateRequest,
        *,
        options: RequestOptions | None = None,
    ) -> UpdateTaskResponse200:
        """Update a task

        Changes the title, description, status, priority, scheduled time or auto-queue flag of one task;
        every field is optional.

        Args:
            uuid (UUID):
            body (TaskUpdateRequest): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            UpdateTaskResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `PUT /api/v1/tasks/{uuid}`, operation `update_task`.
        """
        return await self._call(
            _call_update_task,
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
    ) -> DeleteTaskResponse200:
        """Delete a task

        Deletes one task.

        Args:
            uuid (UUID):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            DeleteTaskResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `DELETE /api/v1/tasks/{uuid}`, operation `delete_task`.
        """
        return await self._call(
            _call_delete_task,
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
    ) -> CancelTaskResponse200:
        """Cancel a task

        Cancels a task so that it is not executed. No request body.

        Args:
            uuid (UUID):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            CancelTaskResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/tasks/{uuid}/cancel`, operation `cancel_task`.
        """
        return await self._call(
            _call_cancel_task,
            options,
            {
                "uuid": uuid,
            },
        )

    async def queue(
        self,
        uuid: UUID,
        *,
        options: RequestOptions | None = None,
    ) -> QueueTaskResponse200:
        """Queue a task for execution

        Puts a task in the execution queue now instead of waiting for its schedule. No request body.

        Args:
            uuid (UUID):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            QueueTaskResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/tasks/{uuid}/queue`, operation `queue_task`.
        """
        return await self._call(
            _call_queue_task,
            options,
            {
                "uuid": uuid,
            },
        )

    async def retry(
        self,
        uuid: UUID,
        *,
        options: RequestOptions | None = None,
    ) -> RetryTaskResponse200:
        """Retry a failed task

        Runs a failed task again. No request body.

        Args:
            uuid (UUID):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            RetryTaskResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/tasks/{uuid}/retry`, operation `retry_task`.
        """
        return await self._call(
            _call_retry_task,
            options,
            {
                "uuid": uuid,
            },
        )


class TasksWithRawResponse:
    """`Tasks` methods returning the `RawResponse` of their single request instead of the model."""

    def __init__(self, resource: Tasks) -> None:
        self.list = raw_response_wrapper(resource.list)
        self.create = raw_response_wrapper(resource.create)
        self.get = raw_response_wrapper(resource.get)
        self.update = raw_response_wrapper(resource.update)
        self.delete = raw_response_wrapper(resource.delete)
        self.cancel = raw_response_wrapper(resource.cancel)
        self.queue = raw_response_wrapper(resource.queue)
        self.retry = raw_response_wrapper(resource.retry)
