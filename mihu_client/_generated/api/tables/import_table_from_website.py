from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.import_table_from_website_body import ImportTableFromWebsiteBody
from ...models.import_table_from_website_response_200 import ImportTableFromWebsiteResponse200
from ...types import Response


def _get_kwargs(
    *,
    body: ImportTableFromWebsiteBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/data/import/website",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ImportTableFromWebsiteResponse200 | None:
    if response.status_code == 200:
        response_200 = ImportTableFromWebsiteResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ImportTableFromWebsiteResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ImportTableFromWebsiteBody,
) -> Response[ImportTableFromWebsiteResponse200]:
    """Create a table by crawling a website

     Creates a table from the content of a public website that the platform crawls starting at the given
    URL.

    Args:
        body (ImportTableFromWebsiteBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportTableFromWebsiteResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ImportTableFromWebsiteBody,
) -> ImportTableFromWebsiteResponse200 | None:
    """Create a table by crawling a website

     Creates a table from the content of a public website that the platform crawls starting at the given
    URL.

    Args:
        body (ImportTableFromWebsiteBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportTableFromWebsiteResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ImportTableFromWebsiteBody,
) -> Response[ImportTableFromWebsiteResponse200]:
    """Create a table by crawling a website

     Creates a table from the content of a public website that the platform crawls starting at the given
    URL.

    Args:
        body (ImportTableFromWebsiteBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportTableFromWebsiteResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ImportTableFromWebsiteBody,
) -> ImportTableFromWebsiteResponse200 | None:
    """Create a table by crawling a website

     Creates a table from the content of a public website that the platform crawls starting at the given
    URL.

    Args:
        body (ImportTableFromWebsiteBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportTableFromWebsiteResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
