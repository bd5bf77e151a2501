from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_input import ContactInput
from ...models.create_contact_response_201 import CreateContactResponse201
from ...types import Response


def _get_kwargs(
    *,
    body: ContactInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/contacts",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CreateContactResponse201 | None:
    if response.status_code == 201:
        response_201 = CreateContactResponse201.from_dict(response.json())

        return response_201

    if response.status_code == 422:
        response_422 = cast(Any, None)
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | CreateContactResponse201]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ContactInput,
) -> Response[Any | CreateContactResponse201]:
    """Create a new contact

     Adds a contact that agents and campaigns can reach; the reply carries the new contact and its UUID.
    Registered custom field keys may be included as extra top-level string properties.

    Args:
        body (ContactInput): Writable contact fields. Registered custom contact field keys may be
            sent as extra top-level string properties (unknown keys are rejected with 422; on update
            an empty string or null clears the value).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CreateContactResponse201]
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
    body: ContactInput,
) -> Any | CreateContactResponse201 | None:
    """Create a new contact

     Adds a contact that agents and campaigns can reach; the reply carries the new contact and its UUID.
    Registered custom field keys may be included as extra top-level string properties.

    Args:
        body (ContactInput): Writable contact fields. Registered custom contact field keys may be
            sent as extra top-level string properties (unknown keys are rejected with 422; on update
            an empty string or null clears the value).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CreateContactResponse201
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ContactInput,
) -> Response[Any | CreateContactResponse201]:
    """Create a new contact

     Adds a contact that agents and campaigns can reach; the reply carries the new contact and its UUID.
    Registered custom field keys may be included as extra top-level string properties.

    Args:
        body (ContactInput): Writable contact fields. Registered custom contact field keys may be
            sent as extra top-level string properties (unknown keys are rejected with 422; on update
            an empty string or null clears the value).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CreateContactResponse201]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ContactInput,
) -> Any | CreateContactResponse201 | None:
    """Create a new contact

     Adds a contact that agents and campaigns can reach; the reply carries the new contact and its UUID.
    Registered custom field keys may be included as extra top-level string properties.

    Args:
        body (ContactInput): Writable contact fields. Registered custom contact field keys may be
            sent as extra top-level string properties (unknown keys are rejected with 422; on update
            an empty string or null clears the value).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CreateContactResponse201
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
