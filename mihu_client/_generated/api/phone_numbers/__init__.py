"""`mihu.phone_numbers`: the `phone_numbers` operations as methods of `PhoneNumbers`, generated from the spec.

Method names follow the rule in `mihu_client._generated.api`: operationId minus the tag's words.
    list, list_all <- GET /api/v1/phone-numbers
    buy <- POST /api/v1/phone-numbers
    list_outbound_call_rates, list_all_outbound_call_rates <- GET /api/v1/phone-numbers/rates
    search <- GET /api/v1/phone-numbers/search
    list_search_requirements <- GET /api/v1/phone-numbers/search/requirements
    list_external_trunks, list_all_external_trunks <- GET /api/v1/phone-numbers/trunks
    create_external_trunk <- POST /api/v1/phone-numbers/trunks
    delete_external_trunk <- DELETE /api/v1/phone-numbers/trunks
    update_external_trunk <- PATCH /api/v1/phone-numbers/trunks
    assign_external_trunk <- PUT /api/v1/phone-numbers/trunks/assign
    update_channel_settings <- PATCH /api/v1/phone-numbers/{uuid}
"""

from __future__ import annotations

from functools import cached_property
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING

from ...._resource import LazyOperation, Resource
from ...._response import raw_response_wrapper
from ...types import UNSET

if TYPE_CHECKING:
    from uuid import UUID

    from ...._pagination import Paginator
    from ...._resource import RequestOptions
    from ...models.assign_external_trunk_response_200 import AssignExternalTrunkResponse200
    from ...models.buy_phone_number_response_201 import BuyPhoneNumberResponse201
    from ...models.create_external_trunk_response_201 import CreateExternalTrunkResponse201
    from ...models.delete_external_trunk_channel import DeleteExternalTrunkChannel
    from ...models.delete_external_trunk_response_200 import DeleteExternalTrunkResponse200
    from ...models.list_external_trunks_response_200 import ListExternalTrunksResponse200
    from ...models.list_outbound_call_rates_response_200 import ListOutboundCallRatesResponse200
    from ...models.list_phone_number_search_requirements_response_200 import (
        ListPhoneNumberSearchRequirementsResponse200,
    )
    from ...models.list_phone_numbers_response_200 import ListPhoneNumbersResponse200
    from ...models.phone_number import PhoneNumber
    from ...models.phone_number_buy_request import PhoneNumberBuyRequest
    from ...models.phone_number_rate import PhoneNumberRate
    from ...models.phone_number_trunk_assign_request import PhoneNumberTrunkAssignRequest
    from ...models.phone_number_trunk_create_request import PhoneNumberTrunkCreateRequest
    from ...models.phone_number_trunk_update_request import PhoneNumberTrunkUpdateRequest
    from ...models.phone_number_update_channel_settings_request import PhoneNumberUpdateChannelSettingsRequest
    from ...models.search_phone_numbers_response_200 import SearchPhoneNumbersResponse200
    from ...models.update_external_trunk_response_200 import UpdateExternalTrunkResponse200
    from ...models.update_phone_number_channel_settings_response_200 import UpdatePhoneNumberChannelSettingsResponse200
    from ...types import Unset
if TYPE_CHECKING:
    from . import (
        assign_external_trunk,
        buy_phone_number,
        create_external_trunk,
        delete_external_trunk,
        list_external_trunks,
        list_outbound_call_rates,
        list_phone_number_search_requirements,
        list_phone_numbers,
        search_phone_numbers,
        update_external_trunk,
        update_phone_number_channel_settings,
    )
if TYPE_CHECKING:
    from .assign_external_trunk import asyncio_detailed as _call_assign_external_trunk
else:
    _call_assign_external_trunk = LazyOperation(__name__, "assign_external_trunk", "_call_assign_external_trunk")
if TYPE_CHECKING:
    from .buy_phone_number import asyncio_detailed as _call_buy_phone_number
else:
    _call_buy_phone_number = LazyOperation(__name__, "buy_phone_number", "_call_buy_phone_number")
if TYPE_CHECKING:
    from .create_external_trunk import asyncio_detailed as _call_create_external_trunk
else:
    _call_create_external_trunk = LazyOperation(__name__, "create_external_trunk", "_call_create_external_trunk")
if TYPE_CHECKING:
    from .delete_external_trunk import asyncio_detailed as _call_delete_external_trunk
else:
    _call_delete_external_trunk = LazyOperation(__name__, "delete_external_trunk", "_call_delete_external_trunk")
if TYPE_CHECKING:
    from .list_external_trunks import asyncio_detailed as _call_list_external_trunks
else:
    _call_list_external_trunks = LazyOperation(__name__, "list_external_trunks", "_call_list_external_trunks")
if TYPE_CHECKING:
    from .list_outbound_call_rates import asyncio_detailed as _call_list_outbound_call_rates
else:
    _call_list_outbound_call_rates = LazyOperation(
        __name__, "list_outbound_call_rates", "_call_list_outbound_call_rates"
    )
if TYPE_CHECKING:
    from .list_phone_number_search_requirements import asyncio_detailed as _call_list_phone_number_search_requirements
else:
    _call_list_phone_number_search_requirements = LazyOperation(
        __name__, "list_phone_number_search_requirements", "_call_list_phone_number_search_requirements"
    )
if TYPE_CHECKING:
    from .list_phone_numbers import asyncio_detailed as _call_list_phone_numbers
else:
    _call_list_phone_numbers = LazyOperation(__name__, "list_phone_numbers", "_call_list_phone_numbers")
if TYPE_CHECKING:
    from .search_phone_numbers import asyncio_detailed as _call_search_phone_numbers
else:
    _call_search_phone_numbers = LazyOperation(__name__, "search_phone_numbers", "_call_search_phone_numbers")
if TYPE_CHECKING:
    from .update_external_trunk import asyncio_detailed as _call_update_external_trunk
else:
    _call_update_external_trunk = LazyOperation(__name__, "update_external_trunk", "_call_update_external_trunk")
if TYPE_CHECKING:
    from .update_phone_number_channel_settings import asyncio_detailed as _call_update_phone_number_channel_settings
else:
    _call_update_phone_number_channel_settings = LazyOperation(
        __name__, "update_phone_number_channel_settings", "_call_update_phone_number_channel_settings"
    )

_OPERATION_MODULES = frozenset(
    (
        "assign_external_trunk",
        "buy_phone_number",
        "create_external_trunk",
        "delete_external_trunk",
        "list_external_trunks",
        "list_outbound_call_rates",
        "list_phone_number_search_requirements",
        "list_phone_numbers",
        "search_phone_numbers",
        "update_external_trunk",
        "update_phone_number_channel_settings",
    )
)

__all__ = [
    "PhoneNumbers",
    "PhoneNumbersWithRawResponse",
    "assign_external_trunk",
    "buy_phone_number",
    "create_external_trunk",
    "delete_external_trunk",
    "list_external_trunks",
    "list_outbound_call_rates",
    "list_phone_number_search_requirements",
    "list_phone_numbers",
    "search_phone_numbers",
    "update_external_trunk",
    "update_phone_number_channel_settings",
]


def __getattr__(name: str) -> ModuleType:
    """`mihu_client.api.phone_numbers.<operation>`: operation modules load on first access."""
    if name in _OPERATION_MODULES:
        return import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class PhoneNumbers(Resource):
    """The `phone_numbers` operations; reached as `mihu.phone_numbers` on a `MihuClient`.

    Each method makes one request and returns the parsed 2xx body; errors raise
    (`mihu_client.APIStatusError` subclasses, `mihu_client.APIConnectionError`). `with_raw_response`
    has the same methods returning the `RawResponse` (status, headers, JSON) of that one request.
    """

    _operations = {
        "list": "list_phone_numbers",
        "list_all": "list_phone_numbers",
        "buy": "buy_phone_number",
        "list_outbound_call_rates": "list_outbound_call_rates",
        "list_all_outbound_call_rates": "list_outbound_call_rates",
        "search": "search_phone_numbers",
        "list_search_requirements": "list_phone_number_search_requirements",
        "list_external_trunks": "list_external_trunks",
        "list_all_external_trunks": "list_external_trunks",
        "create_external_trunk": "create_external_trunk",
        "delete_external_trunk": "delete_external_trunk",
        "update_external_trunk": "update_external_trunk",
        "assign_external_trunk": "assign_external_trunk",
        "update_channel_settings": "update_phone_number_channel_settings",
    }
    """Method name -> the operation module (in this package) it calls."""

    @cached_property
    def with_raw_response(self) -> PhoneNumbersWithRawResponse:
        """These methods, returning `RawResponse` (status, headers, request id, JSON, parsed model)."""
        return PhoneNumbersWithRawResponse(self)

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> ListPhoneNumbersResponse200:
        """List your phone numbers

        Pages through the numbers held by the workspace with their capabilities, channel settings, billing
        and agent bindings.

        Args:
            page (int | Unset):
            per_page (int | Unset):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            ListPhoneNumbersResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/phone-numbers`, operation `list_phone_numbers`.
        """
        return await self._call(
            _call_list_phone_numbers,
            options,
            {
                "page": page,
                "per_page": per_page,
            },
        )

    def list_all(
        self,
        *,
        per_page: int | Unset = UNSET,
        concurrency: int = 1,
        options: RequestOptions | None = None,
    ) -> Paginator[PhoneNumber]:
        """Every item of `list` across all pages: `async for item in mihu.phone_numbers.list_all(...)`.

        Requests page 1, 2, … and stops after the last page (`last_page`, else `has_more`, else a short
        or empty page), at a page already seen, or at one the server answers with another number.
        Page shape `items_pagination` (see `mihu_client._pagination`); `.pages()` yields whole pages.

        Args:
            per_page (int | Unset):
            concurrency (int): Pages requested at once (1: one after another). Above 1, pages are
                prefetched once the first page has told the last page number; items stay in order.
            options (RequestOptions | None): Per-call settings for every page request.

        Returns:
            Paginator[PhoneNumber]: Iterate it with `async for`; nothing is requested before that.
        """
        return self._paginate(
            _call_list_phone_numbers,
            options,
            {
                "per_page": per_page,
            },
            mode="page",
            shape="items_pagination",
            items=("data", "items"),
            concurrency=concurrency,
        )

    async def buy(
        self,
        body: PhoneNumberBuyRequest,
        *,
        options: RequestOptions | None = None,
    ) -> BuyPhoneNumberResponse201:
        """Buy a phone number

        Purchases a number found via the search endpoint, attaching compliance address and requirement
        answers when the country or type needs them. A per-workspace cap on API purchases applies.

        Args:
            body (PhoneNumberBuyRequest): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            BuyPhoneNumberResponse201: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/phone-numbers`, operation `buy_phone_number`.
        """
        return await self._call(
            _call_buy_phone_number,
            options,
            {
                "body": body,
            },
        )

    async def list_outbound_call_rates(
        self,
        *,
        country_code: str | Unset = UNSET,
        prefix: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> ListOutboundCallRatesResponse200:
        """Outbound call rates

        Lists per-destination outbound call pricing, optionally narrowed by country or dialling prefix.

        Args:
            country_code (str | Unset):  Example: IT.
            prefix (str | Unset):
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 50.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            ListOutboundCallRatesResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/phone-numbers/rates`, operation `list_outbound_call_rates`.
        """
        return await self._call(
            _call_list_outbound_call_rates,
            options,
            {
                "country_code": country_code,
                "prefix": prefix,
                "page": page,
                "per_page": per_page,
            },
        )

    def list_all_outbound_call_rates(
        self,
        *,
        country_code: str | Unset = UNSET,
        prefix: str | Unset = UNSET,
        per_page: int | Unset = UNSET,
        concurrency: int = 1,
        options: RequestOptions | None = None,
    ) -> Paginator[PhoneNumberRate]:
        """Every item of `list_outbound_call_rates` across all pages: `async for item in mihu.phone_numbers.list_all_outbound_call_rates(...)`.

        Requests page 1, 2, … and stops after the last page (`last_page`, else `has_more`, else a short
        or empty page), at a page already seen, or at one the server answers with another number.
        Page shape `items_pagination` (see `mihu_client._pagination`); `.pages()` yields whole pages.

        Args:
            country_code (str | Unset):  Example: IT.
            prefix (str | Unset):
            per_page (int | Unset):  Default: 50.
            concurrency (int): Pages requested at once (1: one after another). Above 1, pages are
                prefetched once the first page has told the last page number; items stay in order.
            options (RequestOptions | None): Per-call settings for every page request.

        Returns:
            Paginator[PhoneNumberRate]: Iterate it with `async for`; nothing is requested before that.
        """
        return self._paginate(
            _call_list_outbound_call_rates,
            options,
            {
                "country_code": country_code,
                "prefix": prefix,
                "per_page": per_page,
            },
            mode="page",
            shape="items_pagination",
            items=("data", "items"),
            concurrency=concurrency,
        )

    async def search(
        self,
        *,
        options: RequestOptions | None = None,
    ) -> SearchPhoneNumbersResponse200:
        """Search phone numbers

        Lists numbers available to buy. The buy endpoint takes its number, type, monthly_fee and
        capabilities from one of these results; the search filters were not seen.

        Args:
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            SearchPhoneNumbersResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/phone-numbers/search`, operation `search_phone_numbers`.
        """
        return await self._call(
            _call_search_phone_numbers,
            options,
            {},
        )

    async def list_search_requirements(
        self,
        *,
        options: RequestOptions | None = None,
    ) -> ListPhoneNumberSearchRequirementsResponse200:
        """List phone number purchase requirements

        Lists the compliance requirements (address, text values, documents) that a country and number type
        need before a purchase; each requirement value sent to the buy endpoint answers one of them. Its
        filters were not seen.

        Args:
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            ListPhoneNumberSearchRequirementsResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/phone-numbers/search/requirements`, operation `list_phone_number_search_requirements`.
        """
        return await self._call(
            _call_list_phone_number_search_requirements,
            options,
            {},
        )

    async def list_external_trunks(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> ListExternalTrunksResponse200:
        """List external trunks (BYO numbers)

        Lists numbers that were registered as external (bring-your-own) trunks rather than bought on the
        platform.

        Args:
            page (int | Unset):
            per_page (int | Unset):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            ListExternalTrunksResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/phone-numbers/trunks`, operation `list_external_trunks`.
        """
        return await self._call(
            _call_list_external_trunks,
            options,
            {
                "page": page,
                "per_page": per_page,
            },
        )

    def list_all_external_trunks(
        self,
        *,
        per_page: int | Unset = UNSET,
        concurrency: int = 1,
        options: RequestOptions | None = None,
    ) -> Paginator[PhoneNumber]:
        """Every item of `list_external_trunks` across all pages: `async for item in mihu.phone_numbers.list_all_external_trunks(...)`.

        Requests page 1, 2, … and stops after the last page (`last_page`, else `has_more`, else a short
        or empty page), at a page already seen, or at one the server answers with another number.
        Page shape `items_pagination` (see `mihu_client._pagination`); `.pages()` yields whole pages.

        Args:
            per_page (int | Unset):
            concurrency (int): Pages requested at once (1: one after another). Above 1, pages are
                prefetched once the first page has told the last page number; items stay in order.
            options (RequestOptions | None): Per-call settings for every page request.

        Returns:
            Paginator[PhoneNumber]: Iterate it with `async for`; nothing is requested before that.
        """
        return self._paginate(
            _call_list_external_trunks,
            options,
            {
                "per_page": per_page,
            },
            mode="page",
            shape="items_pagination",
            items=("data", "items"),
            concurrency=concurrency,
        )

    async def create_external_trunk(
        self,
        body: PhoneNumberTrunkCreateRequest,
        *,
        options: RequestOptions | None = None,
    ) -> CreateExternalTrunkResponse201:
        """Register an external SIP trunk / BYO number

        Binds a number you already own elsewhere to an agent on the call or WhatsApp channel; such numbers
        are not billed and cannot be released. Optional SIP credentials are stored encrypted.

        Args:
            body (PhoneNumberTrunkCreateRequest): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            CreateExternalTrunkResponse201: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/phone-numbers/trunks`, operation `create_external_trunk`.
        """
        return await self._call(
            _call_create_external_trunk,
            options,
            {
                "body": body,
            },
        )

    async def delete_external_trunk(
        self,
        *,
        phone_number: str,
        channel: DeleteExternalTrunkChannel,
        options: RequestOptions | None = None,
    ) -> DeleteExternalTrunkResponse200:
        """Delete an external trunk

        Removes the agent binding of an external trunk for one channel; nothing is released at a carrier.
        Call once per channel to remove every binding.

        Args:
            phone_number (str):
            channel (DeleteExternalTrunkChannel):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            DeleteExternalTrunkResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `DELETE /api/v1/phone-numbers/trunks`, operation `delete_external_trunk`.
        """
        return await self._call(
            _call_delete_external_trunk,
            options,
            {
                "phone_number": phone_number,
                "channel": channel,
            },
        )

    async def update_external_trunk(
        self,
        body: PhoneNumberTrunkUpdateRequest,
        *,
        options: RequestOptions | None = None,
    ) -> UpdateExternalTrunkResponse200:
        """Update an external trunk

        Partially edits an external trunk located by phone_number plus channel; omitted fields stay as they
        are and empty SIP strings clear a credential.

        Args:
            body (PhoneNumberTrunkUpdateRequest): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            UpdateExternalTrunkResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `PATCH /api/v1/phone-numbers/trunks`, operation `update_external_trunk`.
        """
        return await self._call(
            _call_update_external_trunk,
            options,
            {
                "body": body,
            },
        )

    async def assign_external_trunk(
        self,
        body: PhoneNumberTrunkAssignRequest,
        *,
        options: RequestOptions | None = None,
    ) -> AssignExternalTrunkResponse200:
        """Assign or reassign an external trunk to an agent

        Moves an existing external trunk on one channel to another agent while keeping the number, SIP
        credentials and channel settings.

        Args:
            body (PhoneNumberTrunkAssignRequest): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            AssignExternalTrunkResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `PUT /api/v1/phone-numbers/trunks/assign`, operation `assign_external_trunk`.
        """
        return await self._call(
            _call_assign_external_trunk,
            options,
            {
                "body": body,
            },
        )

    async def update_channel_settings(
        self,
        uuid: UUID,
        body: PhoneNumberUpdateChannelSettingsRequest,
        *,
        options: RequestOptions | None = None,
    ) -> UpdatePhoneNumberChannelSettingsResponse200:
        """Update channel settings

        Changes the voice, SMS and inbound channel settings (enabled flag, concurrency limit, allowed
        destination countries) of one owned number.

        Args:
            uuid (UUID):
            body (PhoneNumberUpdateChannelSettingsRequest): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            UpdatePhoneNumberChannelSettingsResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `PATCH /api/v1/phone-numbers/{uuid}`, operation `update_phone_number_channel_settings`.
        """
        return await self._call(
            _call_update_phone_number_channel_settings,
            options,
            {
                "uuid": uuid,
                "body": body,
            },
        )


class PhoneNumbersWithRawResponse:
    """`PhoneNumbers` methods returning the `RawResponse` of their single request instead of the model."""

    def __init__(self, resource: PhoneNumbers) -> None:
        self.list = raw_response_wrapper(resource.list)
        self.buy = raw_response_wrapper(resource.buy)
        self.list_outbound_call_rates = raw_response_wrapper(resource.list_outbound_call_rates)
        self.search = raw_response_wrapper(resource.search)
        self.list_search_requirements = raw_response_wrapper(resource.list_search_requirements)
        self.list_external_trunks = raw_response_wrapper(resource.list_external_trunks)
        self.create_external_trunk = raw_response_wrapper(resource.create_external_trunk)
        self.delete_external_trunk = raw_response_wrapper(resource.delete_external_trunk)
        self.update_external_trunk = raw_response_wrapper(resource.update_external_trunk)
        self.assign_external_trunk = raw_response_wrapper(resource.assign_external_trunk)
        self.update_channel_settings = raw_response_wrapper(resource.update_channel_settings)
