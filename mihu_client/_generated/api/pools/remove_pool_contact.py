from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.remove_pool_contact_response_200 import RemovePoolContactResponse200
from ...types import Response, json_document, mismatch, parse_with, path_segment, uuid_text


def _get_kwargs(
    uuid: UUID,
    contact_uuid: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/pools/{uuid}/contacts/{contact_uuid}".format(
            uuid=uuid_text(uuid) if uuid.__class__ is UUID else path_segment(uuid, "uuid"),
            contact_uuid=uuid_text(contact_uuid)
            if contact_uuid.__class__ is UUID
            else path_segment(contact_uuid, "contact_uuid"),
        ),
    }

    return _kwargs


def _parse_response(response: httpx2.Response) -> RemovePoolContactResponse200:
    data = json_document(response)
    response_200: RemovePoolContactResponse200
    if data.__class__ is dict:
        response_200 = RemovePoolContactResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "remove_pool_contact response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[RemovePoolContactResponse200]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    uuid: UUID,
    contact_uuid: UUID,
    *,
    client: ApiClient,
) -> Response[RemovePoolContactResponse200]:
    """Remove one contact from a pool

     Takes the contact out of this pool and cancels only its pending tasks from this pool.

    Args:
        uuid (UUID):
        contact_uuid (UUID):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[RemovePoolContactResponse200]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        contact_uuid=contact_uuid,
    )

    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs))  # what `http.request(**kwargs)` does, one frame less

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    contact_uuid: UUID,
    *,
    client: ApiClient,
) -> RemovePoolContactResponse200:
    """Remove one contact from a pool

     Takes the contact out of this pool and cancels only its pending tasks from this pool.

    Args:
        uuid (UUID):
        contact_uuid (UUID):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        RemovePoolContactResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            contact_uuid=contact_uuid,
            client=client,
        )
    ).parsed
