from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.list_schedules_response_200 import ListSchedulesResponse200
from ...types import UNSET, Response, Unset, json_document, mismatch, parse_with


def _get_kwargs(
    *,
    availability_type_uuid: UUID | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_availability_type_uuid: str | Unset = UNSET
    if not isinstance(availability_type_uuid, Unset):
        json_availability_type_uuid = (
            str(availability_type_uuid) if isinstance(availability_type_uuid, UUID) else availability_type_uuid
        )
    params["availability_type_uuid"] = json_availability_type_uuid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/schedules",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx2.Response) -> ListSchedulesResponse200:
    data = json_document(response)
    response_200: ListSchedulesResponse200
    if data.__class__ is dict:
        response_200 = ListSchedulesResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "list_schedules response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[ListSchedulesResponse200]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    *,
    client: ApiClient,
    availability_type_uuid: UUID | Unset = UNSET,
) -> Response[ListSchedulesResponse200]:
    """List schedules

     Returns the workspace's booking schedules; the n8n node uses it to fill a schedule picker. The
    availability_type_uuid filter is listed by a third-party mirror of older vendor docs (mindcloud-
    inc/universal-api-reference, native-api/actions/get-all-schedules.md, linking
    https://developers.mihu.ai/api-reference/schedules/get-all-schedules); the node does not send it.

    Args:
        availability_type_uuid (UUID | Unset):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[ListSchedulesResponse200]
    """

    kwargs = _get_kwargs(
        availability_type_uuid=availability_type_uuid,
    )

    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs))  # what `http.request(**kwargs)` does, one frame less

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ApiClient,
    availability_type_uuid: UUID | Unset = UNSET,
) -> ListSchedulesResponse200:
    """List schedules

     Returns the workspace's booking schedules; the n8n node uses it to fill a schedule picker. The
    availability_type_uuid filter is listed by a third-party mirror of older vendor docs (mindcloud-
    inc/universal-api-reference, native-api/actions/get-all-schedules.md, linking
    https://developers.mihu.ai/api-reference/schedules/get-all-schedules); the node does not send it.

    Args:
        availability_type_uuid (UUID | Unset):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        ListSchedulesResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            availability_type_uuid=availability_type_uuid,
        )
    ).parsed
