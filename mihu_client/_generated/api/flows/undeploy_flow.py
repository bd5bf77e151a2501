from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.undeploy_flow_response_200 import UndeployFlowResponse200
from ...types import Response, json_document, mismatch, parse_with, path_segment, uuid_text


def _get_kwargs(
    uuid: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/flow/{uuid}/undeploy".format(
            uuid=uuid_text(uuid) if uuid.__class__ is UUID else path_segment(uuid, "uuid"),
        ),
    }

    return _kwargs


def _parse_response(response: httpx2.Response) -> UndeployFlowResponse200:
    data = json_document(response)
    response_200: UndeployFlowResponse200
    if data.__class__ is dict:
        response_200 = UndeployFlowResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "undeploy_flow response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[UndeployFlowResponse200]:
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
) -> Response[UndeployFlowResponse200]:
    """Undeploy — flip a deployed flow back to draft

     Takes a live flow out of service and puts it back into draft state, so its steps can be changed
    again; it stops reacting to trigger events until it is deployed again. Returns the flow with its
    steps.

    Args:
        uuid (UUID):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[UndeployFlowResponse200]
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
) -> UndeployFlowResponse200:
    """Undeploy — flip a deployed flow back to draft

     Takes a live flow out of service and puts it back into draft state, so its steps can be changed
    again; it stops reacting to trigger events until it is deployed again. Returns the flow with its
    steps.

    Args:
        uuid (UUID):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        UndeployFlowResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
        )
    ).parsed
