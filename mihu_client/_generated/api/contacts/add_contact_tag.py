from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.add_contact_tag_response_200 import AddContactTagResponse200
from ...models.contact_tag_assign_request import ContactTagAssignRequest
from ...types import Response, json_document, mismatch, parse_with, path_segment, uuid_text


def _get_kwargs(
    uuid: UUID,
    *,
    body: ContactTagAssignRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/contacts/{uuid}/add-tag".format(
            uuid=uuid_text(uuid) if uuid.__class__ is UUID else path_segment(uuid, "uuid"),
        ),
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, ContactTagAssignRequest) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> AddContactTagResponse200:
    data = json_document(response)
    response_200: AddContactTagResponse200
    if data.__class__ is dict:
        response_200 = AddContactTagResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "add_contact_tag response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[AddContactTagResponse200]:
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
) -> Response[AddContactTagResponse200]:
    """Add tag to contact

     Attaches one existing tag to the contact and returns the contact. The source identifies the tag by a
    numeric tag_id, as the older spec did; the current reference identifies tags by uuid, so newer
    versions may expect a tag uuid instead.

    Args:
        uuid (UUID):
        body (ContactTagAssignRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[AddContactTagResponse200]
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
) -> AddContactTagResponse200:
    """Add tag to contact

     Attaches one existing tag to the contact and returns the contact. The source identifies the tag by a
    numeric tag_id, as the older spec did; the current reference identifies tags by uuid, so newer
    versions may expect a tag uuid instead.

    Args:
        uuid (UUID):
        body (ContactTagAssignRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        AddContactTagResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
