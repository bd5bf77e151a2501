from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_input import ContactInput
from ...models.update_contact_response_200 import UpdateContactResponse200
from ...types import Response


def _get_kwargs(
    uuid: UUID,
    *,
    body: ContactInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/contacts/{uuid}".format(
            uuid=quote(str(uuid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | UpdateContactResponse200 | None:
    if response.status_code == 200:
        response_200 = UpdateContactResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = cast(Any, None)
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | UpdateContactResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
    body: ContactInput,
) -> Response[Any | UpdateContactResponse200]:
    """Update a contact

     Changes only the supplied base fields and custom field values of one contact. Sending an empty
    string or null for a custom field key clears it.

    Args:
        uuid (UUID):
        body (ContactInput): Writable contact fields. Registered custom contact field keys may be
            sent as extra top-level string properties (unknown keys are rejected with 422; on update
            an empty string or null clears the value).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UpdateContactResponse200]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
    body: ContactInput,
) -> Any | UpdateContactResponse200 | None:
    """Update a contact

     Changes only the supplied base fields and custom field values of one contact. Sending an empty
    string or null for a custom field key clears it.

    Args:
        uuid (UUID):
        body (ContactInput): Writable contact fields. Registered custom contact field keys may be
            sent as extra top-level string properties (unknown keys are rejected with 422; on update
            an empty string or null clears the value).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UpdateContactResponse200
    """

    return sync_detailed(
        uuid=uuid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
    body: ContactInput,
) -> Response[Any | UpdateContactResponse200]:
    """Update a contact

     Changes only the supplied base fields and custom field values of one contact. Sending an empty
    string or null for a custom field key clears it.

    Args:
        uuid (UUID):
        body (ContactInput): Writable contact fields. Registered custom contact field keys may be
            sent as extra top-level string properties (unknown keys are rejected with 422; on update
            an empty string or null clears the value).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UpdateContactResponse200]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
    body: ContactInput,
) -> Any | UpdateContactResponse200 | None:
    """Update a contact

     Changes only the supplied base fields and custom field values of one contact. Sending an empty
    string or null for a custom field key clears it.

    Args:
        uuid (UUID):
        body (ContactInput): Writable contact fields. Registered custom contact field keys may be
            sent as extra top-level string properties (unknown keys are rejected with 422; on update
            an empty string or null clears the value).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UpdateContactResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
