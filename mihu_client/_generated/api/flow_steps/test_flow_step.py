from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.test_flow_step_body import TestFlowStepBody
from ...models.test_flow_step_response_200 import TestFlowStepResponse200
from ...types import UNSET, Response, Unset, json_document, mismatch, parse_with, path_segment, uuid_text


def _get_kwargs(
    uuid: UUID,
    step: UUID,
    *,
    body: TestFlowStepBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/flow/{uuid}/steps/{step}/test".format(
            uuid=uuid_text(uuid) if uuid.__class__ is UUID else path_segment(uuid, "uuid"),
            step=uuid_text(step) if step.__class__ is UUID else path_segment(step, "step"),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict() if isinstance(body, TestFlowStepBody) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> TestFlowStepResponse200:
    data = json_document(response)
    response_200: TestFlowStepResponse200
    if data.__class__ is dict:
        response_200 = TestFlowStepResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "test_flow_step response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[TestFlowStepResponse200]:
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
    body: TestFlowStepBody | Unset = UNSET,
) -> Response[TestFlowStepResponse200]:
    """Test a step — kind-aware behavior (trigger samples vs action exec)

     Tests a single step. For a trigger it pulls recent matching events (or uses the payload you pass)
    and keeps one as the sample that later steps resolve against; for an action it resolves the config
    from upstream test data and either only validates it or really executes it. With persist=true a
    successful test marks the step active, which deploying requires.

    Args:
        uuid (UUID):
        step (UUID):
        body (TestFlowStepBody | Unset):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[TestFlowStepResponse200]
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
    body: TestFlowStepBody | Unset = UNSET,
) -> TestFlowStepResponse200:
    """Test a step — kind-aware behavior (trigger samples vs action exec)

     Tests a single step. For a trigger it pulls recent matching events (or uses the payload you pass)
    and keeps one as the sample that later steps resolve against; for an action it resolves the config
    from upstream test data and either only validates it or really executes it. With persist=true a
    successful test marks the step active, which deploying requires.

    Args:
        uuid (UUID):
        step (UUID):
        body (TestFlowStepBody | Unset):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        TestFlowStepResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            step=step,
            client=client,
            body=body,
        )
    ).parsed
