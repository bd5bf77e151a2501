from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.get_action_log_response_200 import GetActionLogResponse200
from ...models.get_action_log_type import GetActionLogType
from ...types import Response, json_document, mismatch, parse_with, path_segment, uuid_text


def _get_kwargs(
    type_: GetActionLogType,
    uuid: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/logs/actions/{type_}/{uuid}".format(
            type_=path_segment(type_, "type_"),
            uuid=uuid_text(uuid) if uuid.__class__ is UUID else path_segment(uuid, "uuid"),
        ),
    }

    return _kwargs


def _parse_response(response: httpx2.Response) -> GetActionLogResponse200:
    data = json_document(response)
    response_200: GetActionLogResponse200
    if data.__class__ is dict:
        response_200 = GetActionLogResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "get_action_log response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[GetActionLogResponse200]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    type_: GetActionLogType,
    uuid: UUID,
    *,
    client: ApiClient,
) -> Response[GetActionLogResponse200]:
    """Get full detail for a single action execution

     Fetches one entry of the agent actions log, including the raw request/response payloads, error text
    and timing. Use the uuid and type from the actions list.

    Args:
        type_ (GetActionLogType):
        uuid (UUID):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[GetActionLogResponse200]
    """

    kwargs = _get_kwargs(
        type_=type_,
        uuid=uuid,
    )

    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs))  # what `http.request(**kwargs)` does, one frame less

    return _build_response(client=client, response=response)


async def asyncio(
    type_: GetActionLogType,
    uuid: UUID,
    *,
    client: ApiClient,
) -> GetActionLogResponse200:
    """Get full detail for a single action execution

     Fetches one entry of the agent actions log, including the raw request/response payloads, error text
    and timing. Use the uuid and type from the actions list.

    Args:
        type_ (GetActionLogType):
        uuid (UUID):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        GetActionLogResponse200
    """

    return (
        await asyncio_detailed(
            type_=type_,
            uuid=uuid,
            client=client,
        )
    ).parsed
