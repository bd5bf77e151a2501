from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.add_contact_to_blacklist_response_200 import AddContactToBlacklistResponse200
from ...models.contact_blacklist_request import ContactBlacklistRequest
from ...types import Response, json_document, mismatch, parse_with, path_segment, uuid_text


def _get_kwargs(
    uuid: UUID,
    *,
    body: ContactBlacklistRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/contacts/{uuid}/blacklist".format(
            uuid=uuid_text(uuid) if uuid.__class__ is UUID else path_segment(uuid, "uuid"),
        ),
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, ContactBlacklistRequest) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> AddContactToBlacklistResponse200:
    data = json_document(response)
    response_200: AddContactToBlacklistResponse200
    if data.__class__ is dict:
        response_200 = AddContactToBlacklistResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "add_contact_to_blacklist response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[AddContactToBlacklistResponse200]:
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
    body: ContactBlacklistRequest,
) -> Response[AddContactToBlacklistResponse200]:
    """Add a contact to the blacklist

     Blocks a contact by phone, email or both, either permanently or until a given date. The reply shows
    the contact's new status and the stored blacklist details.

    Args:
        uuid (UUID):
        body (ContactBlacklistRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[AddContactToBlacklistResponse200]
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
    body: ContactBlacklistRequest,
) -> AddContactToBlacklistResponse200:
    """Add a contact to the blacklist

     Blocks a contact by phone, email or both, either permanently or until a given date. The reply shows
    the contact's new status and the stored blacklist details.

    Args:
        uuid (UUID):
        body (ContactBlacklistRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        AddContactToBlacklistResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
