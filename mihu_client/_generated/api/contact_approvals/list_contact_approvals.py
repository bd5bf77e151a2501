from typing import Any

import httpx2

from ...client import ApiClient
from ...models.contact_approval_list import ContactApprovalList
from ...models.list_contact_approvals_confidence import ListContactApprovalsConfidence
from ...models.list_contact_approvals_status import ListContactApprovalsStatus
from ...types import UNSET, Response, Unset, json_document, mismatch, parse_with


def _get_kwargs(
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
    status: ListContactApprovalsStatus | Unset = UNSET,
    field_name: str | Unset = UNSET,
    field_key: str | Unset = UNSET,
    confidence: ListContactApprovalsConfidence | Unset = UNSET,
    contact_uuid: str | Unset = UNSET,
    conversation_uuid: str | Unset = UNSET,
    pipeline_uuid: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = getattr(status, "value", status)

    params["status"] = json_status

    params["field_name"] = field_name

    params["field_key"] = field_key

    json_confidence: str | Unset = UNSET
    if not isinstance(confidence, Unset):
        json_confidence = getattr(confidence, "value", confidence)

    params["confidence"] = json_confidence

    params["contact_uuid"] = contact_uuid

    params["conversation_uuid"] = conversation_uuid

    params["pipeline_uuid"] = pipeline_uuid

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/contacts/approvals",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx2.Response) -> ContactApprovalList:
    data = json_document(response)
    response_200: ContactApprovalList
    if data.__class__ is dict:
        response_200 = ContactApprovalList.from_dict(data)
    else:
        response_200 = mismatch(data, "list_contact_approvals response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[ContactApprovalList]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    *,
    client: ApiClient,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
    status: ListContactApprovalsStatus | Unset = UNSET,
    field_name: str | Unset = UNSET,
    field_key: str | Unset = UNSET,
    confidence: ListContactApprovalsConfidence | Unset = UNSET,
    contact_uuid: str | Unset = UNSET,
    conversation_uuid: str | Unset = UNSET,
    pipeline_uuid: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[ContactApprovalList]:
    """List pending contact field approvals

     Pages through AI-proposed contact field changes awaiting (or past) human review. Filters cover
    status, field, confidence bucket, contact, conversation and pipeline.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.
        status (ListContactApprovalsStatus | Unset):
        field_name (str | Unset):
        field_key (str | Unset):
        confidence (ListContactApprovalsConfidence | Unset):
        contact_uuid (str | Unset):
        conversation_uuid (str | Unset):
        pipeline_uuid (str | Unset):
        search (str | Unset):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[ContactApprovalList]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        status=status,
        field_name=field_name,
        field_key=field_key,
        confidence=confidence,
        contact_uuid=contact_uuid,
        conversation_uuid=conversation_uuid,
        pipeline_uuid=pipeline_uuid,
        search=search,
    )

    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs))  # what `http.request(**kwargs)` does, one frame less

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ApiClient,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
    status: ListContactApprovalsStatus | Unset = UNSET,
    field_name: str | Unset = UNSET,
    field_key: str | Unset = UNSET,
    confidence: ListContactApprovalsConfidence | Unset = UNSET,
    contact_uuid: str | Unset = UNSET,
    conversation_uuid: str | Unset = UNSET,
    pipeline_uuid: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> ContactApprovalList:
    """List pending contact field approvals

     Pages through AI-proposed contact field changes awaiting (or past) human review. Filters cover
    status, field, confidence bucket, contact, conversation and pipeline.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.
        status (ListContactApprovalsStatus | Unset):
        field_name (str | Unset):
        field_key (str | Unset):
        confidence (ListContactApprovalsConfidence | Unset):
        contact_uuid (str | Unset):
        conversation_uuid (str | Unset):
        pipeline_uuid (str | Unset):
        search (str | Unset):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        ContactApprovalList
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            per_page=per_page,
            status=status,
            field_name=field_name,
            field_key=field_key,
            confidence=confidence,
            contact_uuid=contact_uuid,
            conversation_uuid=conversation_uuid,
            pipeline_uuid=pipeline_uuid,
            search=search,
        )
    ).parsed
