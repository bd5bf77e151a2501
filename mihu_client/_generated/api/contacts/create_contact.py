from typing import Any

import httpx2

from ...client import ApiClient
from ...models.contact_input import ContactInput
from ...models.create_contact_response_201 import CreateContactResponse201
from ...types import Response, json_document, mismatch, parse_with


def _get_kwargs(
    *,
    body: ContactInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/contacts",
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, ContactInput) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> CreateContactResponse201:
    data = json_document(response)
    response_201: CreateContactResponse201
    if data.__class__ is dict:
        response_201 = CreateContactResponse201.from_dict(data)
    else:
        response_201 = mismatch(data, "create_contact response")

    return response_201


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[CreateContactResponse201]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    *,
    client: ApiClient,
    body: ContactInput,
) -> Response[CreateContactResponse201]:
    """Create a new contact

     Adds a contact that agents and campaigns can reach; the reply carries the new contact and its UUID.
    Registered custom field keys may be included as extra top-level string properties.

    Args:
        body (ContactInput): Writable contact fields. Registered custom contact field keys may be
            sent as extra top-level string properties (unknown keys are rejected with 422; on update
            an empty string or null clears the value).

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[CreateContactResponse201]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs))  # what `http.request(**kwargs)` does, one frame less

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ApiClient,
    body: ContactInput,
) -> CreateContactResponse201:
    """Create a new contact

     Adds a contact that agents and campaigns can reach; the reply carries the new contact and its UUID.
    Registered custom field keys may be included as extra top-level string properties.

    Args:
        body (ContactInput): Writable contact fields. Registered custom contact field keys may be
            sent as extra top-level string properties (unknown keys are rejected with 422; on update
            an empty string or null clears the value).

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        CreateContactResponse201
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
