from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.get_rule_response_200 import GetRuleResponse200
from ...types import Response, json_document, mismatch, parse_with, path_segment, uuid_text


def _get_kwargs(
    uuid: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/rules/{uuid}".format(
            uuid=uuid_text(uuid) if uuid.__class__ is UUID else path_segment(uuid, "uuid"),
        ),
    }

    return _kwargs


def _parse_response(response: httpx2.Response) -> GetRuleResponse200:
    data = json_document(response)
    response_200: GetRuleResponse200
    if data.__class__ is dict:
        response_200 = GetRuleResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "get_rule response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[GetRuleResponse200]:
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
) -> Response[GetRuleResponse200]:
    """Get a single rule by UUID

     Fetches one campaign contact rule by its UUID.

    Args:
        uuid (UUID):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[GetRuleResponse200]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
    )

    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs))  # what `http.request(**kwargs)` does, one frame less

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    *,
    client: ApiClient,
) -> GetRuleResponse200:
    """Get a single rule by UUID

     Fetches one campaign contact rule by its UUID.

    Args:
        uuid (UUID):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        GetRuleResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
        )
    ).parsed
