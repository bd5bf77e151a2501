from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_rules_response_200 import ListRulesResponse200
from ...models.list_rules_type import ListRulesType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
    search: str | Unset = UNSET,
    type_: ListRulesType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params["search"] = search

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/rules",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ListRulesResponse200 | None:
    if response.status_code == 200:
        response_200 = ListRulesResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ListRulesResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
    search: str | Unset = UNSET,
    type_: ListRulesType | Unset = UNSET,
) -> Response[Any | ListRulesResponse200]:
    """List campaign contact rules

     Returns the workspace's campaign contact rules as a paginated list, optionally narrowed by a text
    search or by rule type.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.
        search (str | Unset):
        type_ (ListRulesType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ListRulesResponse200]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        search=search,
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
    search: str | Unset = UNSET,
    type_: ListRulesType | Unset = UNSET,
) -> Any | ListRulesResponse200 | None:
    """List campaign contact rules

     Returns the workspace's campaign contact rules as a paginated list, optionally narrowed by a text
    search or by rule type.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.
        search (str | Unset):
        type_ (ListRulesType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ListRulesResponse200
    """

    return sync_detailed(
        client=client,
        page=page,
        per_page=per_page,
        search=search,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
    search: str | Unset = UNSET,
    type_: ListRulesType | Unset = UNSET,
) -> Response[Any | ListRulesResponse200]:
    """List campaign contact rules

     Returns the workspace's campaign contact rules as a paginated list, optionally narrowed by a text
    search or by rule type.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.
        search (str | Unset):
        type_ (ListRulesType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ListRulesResponse200]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        search=search,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
    search: str | Unset = UNSET,
    type_: ListRulesType | Unset = UNSET,
) -> Any | ListRulesResponse200 | None:
    """List campaign contact rules

     Returns the workspace's campaign contact rules as a paginated list, optionally narrowed by a text
    search or by rule type.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.
        search (str | Unset):
        type_ (ListRulesType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ListRulesResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            per_page=per_page,
            search=search,
            type_=type_,
        )
    ).parsed
