from typing import Any

import httpx2

from ...client import ApiClient
from ...models.list_rules_response_200 import ListRulesResponse200
from ...models.list_rules_type import ListRulesType
from ...types import UNSET, Response, Unset, json_document, mismatch, parse_with


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
        json_type_ = getattr(type_, "value", type_)

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/rules",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx2.Response) -> ListRulesResponse200:
    data = json_document(response)
    response_200: ListRulesResponse200
    if data.__class__ is dict:
        response_200 = ListRulesResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "list_rules response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[ListRulesResponse200]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    *,
    client: ApiClient,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
    search: str | Unset = UNSET,
    type_: ListRulesType | Unset = UNSET,
) -> Response[ListRulesResponse200]:
    """List campaign contact rules

     Returns the workspace's campaign contact rules as a paginated list, optionally narrowed by a text
    search or by rule type.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.
        search (str | Unset):
        type_ (ListRulesType | Unset):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[ListRulesResponse200]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        search=search,
        type_=type_,
    )

    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs))  # what `http.request(**kwargs)` does, one frame less

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ApiClient,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
    search: str | Unset = UNSET,
    type_: ListRulesType | Unset = UNSET,
) -> ListRulesResponse200:
    """List campaign contact rules

     Returns the workspace's campaign contact rules as a paginated list, optionally narrowed by a text
    search or by rule type.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.
        search (str | Unset):
        type_ (ListRulesType | Unset):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        ListRulesResponse200
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
