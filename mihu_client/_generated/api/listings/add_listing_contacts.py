from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.add_listing_contacts_response_200 import AddListingContactsResponse200
from ...models.listing_contacts_add_request import ListingContactsAddRequest
from ...types import Response, json_document, mismatch, parse_with, path_segment, uuid_text


def _get_kwargs(
    uuid: UUID,
    *,
    body: ListingContactsAddRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/listings/{uuid}/contacts".format(
            uuid=uuid_text(uuid) if uuid.__class__ is UUID else path_segment(uuid, "uuid"),
        ),
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, ListingContactsAddRequest) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> AddListingContactsResponse200:
    data = json_document(response)
    response_200: AddListingContactsResponse200
    if data.__class__ is dict:
        response_200 = AddListingContactsResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "add_listing_contacts response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[AddListingContactsResponse200]:
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
    body: ListingContactsAddRequest,
) -> Response[AddListingContactsResponse200]:
    """Add contacts to a listing

     Appends one or more contacts to an existing listing; the node sends a one-element contacts array.

    Args:
        uuid (UUID):
        body (ListingContactsAddRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[AddListingContactsResponse200]
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
    body: ListingContactsAddRequest,
) -> AddListingContactsResponse200:
    """Add contacts to a listing

     Appends one or more contacts to an existing listing; the node sends a one-element contacts array.

    Args:
        uuid (UUID):
        body (ListingContactsAddRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        AddListingContactsResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
