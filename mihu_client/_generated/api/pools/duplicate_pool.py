from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.duplicate_pool_response_201 import DuplicatePoolResponse201
from ...models.pool_duplicate_request import PoolDuplicateRequest
from ...types import Response, json_document, mismatch, parse_with, path_segment, uuid_text


def _get_kwargs(
    uuid: UUID,
    *,
    body: PoolDuplicateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/pools/{uuid}/duplicate".format(
            uuid=uuid_text(uuid) if uuid.__class__ is UUID else path_segment(uuid, "uuid"),
        ),
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, PoolDuplicateRequest) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> DuplicatePoolResponse201:
    data = json_document(response)
    response_201: DuplicatePoolResponse201
    if data.__class__ is dict:
        response_201 = DuplicatePoolResponse201.from_dict(data)
    else:
        response_201 = mismatch(data, "duplicate_pool response")

    return response_201


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[DuplicatePoolResponse201]:
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
    body: PoolDuplicateRequest,
) -> Response[DuplicatePoolResponse201]:
    """Duplicate a pool, optionally copying its contacts

     Clones a pool's configuration into a new pool, by default also re-adding every member as Pending
    with its original priority. The reply includes how many members were copied.

    Args:
        uuid (UUID):
        body (PoolDuplicateRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[DuplicatePoolResponse201]
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
    body: PoolDuplicateRequest,
) -> DuplicatePoolResponse201:
    """Duplicate a pool, optionally copying its contacts

     Clones a pool's configuration into a new pool, by default also re-adding every member as Pending
    with its original priority. The reply includes how many members were copied.

    Args:
        uuid (UUID):
        body (PoolDuplicateRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        DuplicatePoolResponse201
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
