from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.assign_external_trunk_response_200 import AssignExternalTrunkResponse200
from ...models.phone_number_trunk_assign_request import PhoneNumberTrunkAssignRequest
from ...types import Response


def _get_kwargs(
    *,
    body: PhoneNumberTrunkAssignRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/phone-numbers/trunks/assign",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | AssignExternalTrunkResponse200 | None:
    if response.status_code == 200:
        response_200 = AssignExternalTrunkResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 422:
        response_422 = cast(Any, None)
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | AssignExternalTrunkResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PhoneNumberTrunkAssignRequest,
) -> Response[Any | AssignExternalTrunkResponse200]:
    """Assign or reassign an external trunk to an agent

     Moves an existing external trunk on one channel to another agent while keeping the number, SIP
    credentials and channel settings.

    Args:
        body (PhoneNumberTrunkAssignRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AssignExternalTrunkResponse200]
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
    body: PhoneNumberTrunkAssignRequest,
) -> Any | AssignExternalTrunkResponse200 | None:
    """Assign or reassign an external trunk to an agent

     Moves an existing external trunk on one channel to another agent while keeping the number, SIP
    credentials and channel settings.

    Args:
        body (PhoneNumberTrunkAssignRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AssignExternalTrunkResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PhoneNumberTrunkAssignRequest,
) -> Response[Any | AssignExternalTrunkResponse200]:
    """Assign or reassign an external trunk to an agent

     Moves an existing external trunk on one channel to another agent while keeping the number, SIP
    credentials and channel settings.

    Args:
        body (PhoneNumberTrunkAssignRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AssignExternalTrunkResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PhoneNumberTrunkAssignRequest,
) -> Any | AssignExternalTrunkResponse200 | None:
    """Assign or reassign an external trunk to an agent

     Moves an existing external trunk on one channel to another agent while keeping the number, SIP
    credentials and channel settings.

    Args:
        body (PhoneNumberTrunkAssignRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AssignExternalTrunkResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
