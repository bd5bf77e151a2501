from typing import Any

import httpx2

from ...client import ApiClient
from ...models.create_external_trunk_response_201 import CreateExternalTrunkResponse201
from ...models.phone_number_trunk_create_request import PhoneNumberTrunkCreateRequest
from ...types import Response, json_document, mismatch, parse_with


def _get_kwargs(
    *,
    body: PhoneNumberTrunkCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/phone-numbers/trunks",
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, PhoneNumberTrunkCreateRequest) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> CreateExternalTrunkResponse201:
    data = json_document(response)
    response_201: CreateExternalTrunkResponse201
    if data.__class__ is dict:
        response_201 = CreateExternalTrunkResponse201.from_dict(data)
    else:
        response_201 = mismatch(data, "create_external_trunk response")

    return response_201


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[CreateExternalTrunkResponse201]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    *,
    client: ApiClient,
    body: PhoneNumberTrunkCreateRequest,
) -> Response[CreateExternalTrunkResponse201]:
    """Register an external SIP trunk / BYO number

     Binds a number you already own elsewhere to an agent on the call or WhatsApp channel; such numbers
    are not billed and cannot be released. Optional SIP credentials are stored encrypted.

    Args:
        body (PhoneNumberTrunkCreateRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[CreateExternalTrunkResponse201]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs))  # what `http.request(**kwargs)` does, one frame less

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ApiClient,
    body: PhoneNumberTrunkCreateRequest,
) -> CreateExternalTrunkResponse201:
    """Register an external SIP trunk / BYO number

     Binds a number you already own elsewhere to an agent on the call or WhatsApp channel; such numbers
    are not billed and cannot be released. Optional SIP credentials are stored encrypted.

    Args:
        body (PhoneNumberTrunkCreateRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        CreateExternalTrunkResponse201
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
