from typing import Any

import httpx2

from ...client import ApiClient
from ...models.import_table_from_website_body import ImportTableFromWebsiteBody
from ...models.import_table_from_website_response_200 import ImportTableFromWebsiteResponse200
from ...types import Response, json_document, mismatch, parse_with


def _get_kwargs(
    *,
    body: ImportTableFromWebsiteBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/data/import/website",
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, ImportTableFromWebsiteBody) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> ImportTableFromWebsiteResponse200:
    data = json_document(response)
    response_200: ImportTableFromWebsiteResponse200
    if data.__class__ is dict:
        response_200 = ImportTableFromWebsiteResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "import_table_from_website response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[ImportTableFromWebsiteResponse200]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    *,
    client: ApiClient,
    body: ImportTableFromWebsiteBody,
) -> Response[ImportTableFromWebsiteResponse200]:
    """Create a table by crawling a website

     Creates a table from the content of a public website that the platform crawls starting at the given
    URL.

    Args:
        body (ImportTableFromWebsiteBody):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[ImportTableFromWebsiteResponse200]
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
    body: ImportTableFromWebsiteBody,
) -> ImportTableFromWebsiteResponse200:
    """Create a table by crawling a website

     Creates a table from the content of a public website that the platform crawls starting at the given
    URL.

    Args:
        body (ImportTableFromWebsiteBody):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        ImportTableFromWebsiteResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
