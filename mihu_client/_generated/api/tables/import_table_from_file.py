from typing import Any

import httpx2

from ...client import ApiClient
from ...models.import_table_from_file_body import ImportTableFromFileBody
from ...models.import_table_from_file_response_200 import ImportTableFromFileResponse200
from ...types import Response, json_document, mismatch, parse_with


def _get_kwargs(
    *,
    body: ImportTableFromFileBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/data/import/file",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> ImportTableFromFileResponse200:
    data = json_document(response)
    response_200: ImportTableFromFileResponse200
    if data.__class__ is dict:
        response_200 = ImportTableFromFileResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "import_table_from_file response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[ImportTableFromFileResponse200]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    *,
    client: ApiClient,
    body: ImportTableFromFileBody,
) -> Response[ImportTableFromFileResponse200]:
    """Create a table from an uploaded file

     Creates a table by uploading a file such as CSV, Excel, JSON, PDF, XML or audio as multipart form
    data.

    Args:
        body (ImportTableFromFileBody):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[ImportTableFromFileResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs))  # what `http.request(**kwargs)` does, one frame less

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ApiClient,
    body: ImportTableFromFileBody,
) -> ImportTableFromFileResponse200:
    """Create a table from an uploaded file

     Creates a table by uploading a file such as CSV, Excel, JSON, PDF, XML or audio as multipart form
    data.

    Args:
        body (ImportTableFromFileBody):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        ImportTableFromFileResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
