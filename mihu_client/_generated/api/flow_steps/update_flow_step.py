from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.update_flow_step_body import UpdateFlowStepBody
from ...models.update_flow_step_response_200 import UpdateFlowStepResponse200
from ...types import Response, json_document, mismatch, parse_with, path_segment, uuid_text


def _get_kwargs(
    uuid: UUID,
    step: UUID,
    *,
    body: UpdateFlowStepBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/flow/{uuid}/steps/{step}".format(
            uuid=uuid_text(uuid) if uuid.__class__ is UUID else path_segment(uuid, "uuid"),
            step=uuid_text(step) if step.__class__ is UUID else path_segment(step, "step"),
        ),
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, UpdateFlowStepBody) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> UpdateFlowStepResponse200:
    data = json_document(response)
    response_200: UpdateFlowStepResponse200
    if data.__class__ is dict:
        response_200 = UpdateFlowStepResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "update_flow_step response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[UpdateFlowStepResponse200]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    uuid: UUID,
    step: UUID,
    *,
    client: ApiClient,
    body: UpdateFlowStepBody,
) -> Response[UpdateFlowStepResponse200]:
    """Update any subset of a step's fields

     Partially updates one step of a flow: only the fields present in the body change. Switching app_uid
    resets the step's trigger/action, config and connection.

    Args:
        uuid (UUID):
        step (UUID):
        body (UpdateFlowStepBody):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[UpdateFlowStepResponse200]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        step=step,
        body=body,
    )

    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs))  # what `http.request(**kwargs)` does, one frame less

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    step: UUID,
    *,
    client: ApiClient,
    body: UpdateFlowStepBody,
) -> UpdateFlowStepResponse200:
    """Update any subset of a step's fields

     Partially updates one step of a flow: only the fields present in the body change. Switching app_uid
    resets the step's trigger/action, config and connection.

    Args:
        uuid (UUID):
        step (UUID):
        body (UpdateFlowStepBody):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        UpdateFlowStepResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            step=step,
            client=client,
            body=body,
        )
    ).parsed
