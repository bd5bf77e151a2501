from typing import Any
from urllib.parse import quote

import httpx2

from ...client import ApiClient
from ...models.contact_analyzer_update import ContactAnalyzerUpdate
from ...types import Response, parse_with


def _get_kwargs(
    internal_id: str,
    *,
    body: ContactAnalyzerUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/analyzers/{internal_id}".format(
            internal_id=quote(str(internal_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, ContactAnalyzerUpdate) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> None:
    if not response.content:
        return None
    return None


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[None]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parse_with(client.strict, _parse_response, response),
    )


async def asyncio_detailed(
    internal_id: str,
    *,
    client: ApiClient,
    body: ContactAnalyzerUpdate,
) -> Response[None]:
    """Update an analyzer configuration

     Changes how one conversation analyzer behaves: the write policy for extracted values, the extraction
    goal and optional sample values. Identify the analyzer by its prefixed id (b_, f_ or p_).

    Args:
        internal_id (str):
        body (ContactAnalyzerUpdate): Configuration change for one analyzer. Built-in (b_)
            analyzers accept only update_behavior; pipeline (p_) analyzers ignore example_values.

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        internal_id=internal_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
