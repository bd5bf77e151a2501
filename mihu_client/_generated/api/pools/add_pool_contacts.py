from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.add_pool_contacts_response_200 import AddPoolContactsResponse200
from ...models.pool_contacts_add_request import PoolContactsAddRequest
from ...types import Response, json_document, mismatch, parse_with, path_segment, uuid_text


def _get_kwargs(
    uuid: UUID,
    *,
    body: PoolContactsAddRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/pools/{uuid}/contacts".format(
            uuid=uuid_text(uuid) if uuid.__class__ is UUID else path_segment(uuid, "uuid"),
        ),
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, PoolContactsAddRequest) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> AddPoolContactsResponse200:
    data = json_document(response)
    response_200: AddPoolContactsResponse200
    if data.__class__ is dict:
        response_200 = AddPoolContactsResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "add_pool_contacts response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[AddPoolContactsResponse200]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    uuid: UUID,
    *,
    client: ApiClient,
    body: PoolContactsAddRequest,
) -> Response[AddPoolContactsResponse200]:
    """Add existing contacts to a pool

     Adds existing contacts to a pool as Pending items, skipping ones already present and reporting
    unknown UUIDs. If the pool feeds running campaigns, tasks for the new members are created in the
    same transaction.

    Args:
        uuid (UUID):
        body (PoolContactsAddRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[AddPoolContactsResponse200]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
    )

    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs))  # what `http.request(**kwargs)` does, one frame less

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    *,
    client: ApiClient,
    body: PoolContactsAddRequest,
) -> AddPoolContactsResponse200:
    """Add existing contacts to a pool

     Adds existing contacts to a pool as Pending items, skipping ones already present and reporting
    unknown UUIDs. If the pool feeds running campaigns, tasks for the new members are created in the
    same transaction.

    Args:
        uuid (UUID):
        body (PoolContactsAddRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        AddPoolContactsResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
