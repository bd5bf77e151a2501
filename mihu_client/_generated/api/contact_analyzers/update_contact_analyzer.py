from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_analyzer_update import ContactAnalyzerUpdate
from ...types import Response


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

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 200:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    internal_id: str,
    *,
    client: AuthenticatedClient,
    body: ContactAnalyzerUpdate,
) -> Response[Any]:
    """Update an analyzer configuration

     Changes how one conversation analyzer behaves: the write policy for extracted values, the extraction
    goal and optional sample values. Identify the analyzer by its prefixed id (b_, f_ or p_).

    Args:
        internal_id (str):
        body (ContactAnalyzerUpdate): Configuration change for one analyzer. Built-in (b_)
            analyzers accept only update_behavior; pipeline (p_) analyzers ignore example_values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        internal_id=internal_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    internal_id: str,
    *,
    client: AuthenticatedClient,
    body: ContactAnalyzerUpdate,
) -> Response[Any]:
    """Update an analyzer configuration

     Changes how one conversation analyzer behaves: the write policy for extracted values, the extraction
    goal and optional sample values. Identify the analyzer by its prefixed id (b_, f_ or p_).

    Args:
        internal_id (str):
        body (ContactAnalyzerUpdate): Configuration change for one analyzer. Built-in (b_)
            analyzers accept only update_behavior; pipeline (p_) analyzers ignore example_values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        internal_id=internal_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
