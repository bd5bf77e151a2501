from typing import Any

import httpx2

from ...client import ApiClient
from ...models.delete_external_trunk_channel import DeleteExternalTrunkChannel
from ...models.delete_external_trunk_response_200 import DeleteExternalTrunkResponse200
from ...types import UNSET, Response, json_document, mismatch, parse_with


def _get_kwargs(
    *,
    phone_number: str,
    channel: DeleteExternalTrunkChannel,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["phone_number"] = phone_number

    json_channel = getattr(channel, "value", channel)
    params["channel"] = json_channel

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/phone-numbers/trunks",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx2.Response) -> DeleteExternalTrunkResponse200:
    data = json_document(response)
    response_200: DeleteExternalTrunkResponse200
    if data.__class__ is dict:
        response_200 = DeleteExternalTrunkResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "delete_external_trunk response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[DeleteExternalTrunkResponse200]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    *,
    client: ApiClient,
    phone_number: str,
    channel: DeleteExternalTrunkChannel,
) -> Response[DeleteExternalTrunkResponse200]:
    """Delete an external trunk

     Removes the agent binding of an external trunk for one channel; nothing is released at a carrier.
    Call once per channel to remove every binding.

    Args:
        phone_number (str):
        channel (DeleteExternalTrunkChannel):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[DeleteExternalTrunkResponse200]
    """

    kwargs = _get_kwargs(
        phone_number=phone_number,
        channel=channel,
    )

    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs))  # what `http.request(**kwargs)` does, one frame less

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ApiClient,
    phone_number: str,
    channel: DeleteExternalTrunkChannel,
) -> DeleteExternalTrunkResponse200:
    """Delete an external trunk

     Removes the agent binding of an external trunk for one channel; nothing is released at a carrier.
    Call once per channel to remove every binding.

    Args:
        phone_number (str):
        channel (DeleteExternalTrunkChannel):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        DeleteExternalTrunkResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            phone_number=phone_number,
            channel=channel,
        )
    ).parsed
