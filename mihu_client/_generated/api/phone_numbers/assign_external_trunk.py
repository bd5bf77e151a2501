from typing import Any

import httpx2

from ...client import ApiClient
from ...models.assign_external_trunk_response_200 import AssignExternalTrunkResponse200
from ...models.phone_number_trunk_assign_request import PhoneNumberTrunkAssignRequest
from ...types import Response, json_document, mismatch, parse_with


def _get_kwargs(
    *,
    body: PhoneNumberTrunkAssignRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/phone-numbers/trunks/assign",
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, PhoneNumberTrunkAssignRequest) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> AssignExternalTrunkResponse200:
    data = json_document(response)
    response_200: AssignExternalTrunkResponse200
    if data.__class__ is dict:
        response_200 = AssignExternalTrunkResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "assign_external_trunk response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[AssignExternalTrunkResponse200]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    *,
    client: ApiClient,
    body: PhoneNumberTrunkAssignRequest,
) -> Response[AssignExternalTrunkResponse200]:
    """Assign or reassign an external trunk to an agent

     Moves an existing external trunk on one channel to another agent while keeping the number, SIP
    credentials and channel settings.

    Args:
        body (PhoneNumberTrunkAssignRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[AssignExternalTrunkResponse200]
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
    body: PhoneNumberTrunkAssignRequest,
) -> AssignExternalTrunkResponse200:
    """Assign or reassign an external trunk to an agent

     Moves an existing external trunk on one channel to another agent while keeping the number, SIP
    credentials and channel settings.

    Args:
        body (PhoneNumberTrunkAssignRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        AssignExternalTrunkResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
