from typing import Any

import httpx2

from ...client import ApiClient
from ...models.create_table_body import CreateTableBody
from ...models.create_table_response_201 import CreateTableResponse201
from ...types import Response, json_document, mismatch, parse_with


def _get_kwargs(
    *,
    body: CreateTableBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/data/tables",
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, CreateTableBody) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> CreateTableResponse201:
    data = json_document(response)
    response_201: CreateTableResponse201
    if data.__class__ is dict:
        response_201 = CreateTableResponse201.from_dict(data)
    else:
        response_201 = mismatch(data, "create_table response")

    return response_201


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[CreateTableResponse201]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    *,
    client: ApiClient,
    body: CreateTableBody,
) -> Response[CreateTableResponse201]:
    """Create an empty table with a column schema

     Creates a new custom table with no rows, defined by the list of typed columns you send. Fill it
    afterwards through the record endpoints and connect it to an agent with the assign endpoint.

    Args:
        body (CreateTableBody):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[CreateTableResponse201]
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
    body: CreateTableBody,
) -> CreateTableResponse201:
    """Create an empty table with a column schema

     Creates a new custom table with no rows, defined by the list of typed columns you send. Fill it
    afterwards through the record endpoints and connect it to an agent with the assign endpoint.

    Args:
        body (CreateTableBody):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        CreateTableResponse201
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
