"""`mihu.rules`: the `rules` operations as methods of `Rules`, generated from the spec.

Method names follow the rule in `mihu_client._generated.api`: operationId minus the tag's words.
    list, list_all <- GET /api/v1/rules
    create <- POST /api/v1/rules
    get <- GET /api/v1/rules/{uuid}
    update <- PUT /api/v1/rules/{uuid}
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
    from ...models.create_rule_response_201 import CreateRuleResponse201
    from ...models.get_rule_response_200 import GetRuleResponse200
    from ...models.list_rules_response_200 import ListRulesResponse200
    from ...models.list_rules_type import ListRulesType
    from ...models.rule import Rule
    from ...models.rule_create_request import RuleCreateRequest
    from ...models.rule_update_request import RuleUpdateRequest
    from ...models.update_rule_response_200 import UpdateRuleResponse200
    from ...types import Unset
if TYPE_CHECKING:
    from . import (
        create_rule,
        get_rule,
        list_rules,
        update_rule,
    )
if TYPE_CHECKING:
    from .create_rule import asyncio_detailed as _call_create_rule
else:
    _call_create_rule = LazyOperation(__name__, "create_rule", "_call_create_rule")
if TYPE_CHECKING:
    from .get_rule import asyncio_detailed as _call_get_rule
else:
    _call_get_rule = LazyOperation(__name__, "get_rule", "_call_get_rule")
if TYPE_CHECKING:
    from .list_rules import asyncio_detailed as _call_list_rules
else:
    _call_list_rules = LazyOperation(__name__, "list_rules", "_call_list_rules")
if TYPE_CHECKING:
    from .update_rule import asyncio_detailed as _call_update_rule
else:
    _call_update_rule = LazyOperation(__name__, "update_rule", "_call_update_rule")

_OPERATION_MODULES = frozenset(
    (
        "create_rule",
        "get_rule",
        "list_rules",
        "update_rule",
    )
)

__all__ = [
    "Rules",
    "RulesWithRawResponse",
    "create_rule",
    "get_rule",
    "list_rules",
    "update_rule",
]


def __getattr__(name: str) -> ModuleType:
    """`mihu_client.api.rules.<operation>`: operation modules load on first access."""
    if name in _OPERATION_MODULES:
        return import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Rules(Resource):
    """The `rules` operations; reached as `mihu.rules` on a `MihuClient`.

    Each method makes one request and returns the parsed 2xx body; errors raise
    (`mihu_client.APIStatusError` subclasses, `mihu_client.APIConnectionError`). `with_raw_response`
    has the same methods returning the `RawResponse` (status, headers, JSON) of that one request.
    """

    _operations = {
        "list": "list_rules",
        "list_all": "list_rules",
        "create": "create_rule",
        "get": "get_rule",
        "update": "update_rule",
    }
    """Method name -> the operation module (in this package) it calls."""

    @cached_property
    def with_raw_response(self) -> RulesWithRawResponse:
        """These methods, returning `RawResponse` (status, headers, request id, JSON, parsed model)."""
        return RulesWithRawResponse(self)

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        search: str | Unset = UNSET,
        type_: ListRulesType | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> ListRulesResponse200:
        """List campaign contact rules

        Returns the workspace's campaign contact rules as a paginated list, optionally narrowed by a text
        search or by rule type.

        Args:
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 15.
            search (str | Unset):
            type_ (ListRulesType | Unset):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            ListRulesResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/rules`, operation `list_rules`.
        """
        return await self._call(
            _call_list_rules,
            options,
            {
                "page": page,
                "per_page": per_page,
                "search": search,
                "type_": type_,
            },
        )

    def list_all(
        self,
        *,
        per_page: int | Unset = UNSET,
        search: str | Unset = UNSET,
        type_: ListRulesType | Unset = UNSET,
        concurrency: int = 1,
        options: RequestOptions | None = None,
    ) -> Paginator[Rule]:
        """Every item of `list` across all pages: `async for item in mihu.rules.list_all(...)`.

        Requests page 1, 2, … and stops after the last page (`last_page`, else `has_more`, else a short
        or empty page), at a page already seen, or at one the server answers with another number.
        Page shape `laravel` (see `mihu_client._pagination`); `.pages()` yields whole pages.

        Args:
            per_page (int | Unset):  Default: 15.
            search (str | Unset):
            type_ (ListRulesType | Unset):
            concurrency (int): Pages requested at once (1: one after another). Above 1, pages are
                prefetched once the first page has told the last page number; items stay in order.
            options (RequestOptions | None): Per-call settings for every page request.

        Returns:
            Paginator[Rule]: Iterate it with `async for`; nothing is requested before that.
        """
        return self._paginate(
            _call_list_rules,
            options,
            {
                "per_page": per_page,
                "search": search,
                "type_": type_,
            },
            mode="page",
            shape="laravel",
            items=("data", "data"),
            concurrency=concurrency,
        )

    async def create(
        self,
        body: RuleCreateRequest,
        *,
        options: RequestOptions | None = None,
    ) -> CreateRuleResponse201:
        """Create a new campaign contact rule

        Creates a reusable contact rule (call cadence or one-shot text) that can later be attached to
        campaigns. Text rules get single-attempt values and lose call-only settings.

        Args:
            body (RuleCreateRequest): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            CreateRuleResponse201: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/rules`, operation `create_rule`.
        """
        return await self._call(
            _call_create_rule,
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
    ) -> GetRuleResponse200:
        """Get a single rule by UUID

        Fetches one campaign contact rule by its UUID.

        Args:
            uuid (UUID):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            GetRuleResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/rules/{uuid}`, operation `get_rule`.
        """
        return await self._call(
            _call_get_rule,
            options,
            {
                "uuid": uuid,
            },
        )

    async def update(
        self,
        uuid: UUID,
        body: RuleUpdateRequest,
        *,
        options: RequestOptions | None = None,
    ) -> UpdateRuleResponse200:
        """Update an existing rule

        Changes only the supplied fields of a rule. Switching to the text type clears call-only fields, and
        tasks already scheduled on running campaigns keep their old settings.

        Args:
            uuid (UUID):
            body (RuleUpdateRequest): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            UpdateRuleResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `PUT /api/v1/rules/{uuid}`, operation `update_rule`.
        """
        return await self._call(
            _call_update_rule,
            options,
            {
                "uuid": uuid,
                "body": body,
            },
        )


class RulesWithRawResponse:
    """`Rules` methods returning the `RawResponse` of their single request instead of the model."""

    def __init__(self, resource: Rules) -> None:
        self.list = raw_response_wrapper(resource.list)
        self.create = raw_response_wrapper(resource.create)
        self.get = raw_response_wrapper(resource.get)
        self.update = raw_response_wrapper(resource.update)
