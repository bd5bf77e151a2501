from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...types import Response, parse_with, path_segment, uuid_text


def _get_kwargs(
    uuid: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/agents/{uuid}/evaluate".format(
            uuid=uuid_text(uuid) if uuid.__class__ is UUID else path_segment(uuid, "uuid"),
        ),
    }

    return _kwargs


def _parse_response(response: httpx2.Response) -> None:
    return None


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[None]:
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
) -> Response[None]:
    """Delete an agent's evaluate override (revert to default)

     Drops the agent-specific evaluate configuration so the agent falls back to the workspace default.
    (Inferred: page not stored; documented in the tag description; response shape unknown.)

    Args:
        uuid (UUID):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
    )

    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs))  # what `http.request(**kwargs)` does, one frame less

    return _build_response(client=client, response=response)
