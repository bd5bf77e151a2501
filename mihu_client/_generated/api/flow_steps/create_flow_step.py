from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.create_flow_step_body import CreateFlowStepBody
from ...models.create_flow_step_response_201 import CreateFlowStepResponse201
from ...types import Response, json_document, mismatch, parse_with, path_segment, uuid_text


def _get_kwargs(
    uuid: UUID,
    *,
    body: CreateFlowStepBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/flow/{uuid}/steps".format(
            uuid=uuid_text(uuid) if uuid.__class__ is UUID else path_segment(uuid, "uuid"),
        ),
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, CreateFlowStepBody) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> CreateFlowStepResponse201:
    data = json_document(response)
    response_201: CreateFlowStepResponse201
    if data.__class__ is dict:
        response_201 = CreateFlowStepResponse201.from_dict(data)
    else:
        response_201 = mismatch(data, "create_flow_step response")

    return response_201


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[CreateFlowStepResponse201]:
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
    body: CreateFlowStepBody,
) -> Response[CreateFlowStepResponse201]:
    """Add a step to a flow (trigger as step 1, actions as step 2+)

     Adds a trigger (only one, always step 1) or an action step to a draft flow. By default the step goes
    to the end; it can instead be inserted after a given step or nested under an if_condition branch,
    and the server renumbers later steps and rewrites their {{stepN.field}} references. A deployed flow
    must be undeployed first, otherwise 409 is returned.

    Args:
        uuid (UUID):
        body (CreateFlowStepBody):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[CreateFlowStepResponse201]
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
    body: CreateFlowStepBody,
) -> CreateFlowStepResponse201:
    """Add a step to a flow (trigger as step 1, actions as step 2+)

     Adds a trigger (only one, always step 1) or an action step to a draft flow. By default the step goes
    to the end; it can instead be inserted after a given step or nested under an if_condition branch,
    and the server renumbers later steps and rewrites their {{stepN.field}} references. A deployed flow
    must be undeployed first, otherwise 409 is returned.

    Args:
        uuid (UUID):
        body (CreateFlowStepBody):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        CreateFlowStepResponse201
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
