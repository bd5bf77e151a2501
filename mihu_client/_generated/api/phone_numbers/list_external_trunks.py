from typing import Any

import httpx2

from ...client import ApiClient
from ...models.list_external_trunks_response_200 import ListExternalTrunksResponse200
from ...types import UNSET, Response, Unset, json_document, mismatch, parse_with


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/phone-numbers/trunks",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx2.Response) -> ListExternalTrunksResponse200:
    data = json_document(response)
    response_200: ListExternalTrunksResponse200
    if data.__class__ is dict:
        response_200 = ListExternalTrunksResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "list_external_trunks response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[ListExternalTrunksResponse200]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    *,
    client: ApiClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[ListExternalTrunksResponse200]:
    """List external trunks (BYO numbers)

     Lists numbers that were registered as external (bring-your-own) trunks rather than bought on the
    platform.

    Args:
        page (int | Unset):
        per_page (int | Unset):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[ListExternalTrunksResponse200]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
    )

    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs))  # what `http.request(**kwargs)` does, one frame less

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ApiClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> ListExternalTrunksResponse200:
    """List external trunks (BYO numbers)

     Lists numbers that were registered as external (bring-your-own) trunks rather than bought on the
    platform.

    Args:
        page (int | Unset):
        per_page (int | Unset):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        ListExternalTrunksResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            per_page=per_page,
        )
    ).parsed
