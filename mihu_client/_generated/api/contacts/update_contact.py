from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.contact_input import ContactInput
from ...models.update_contact_response_200 import UpdateContactResponse200
from ...types import Response, json_document, mismatch, parse_with, path_segment, uuid_text


def _get_kwargs(
    uuid: UUID,
    *,
    body: ContactInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/contacts/{uuid}".format(
            uuid=uuid_text(uuid) if uuid.__class__ is UUID else path_segment(uuid, "uuid"),
        ),
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, ContactInput) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> UpdateContactResponse200:
    data = json_document(response)
    response_200: UpdateContactResponse200
    if data.__class__ is dict:
        response_200 = UpdateContactResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "update_contact response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[UpdateContactResponse200]:
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
    body: ContactInput,
) -> Response[UpdateContactResponse200]:
    """Update a contact

     Changes only the supplied base fields and custom field values of one contact. Sending an empty
    string or null for a custom field key clears it.

    Args:
        uuid (UUID):
        body (ContactInput): Writable contact fields. Registered custom contact field keys may be
            sent as extra top-level string properties (unknown keys are rejected with 422; on update
            an empty string or null clears the value).

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[UpdateContactResponse200]
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
    body: ContactInput,
) -> UpdateContactResponse200:
    """Update a contact

     Changes only the supplied base fields and custom field values of one contact. Sending an empty
    string or null for a custom field key clears it.

    Args:
        uuid (UUID):
        body (ContactInput): Writable contact fields. Registered custom contact field keys may be
            sent as extra top-level string properties (unknown keys are rejected with 422; on update
            an empty string or null clears the value).

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        UpdateContactResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
