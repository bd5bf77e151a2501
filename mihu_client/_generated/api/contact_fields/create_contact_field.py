from typing import Any

import httpx2

from ...client import ApiClient
from ...models.create_contact_field_body import CreateContactFieldBody
from ...models.create_contact_field_response_201 import CreateContactFieldResponse201
from ...types import Response, json_document, mismatch, parse_with


def _get_kwargs(
    *,
    body: CreateContactFieldBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/contacts/fields",
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, CreateContactFieldBody) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> CreateContactFieldResponse201:
    data = json_document(response)
    response_201: CreateContactFieldResponse201
    if data.__class__ is dict:
        response_201 = CreateContactFieldResponse201.from_dict(data)
    else:
        response_201 = mismatch(data, "create_contact_field response")

    return response_201


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[CreateContactFieldResponse201]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    *,
    client: ApiClient,
    body: CreateContactFieldBody,
) -> Response[CreateContactFieldResponse201]:
    """Create a custom contact field

     Registers a new custom field; its key cannot change later.

    Args:
        body (CreateContactFieldBody):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[CreateContactFieldResponse201]
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
    body: CreateContactFieldBody,
) -> CreateContactFieldResponse201:
    """Create a custom contact field

     Registers a new custom field; its key cannot change later.

    Args:
        body (CreateContactFieldBody):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        CreateContactFieldResponse201
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
