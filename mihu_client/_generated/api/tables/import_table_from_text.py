from typing import Any

import httpx2

from ...client import ApiClient
from ...models.import_table_from_text_body import ImportTableFromTextBody
from ...models.import_table_from_text_response_200 import ImportTableFromTextResponse200
from ...types import Response, json_document, mismatch, parse_with


def _get_kwargs(
    *,
    body: ImportTableFromTextBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/data/import/copypaste",
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, ImportTableFromTextBody) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> ImportTableFromTextResponse200:
    data = json_document(response)
    response_200: ImportTableFromTextResponse200
    if data.__class__ is dict:
        response_200 = ImportTableFromTextResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "import_table_from_text response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[ImportTableFromTextResponse200]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    *,
    client: ApiClient,
    body: ImportTableFromTextBody,
) -> Response[ImportTableFromTextResponse200]:
    """Create a table from pasted text

     Creates a knowledge table from a block of raw text, which suits FAQs, policies and other
    unstructured content.

    Args:
        body (ImportTableFromTextBody):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[ImportTableFromTextResponse200]
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
    body: ImportTableFromTextBody,
) -> ImportTableFromTextResponse200:
    """Create a table from pasted text

     Creates a knowledge table from a block of raw text, which suits FAQs, policies and other
    unstructured content.

    Args:
        body (ImportTableFromTextBody):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        ImportTableFromTextResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
