"""`mihu.tables`: the `tables` operations as methods of `Tables`, generated from the spec.

Method names follow the rule in `mihu_client._generated.api`: operationId minus the tag's words.
    import_from_text <- POST /api/v1/data/import/copypaste
    import_from_file <- POST /api/v1/data/import/file
    import_from_website <- POST /api/v1/data/import/website
    create <- POST /api/v1/data/tables
    get <- GET /api/v1/data/{uuid}
    assign <- POST /api/v1/data/{uuid}/assign
    list_fields <- GET /api/v1/data/{uuid}/fields
    list_records, list_all_records <- GET /api/v1/data/{uuid}/records
    create_record <- POST /api/v1/data/{uuid}/records
    update_record <- PUT /api/v1/data/{uuid}/records/{record}
    delete_record <- DELETE /api/v1/data/{uuid}/records/{record}
    sync <- POST /api/v1/data/{uuid}/sync
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

    from ...._pagination import Paginator
    from ...._resource import RequestOptions
    from ...models.assign_table_body import AssignTableBody
    from ...models.assign_table_response_200 import AssignTableResponse200
    from ...models.create_table_body import CreateTableBody
    from ...models.create_table_record_body import CreateTableRecordBody
    from ...models.create_table_record_response_200 import CreateTableRecordResponse200
    from ...models.create_table_response_201 import CreateTableResponse201
    from ...models.delete_table_record_response_200 import DeleteTableRecordResponse200
    from ...models.get_table_response_200 import GetTableResponse200
    from ...models.import_table_from_file_body import ImportTableFromFileBody
    from ...models.import_table_from_file_response_200 import ImportTableFromFileResponse200
    from ...models.import_table_from_text_body import ImportTableFromTextBody
    from ...models.import_table_from_text_response_200 import ImportTableFromTextResponse200
    from ...models.import_table_from_website_body import ImportTableFromWebsiteBody
    from ...models.import_table_from_website_response_200 import ImportTableFromWebsiteResponse200
    from ...models.list_table_fields_response_200 import ListTableFieldsResponse200
    from ...models.list_table_records_response_200 import ListTableRecordsResponse200
    from ...models.list_table_records_response_200_data_data_item import ListTableRecordsResponse200DataDataItem
    from ...models.sync_table_response_200 import SyncTableResponse200
    from ...models.update_table_record_body import UpdateTableRecordBody
    from ...models.update_table_record_response_200 import UpdateTableRecordResponse200
    from ...types import Unset
if TYPE_CHECKING:
    from . import (
        assign_table,
        create_table,
        create_table_record,
        delete_table_record,
        get_table,
        import_table_from_file,
        import_table_from_text,
        import_table_from_website,
        list_table_fields,
        list_table_records,
        sync_table,
        update_table_record,
    )
if TYPE_CHECKING:
    from .assign_table import asyncio_detailed as _call_assign_table
else:
    _call_assign_table = LazyOperation(__name__, "assign_table", "_call_assign_table")
if TYPE_CHECKING:
    from .create_table import asyncio_detailed as _call_create_table
else:
    _call_create_table = LazyOperation(__name__, "create_table", "_call_create_table")
if TYPE_CHECKING:
    from .create_table_record import asyncio_detailed as _call_create_table_record
else:
    _call_create_table_record = LazyOperation(__name__, "create_table_record", "_call_create_table_record")
if TYPE_CHECKING:
    from .delete_table_record import asyncio_detailed as _call_delete_table_record
else:
    _call_delete_table_record = LazyOperation(__name__, "delete_table_record", "_call_delete_table_record")
if TYPE_CHECKING:
    from .get_table import asyncio_detailed as _call_get_table
else:
    _call_get_table = LazyOperation(__name__, "get_table", "_call_get_table")
if TYPE_CHECKING:
    from .import_table_from_file import asyncio_detailed as _call_import_table_from_file
else:
    _call_import_table_from_file = LazyOperation(__name__, "import_table_from_file", "_call_import_table_from_file")
if TYPE_CHECKING:
    from .import_table_from_text import asyncio_detailed as _call_import_table_from_text
else:
    _call_import_table_from_text = LazyOperation(__name__, "import_table_from_text", "_call_import_table_from_text")
if TYPE_CHECKING:
    from .import_table_from_website import asyncio_detailed as _call_import_table_from_website
else:
    _call_import_table_from_website = LazyOperation(
        __name__, "import_table_from_website", "_call_import_table_from_website"
    )
if TYPE_CHECKING:
    from .list_table_fields import asyncio_detailed as _call_list_table_fields
else:
    _call_list_table_fields = LazyOperation(__name__, "list_table_fields", "_call_list_table_fields")
if TYPE_CHECKING:
    from .list_table_records import asyncio_detailed as _call_list_table_records
else:
    _call_list_table_records = LazyOperation(__name__, "list_table_records", "_call_list_table_records")
if TYPE_CHECKING:
    from .sync_table import asyncio_detailed as _call_sync_table
else:
    _call_sync_table = LazyOperation(__name__, "sync_table", "_call_sync_table")
if TYPE_CHECKING:
    from .update_table_record import asyncio_detailed as _call_update_table_record
else:
    _call_update_table_record = LazyOperation(__name__, "update_table_record", "_call_update_table_record")

_OPERATION_MODULES = frozenset(
    (
        "assign_table",
        "create_table",
        "create_table_record",
        "delete_table_record",
        "get_table",
        "import_table_from_file",
        "import_table_from_text",
        "import_table_from_website",
        "list_table_fields",
        "list_table_records",
        "sync_table",
        "update_table_record",
    )
)

__all__ = [
    "Tables",
    "TablesWithRawResponse",
    "assign_table",
    "create_table",
    "create_table_record",
    "delete_table_record",
    "get_table",
    "import_table_from_file",
    "import_table_from_text",
    "import_table_from_website",
    "list_table_fields",
    "list_table_records",
    "sync_table",
    "update_table_record",
]


def __getattr__(name: str) -> ModuleType:
    """`mihu_client.api.tables.<operation>`: operation modules load on first access."""
    if name in _OPERATION_MODULES:
        return import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Tables(Resource):
    """The `tables` operations; reached as `mihu.tables` on a `MihuClient`.

    Each method makes one request and returns the parsed 2xx body; errors raise
    (`mihu_client.APIStatusError` subclasses, `mihu_client.APIConnectionError`). `with_raw_response`
    has the same methods returning the `RawResponse` (status, headers, JSON) of that one request.
    """

    _operations = {
        "import_from_text": "import_table_from_text",
        "import_from_file": "import_table_from_file",
        "import_from_website": "import_table_from_website",
        "create": "create_table",
        "get": "get_table",
        "assign": "assign_table",
        "list_fields": "list_table_fields",
        "list_records": "list_table_records",
        "list_all_records": "list_table_records",
        "create_record": "create_table_record",
        "update_record": "update_table_record",
        "delete_record": "delete_table_record",
        "sync": "sync_table",
    }
    """Method name -> the operation module (in this package) it calls."""

    @cached_property
    def with_raw_response(self) -> TablesWithRawResponse:
        """These methods, returning `RawResponse` (status, headers, request id, JSON, parsed model)."""
        return TablesWithRawResponse(self)

    async def import_from_text(
        self,
        body: ImportTableFromTextBody,
        *,
        options: RequestOptions | None = None,
    ) -> ImportTableFromTextResponse200:
        """Create a table from pasted text

        Creates a knowledge table from a block of raw text, which suits FAQs, policies and other
        unstructured content.

        Args:
            body (ImportTableFromTextBody): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            ImportTableFromTextResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/data/import/copypaste`, operation `import_table_from_text`.
        """
        return await self._call(
            _call_import_table_from_text,
            options,
            {
                "body": body,
            },
        )

    async def import_from_file(
        self,
        body: ImportTableFromFileBody,
        *,
        options: RequestOptions | None = None,
    ) -> ImportTableFromFileResponse200:
        """Create a table from an uploaded file

        Creates a table by uploading a file such as CSV, Excel, JSON, PDF, XML or audio as multipart form
        data.

        Args:
            body (ImportTableFromFileBody): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            ImportTableFromFileResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/data/import/file`, operation `import_table_from_file`.
        """
        return await self._call(
            _call_import_table_from_file,
            options,
            {
                "body": body,
            },
        )

    async def import_from_website(
        self,
        body: ImportTableFromWebsiteBody,
        *,
        options: RequestOptions | None = None,
    ) -> ImportTableFromWebsiteResponse200:
        """Create a table by crawling a website

        Creates a table from the content of a public website that the platform crawls starting at the given
        URL.

        Args:
            body (ImportTableFromWebsiteBody): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            ImportTableFromWebsiteResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/data/import/website`, operation `import_table_from_website`.
        """
        return await self._call(
            _call_import_table_from_website,
            options,
            {
                "body": body,
            },
        )

    async def create(
        self,
        body: CreateTableBody,
        *,
        options: RequestOptions | None = None,
    ) -> CreateTableResponse201:
        """Create an empty table with a column schema

        Creates a new custom table with no rows, defined by the list of typed columns you send. Fill it
        afterwards through the record endpoints and connect it to an agent with the assign endpoint.

        Args:
            body (CreateTableBody): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            CreateTableResponse201: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/data/tables`, operation `create_table`.
        """
        return await self._call(
            _call_create_table,
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
    ) -> GetTableResponse200:
        """Get a table

        Returns a single table identified by its UUID.

        Args:
            uuid (UUID):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            GetTableResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/data/{uuid}`, operation `get_table`.
        """
        return await self._call(
            _call_get_table,
            options,
            {
                "uuid": uuid,
            },
        )

    async def assign(
        self,
        uuid: UUID,
        body: AssignTableBody,
        *,
        options: RequestOptions | None = None,
    ) -> AssignTableResponse200:
        """Assign a table to an agent

        Connects a table to an agent so the agent can search or look up its data during conversations.

        Args:
            uuid (UUID):
            body (AssignTableBody): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            AssignTableResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/data/{uuid}/assign`, operation `assign_table`.
        """
        return await self._call(
            _call_assign_table,
            options,
            {
                "uuid": uuid,
                "body": body,
            },
        )

    async def list_fields(
        self,
        uuid: UUID,
        *,
        options: RequestOptions | None = None,
    ) -> ListTableFieldsResponse200:
        """List the fields of a table

        Returns the column schema of a table so callers know which field names and types its records use.

        Args:
            uuid (UUID):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            ListTableFieldsResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/data/{uuid}/fields`, operation `list_table_fields`.
        """
        return await self._call(
            _call_list_table_fields,
            options,
            {
                "uuid": uuid,
            },
        )

    async def list_records(
        self,
        uuid: UUID,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> ListTableRecordsResponse200:
        """List the records of a table

        Returns the rows stored in a table, one page at a time.

        Args:
            uuid (UUID):
            page (int | Unset):
            per_page (int | Unset):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            ListTableRecordsResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/data/{uuid}/records`, operation `list_table_records`.
        """
        return await self._call(
            _call_list_table_records,
            options,
            {
                "uuid": uuid,
                "page": page,
                "per_page": per_page,
            },
        )

    def list_all_records(
        self,
        uuid: UUID,
        *,
        per_page: int | Unset = UNSET,
        concurrency: int = 1,
        options: RequestOptions | None = None,
    ) -> Paginator[ListTableRecordsResponse200DataDataItem]:
        """Every item of `list_records` across all pages: `async for item in mihu.tables.list_all_records(...)`.

        Requests page 1, 2, … and stops after the last page (`last_page`, else `has_more`, else a short
        or empty page), at a page already seen, or at one the server answers with another number.
        Page shape `laravel` (see `mihu_client._pagination`); `.pages()` yields whole pages.

        Args:
            uuid (UUID):
            per_page (int | Unset):
            concurrency (int): Pages requested at once (1: one after another). Above 1, pages are
                prefetched once the first page has told the last page number; items stay in order.
            options (RequestOptions | None): Per-call settings for every page request.

        Returns:
            Paginator[ListTableRecordsResponse200DataDataItem]: Iterate it with `async for`; nothing is requested before that.
        """
        return self._paginate(
            _call_list_table_records,
            options,
            {
                "uuid": uuid,
                "per_page": per_page,
            },
            mode="page",
            shape="laravel",
            items=("data", "data"),
            concurrency=concurrency,
        )

    async def create_record(
        self,
        uuid: UUID,
        body: CreateTableRecordBody,
        *,
        options: RequestOptions | None = None,
    ) -> CreateTableRecordResponse200:
        """Add a record to a table

        Inserts one row into a table; the values are keyed by column name.

        Args:
            uuid (UUID):
            body (CreateTableRecordBody): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            CreateTableRecordResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/data/{uuid}/records`, operation `create_table_record`.
        """
        return await self._call(
            _call_create_table_record,
            options,
            {
                "uuid": uuid,
                "body": body,
            },
        )

    async def update_record(
        self,
        uuid: UUID,
        record: str,
        body: UpdateTableRecordBody,
        *,
        options: RequestOptions | None = None,
    ) -> UpdateTableRecordResponse200:
        """Update a record of a table

        Changes the values of an existing row in a table.

        Args:
            uuid (UUID):
            record (str):
            body (UpdateTableRecordBody): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            UpdateTableRecordResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `PUT /api/v1/data/{uuid}/records/{record}`, operation `update_table_record`.
        """
        return await self._call(
            _call_update_table_record,
            options,
            {
                "uuid": uuid,
                "record": record,
                "body": body,
            },
        )

    async def delete_record(
        self,
        uuid: UUID,
        record: str,
        *,
        options: RequestOptions | None = None,
    ) -> DeleteTableRecordResponse200:
        """Delete a record from a table

        Removes one row from a table.

        Args:
            uuid (UUID):
            record (str):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            DeleteTableRecordResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `DELETE /api/v1/data/{uuid}/records/{record}`, operation `delete_table_record`.
        """
        return await self._call(
            _call_delete_table_record,
            options,
            {
                "uuid": uuid,
                "record": record,
            },
        )

    async def sync(
        self,
        uuid: UUID,
        *,
        options: RequestOptions | None = None,
    ) -> SyncTableResponse200:
        """Sync a table

        Rebuilds the search index that agents use for this table, typically after many record changes.

        Args:
            uuid (UUID):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            SyncTableResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/data/{uuid}/sync`, operation `sync_table`.
        """
        return await self._call(
            _call_sync_table,
            options,
            {
                "uuid": uuid,
            },
        )


class TablesWithRawResponse:
    """`Tables` methods returning the `RawResponse` of their single request instead of the model."""

    def __init__(self, resource: Tables) -> None:
        self.import_from_text = raw_response_wrapper(resource.import_from_text)
        self.import_from_file = raw_response_wrapper(resource.import_from_file)
        self.import_from_website = raw_response_wrapper(resource.import_from_website)
        self.create = raw_response_wrapper(resource.create)
        self.get = raw_response_wrapper(resource.get)
        self.assign = raw_response_wrapper(resource.assign)
        self.list_fields = raw_response_wrapper(resource.list_fields)
        self.list_records = raw_response_wrapper(resource.list_records)
        self.create_record = raw_response_wrapper(resource.create_record)
        self.update_record = raw_response_wrapper(resource.update_record)
        self.delete_record = raw_response_wrapper(resource.delete_record)
        self.sync = raw_response_wrapper(resource.sync)
