from typing import Any

import httpx2

from ...client import ApiClient
from ...models.contact_analyzer_update import ContactAnalyzerUpdate
from ...types import Response, parse_with, path_segment


def _get_kwargs(
    internal_id: str,
    *,
    body: ContactAnalyzerUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/analyzers/{internal_id}".format(
            internal_id=path_segment(internal_id, "internal_id"),
        ),
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, ContactAnalyzerUpdate) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> None:
    return None


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[None]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
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
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        internal_id=internal_id,
        body=body,
    )

    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs))  # what `http.request(**kwargs)` does, one frame less

    return _build_response(client=client, response=response)
