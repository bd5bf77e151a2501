from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.contact_tag_assign_request import ContactTagAssignRequest
from ...models.remove_contact_tag_response_200 import RemoveContactTagResponse200
from ...types import Response, json_document, mismatch, parse_with, path_segment, uuid_text


def _get_kwargs(
    uuid: UUID,
    *,
    body: ContactTagAssignRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/contacts/{uuid}/remove-tag".format(
            uuid=uuid_text(uuid) if uuid.__class__ is UUID else path_segment(uuid, "uuid"),
        ),
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, ContactTagAssignRequest) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> RemoveContactTagResponse200:
    data = json_document(response)
    response_200: RemoveContactTagResponse200
    if data.__class__ is dict:
        response_200 = RemoveContactTagResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "remove_contact_tag response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[RemoveContactTagResponse200]:
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
    body: ContactTagAssignRequest,
) -> Response[RemoveContactTagResponse200]:
    """Remove tag from contact

     Detaches one tag from the contact and returns the contact. The source identifies the tag by a
    numeric tag_id, as the older spec did; the current reference identifies tags by uuid, so newer
    versions may expect a tag uuid instead.

    Args:
        uuid (UUID):
        body (ContactTagAssignRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[RemoveContactTagResponse200]
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
    body: ContactTagAssignRequest,
) -> RemoveContactTagResponse200:
    """Remove tag from contact

     Detaches one tag from the contact and returns the contact. The source identifies the tag by a
    numeric tag_id, as the older spec did; the current reference identifies tags by uuid, so newer
    versions may expect a tag uuid instead.

    Args:
        uuid (UUID):
        body (ContactTagAssignRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        RemoveContactTagResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
