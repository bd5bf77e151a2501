from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.replace_agent_guidelines_body import ReplaceAgentGuidelinesBody
from ...models.replace_agent_guidelines_response_200 import ReplaceAgentGuidelinesResponse200
from ...types import Response, json_document, mismatch, parse_with, path_segment, uuid_text


def _get_kwargs(
    uuid: UUID,
    *,
    body: ReplaceAgentGuidelinesBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/agents/{uuid}/guidelines".format(
            uuid=uuid_text(uuid) if uuid.__class__ is UUID else path_segment(uuid, "uuid"),
        ),
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, ReplaceAgentGuidelinesBody) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> ReplaceAgentGuidelinesResponse200:
    data = json_document(response)
    response_200: ReplaceAgentGuidelinesResponse200
    if data.__class__ is dict:
        response_200 = ReplaceAgentGuidelinesResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "replace_agent_guidelines response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[ReplaceAgentGuidelinesResponse200]:
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
    body: ReplaceAgentGuidelinesBody,
) -> Response[ReplaceAgentGuidelinesResponse200]:
    """Replace agent guidelines

     Overwrites the agent's whole guideline list with the supplied array and returns the updated agent.

    Args:
        uuid (UUID):
        body (ReplaceAgentGuidelinesBody):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[ReplaceAgentGuidelinesResponse200]
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
    body: ReplaceAgentGuidelinesBody,
) -> ReplaceAgentGuidelinesResponse200:
    """Replace agent guidelines

     Overwrites the agent's whole guideline list with the supplied array and returns the updated agent.

    Args:
        uuid (UUID):
        body (ReplaceAgentGuidelinesBody):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        ReplaceAgentGuidelinesResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
