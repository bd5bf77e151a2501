from typing import Any

import httpx2

from ...client import ApiClient
from ...models.phone_number_trunk_update_request import PhoneNumberTrunkUpdateRequest
from ...models.update_external_trunk_response_200 import UpdateExternalTrunkResponse200
from ...types import Response, json_document, mismatch, parse_with


def _get_kwargs(
    *,
    body: PhoneNumberTrunkUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/phone-numbers/trunks",
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, PhoneNumberTrunkUpdateRequest) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> UpdateExternalTrunkResponse200:
    data = json_document(response)
    response_200: UpdateExternalTrunkResponse200
    if data.__class__ is dict:
        response_200 = UpdateExternalTrunkResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "update_external_trunk response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[UpdateExternalTrunkResponse200]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    *,
    client: ApiClient,
    body: PhoneNumberTrunkUpdateRequest,
) -> Response[UpdateExternalTrunkResponse200]:
    """Update an external trunk

     Partially edits an external trunk located by phone_number plus channel; omitted fields stay as they
    are and empty SIP strings clear a credential.

    Args:
        body (PhoneNumberTrunkUpdateRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[UpdateExternalTrunkResponse200]
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
    body: PhoneNumberTrunkUpdateRequest,
) -> UpdateExternalTrunkResponse200:
    """Update an external trunk

     Partially edits an external trunk located by phone_number plus channel; omitted fields stay as they
    are and empty SIP strings clear a credential.

    Args:
        body (PhoneNumberTrunkUpdateRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        UpdateExternalTrunkResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
