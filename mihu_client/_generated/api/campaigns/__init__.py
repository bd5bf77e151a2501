"""`mihu.campaigns`: the `campaigns` operations as methods of `Campaigns`, generated from the spec.

Method names follow the rule in `mihu_client._generated.api`: operationId minus the tag's words.
    list, list_all <- GET /api/v1/campaigns
    create <- POST /api/v1/campaigns
    get <- GET /api/v1/campaigns/{uuid}
    update <- PUT /api/v1/campaigns/{uuid}
    delete <- DELETE /api/v1/campaigns/{uuid}
    attach_pools <- POST /api/v1/campaigns/{uuid}/pools
    assign_rule <- PUT /api/v1/campaigns/{uuid}/rule
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
    from ...models.assign_campaign_rule_response_200 import AssignCampaignRuleResponse200
    from ...models.attach_campaign_pools_response_200 import AttachCampaignPoolsResponse200
    from ...models.campaign import Campaign
    from ...models.campaign_pools_attach_request import CampaignPoolsAttachRequest
    from ...models.campaign_rule_assign_request import CampaignRuleAssignRequest
    from ...models.campaign_update_request import CampaignUpdateRequest
    from ...models.create_campaign_response_201 import CreateCampaignResponse201
    from ...models.delete_campaign_response_200 import DeleteCampaignResponse200
    from ...models.get_campaign_response_200 import GetCampaignResponse200
    from ...models.list_campaigns_response_200 import ListCampaignsResponse200
    from ...models.update_campaign_response_200 import UpdateCampaignResponse200
    from ...types import Unset
if TYPE_CHECKING:
    from . import (
        assign_campaign_rule,
        attach_campaign_pools,
        create_campaign,
        delete_campaign,
        get_campaign,
        list_campaigns,
        update_campaign,
    )
if TYPE_CHECKING:
    from .assign_campaign_rule import asyncio_detailed as _call_assign_campaign_rule
else:
    _call_assign_campaign_rule = LazyOperation(__name__, "assign_campaign_rule", "_call_assign_campaign_rule")
if TYPE_CHECKING:
    from .attach_campaign_pools import asyncio_detailed as _call_attach_campaign_pools
else:
    _call_attach_campaign_pools = LazyOperation(__name__, "attach_campaign_pools", "_call_attach_campaign_pools")
if TYPE_CHECKING:
    from .create_campaign import asyncio_detailed as _call_create_campaign
else:
    _call_create_campaign = LazyOperation(__name__, "create_campaign", "_call_create_campaign")
if TYPE_CHECKING:
    from .delete_campaign import asyncio_detailed as _call_delete_campaign
else:
    _call_delete_campaign = LazyOperation(__name__, "delete_campaign", "_call_delete_campaign")
if TYPE_CHECKING:
    from .get_campaign import asyncio_detailed as _call_get_campaign
else:
    _call_get_campaign = LazyOperation(__name__, "get_campaign", "_call_get_campaign")
if TYPE_CHECKING:
    from .list_campaigns import asyncio_detailed as _call_list_campaigns
else:
    _call_list_campaigns = LazyOperation(__name__, "list_campaigns", "_call_list_campaigns")
if TYPE_CHECKING:
    from .update_campaign import asyncio_detailed as _call_update_campaign
else:
    _call_update_campaign = LazyOperation(__name__, "update_campaign", "_call_update_campaign")

_OPERATION_MODULES = frozenset(
    (
        "assign_campaign_rule",
        "attach_campaign_pools",
        "create_campaign",
        "delete_campaign",
        "get_campaign",
        "list_campaigns",
        "update_campaign",
    )
)

__all__ = [
    "Campaigns",
    "CampaignsWithRawResponse",
    "assign_campaign_rule",
    "attach_campaign_pools",
    "create_campaign",
    "delete_campaign",
    "get_campaign",
    "list_campaigns",
    "update_campaign",
]


def __getattr__(name: str) -> ModuleType:
    """`mihu_client.api.campaigns.<operation>`: operation modules load on first access."""
    if name in _OPERATION_MODULES:
        return import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Campaigns(Resource):
    """The `campaigns` operations; reached as `mihu.campaigns` on a `MihuClient`.

    Each method makes one request and returns the parsed 2xx body; errors raise
    (`mihu_client.APIStatusError` subclasses, `mihu_client.APIConnectionError`). `with_raw_response`
    has the same methods returning the `RawResponse` (status, headers, JSON) of that one request.
    """

    _operations = {
        "list": "list_campaigns",
        "list_all": "list_campaigns",
        "create": "create_campaign",
        "get": "get_campaign",
        "update": "update_campaign",
        "delete": "delete_campaign",
        "attach_pools": "attach_campaign_pools",
        "assign_rule": "assign_campaign_rule",
    }
    """Method name -> the operation module (in this package) it calls."""

    @cached_property
    def with_raw_response(self) -> CampaignsWithRawResponse:
        """These methods, returning `RawResponse` (status, headers, request id, JSON, parsed model)."""
        return CampaignsWithRawResponse(self)

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        search: str | Unset = UNSET,
        status: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> ListCampaignsResponse200:
        """Get paginated list of campaigns

        Lists campaigns page by page, optionally filtered by a search term and status.

        Args:
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 15.
            search (str | Unset):
            status (str | Unset):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            ListCampaignsResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/campaigns`, operation `list_campaigns`.
        """
        return await self._call(
            _call_list_campaigns,
            options,
            {
                "page": page,
                "per_page": per_page,
                "search": search,
                "status": status,
            },
        )

    def list_all(
        self,
        *,
        per_page: int | Unset = UNSET,
        search: str | Unset = UNSET,
        status: str | Unset = UNSET,
        concurrency: int = 1,
        options: RequestOptions | None = None,
    ) -> Paginator[Campaign]:
        """Every item of `list` across all pages: `async for item in mihu.campaigns.list_all(...)`.

        Requests page 1, 2, … and stops after the last page (`last_page`, else `has_more`, else a short
        or empty page), at a page already seen, or at one the server answers with another number.
        Page shape `laravel` (see `mihu_client._pagination`); `.pages()` yields whole pages.

        Args:
            per_page (int | Unset):  Default: 15.
            search (str | Unset):
            status (str | Unset):
            concurrency (int): Pages requested at once (1: one after another). Above 1, pages are
                prefetched once the first page has told the last page number; items stay in order.
            options (RequestOptions | None): Per-call settings for every page request.

        Returns:
            Paginator[Campaign]: Iterate it with `async for`; nothing is requested before that.
        """
        return self._paginate(
            _call_list_campaigns,
            options,
            {
                "per_page": per_page,
                "search": search,
                "status": status,
            },
            mode="page",
            shape="laravel",
            items=("data", "data"),
            concurrency=concurrency,
        )

    async def create(
        self,
        body: CampaignUpdateRequest,
        *,
        options: RequestOptions | None = None,
    ) -> CreateCampaignResponse201:
        """Create a campaign

        Creates a campaign in Draft status; attach a rule and pools, then publish it.

        Args:
            body (CampaignUpdateRequest): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            CreateCampaignResponse201: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/campaigns`, operation `create_campaign`.
        """
        return await self._call(
            _call_create_campaign,
            options,
            {
                "body": body,
            },
        )

    async def get(
        self,
        uuid: UUID,
        *,
        options: RequestOptions | None = None,
    ) -> GetCampaignResponse200:
        """Get campaign details

        Fetches one campaign by its UUID.

        Args:
            uuid (UUID):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            GetCampaignResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/campaigns/{uuid}`, operation `get_campaign`.
        """
        return await self._call(
            _call_get_campaign,
            options,
            {
                "uuid": uuid,
            },
        )

    async def update(
        self,
        uuid: UUID,
        body: CampaignUpdateRequest,
        *,
        options: RequestOptions | None = None,
    ) -> UpdateCampaignResponse200:
        """Update a campaign

        Edits a campaign's name, dates, status, agent or other settings. Existing scheduled tasks are not
        regenerated by this call.

        Args:
            uuid (UUID):
            body (CampaignUpdateRequest): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            UpdateCampaignResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `PUT /api/v1/campaigns/{uuid}`, operation `update_campaign`.
        """
        return await self._call(
            _call_update_campaign,
            options,
            {
                "uuid": uuid,
                "body": body,
            },
        )

    async def delete(
        self,
        uuid: UUID,
        *,
        options: RequestOptions | None = None,
    ) -> DeleteCampaignResponse200:
        """Delete a campaign

        Deletes one campaign.

        Args:
            uuid (UUID):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            DeleteCampaignResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `DELETE /api/v1/campaigns/{uuid}`, operation `delete_campaign`.
        """
        return await self._call(
            _call_delete_campaign,
            options,
            {
                "uuid": uuid,
            },
        )

    async def attach_pools(
        self,
        uuid: UUID,
        body: CampaignPoolsAttachRequest,
        *,
        options: RequestOptions | None = None,
    ) -> AttachCampaignPoolsResponse200:
        """Attach one or more pools to a campaign

        Adds contact pools to a campaign without removing existing ones. When the campaign is already
        running, tasks are generated for the new pools' pending contacts in the same transaction.

        Args:
            uuid (UUID):
            body (CampaignPoolsAttachRequest): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            AttachCampaignPoolsResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/campaigns/{uuid}/pools`, operation `attach_campaign_pools`.
        """
        return await self._call(
            _call_attach_campaign_pools,
            options,
            {
                "uuid": uuid,
                "body": body,
            },
        )

    async def assign_rule(
        self,
        uuid: UUID,
        body: CampaignRuleAssignRequest,
        *,
        options: RequestOptions | None = None,
    ) -> AssignCampaignRuleResponse200:
        """Assign or replace the rule attached to a campaign

        Links a contact rule to a campaign, replacing any rule it had, and returns a snapshot of the
        attached rule.

        Args:
            uuid (UUID):
            body (CampaignRuleAssignRequest): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            AssignCampaignRuleResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `PUT /api/v1/campaigns/{uuid}/rule`, operation `assign_campaign_rule`.
        """
        return await self._call(
            _call_assign_campaign_rule,
            options,
            {
                "uuid": uuid,
                "body": body,
            },
        )


class CampaignsWithRawResponse:
    """`Campaigns` methods returning the `RawResponse` of their single request instead of the model."""

    def __init__(self, resource: Campaigns) -> None:
        self.list = raw_response_wrapper(resource.list)
        self.create = raw_response_wrapper(resource.create)
        self.get = raw_response_wrapper(resource.get)
        self.update = raw_response_wrapper(resource.update)
        self.delete = raw_response_wrapper(resource.delete)
        self.attach_pools = raw_response_wrapper(resource.attach_pools)
        self.assign_rule = raw_response_wrapper(resource.assign_rule)
