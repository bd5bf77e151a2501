"""`mihu.voice_ivr_guards`: the `voice_ivr_guards` operations as methods of `VoiceIvrGuards`, generated from the spec.

Method names follow the rule in `mihu_client._generated.api`: operationId minus the tag's words.
    replace_rules <- PUT /api/v1/agents/{uuid}/guard-rules
    add_rule <- POST /api/v1/agents/{uuid}/guard-rules
    delete_rule <- DELETE /api/v1/agents/{uuid}/guard-rules/{rule_uuid}
    update_rule <- PATCH /api/v1/agents/{uuid}/guard-rules/{rule_uuid}
    replace_routing_rules <- PUT /api/v1/agents/{uuid}/routing-rules
    add_routing_rule <- POST /api/v1/agents/{uuid}/routing-rules
    delete_routing_rule <- DELETE /api/v1/agents/{uuid}/routing-rules/{rule_uuid}
    update_routing_rule <- PATCH /api/v1/agents/{uuid}/routing-rules/{rule_uuid}
"""

from __future__ import annotations

from functools import cached_property
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING

from ...._resource import LazyOperation, Resource
from ...._response import raw_response_wrapper

if TYPE_CHECKING:
    from uuid import UUID

    from ...._resource import RequestOptions
    from ...models.add_guard_rule_response_201 import AddGuardRuleResponse201
    from ...models.add_routing_rule_response_201 import AddRoutingRuleResponse201
    from ...models.delete_guard_rule_response_200 import DeleteGuardRuleResponse200
    from ...models.delete_routing_rule_response_200 import DeleteRoutingRuleResponse200
    from ...models.replace_guard_rules_body import ReplaceGuardRulesBody
    from ...models.replace_guard_rules_response_200 import ReplaceGuardRulesResponse200
    from ...models.replace_routing_rules_body import ReplaceRoutingRulesBody
    from ...models.replace_routing_rules_response_200 import ReplaceRoutingRulesResponse200
    from ...models.update_guard_rule_response_200 import UpdateGuardRuleResponse200
    from ...models.update_routing_rule_response_200 import UpdateRoutingRuleResponse200
    from ...models.voice_ivr_guard_rule_create import VoiceIvrGuardRuleCreate
    from ...models.voice_ivr_guard_rule_input import VoiceIvrGuardRuleInput
    from ...models.voice_ivr_routing_rule_input import VoiceIvrRoutingRuleInput
if TYPE_CHECKING:
    from . import (
        add_guard_rule,
        add_routing_rule,
        delete_guard_rule,
        delete_routing_rule,
        replace_guard_rules,
        replace_routing_rules,
        update_guard_rule,
        update_routing_rule,
    )
if TYPE_CHECKING:
    from .add_guard_rule import asyncio_detailed as _call_add_guard_rule
else:
    _call_add_guard_rule = LazyOperation(__name__, "add_guard_rule", "_call_add_guard_rule")
if TYPE_CHECKING:
    from .add_routing_rule import asyncio_detailed as _call_add_routing_rule
else:
    _call_add_routing_rule = LazyOperation(__name__, "add_routing_rule", "_call_add_routing_rule")
if TYPE_CHECKING:
    from .delete_guard_rule import asyncio_detailed as _call_delete_guard_rule
else:
    _call_delete_guard_rule = LazyOperation(__name__, "delete_guard_rule", "_call_delete_guard_rule")
if TYPE_CHECKING:
    from .delete_routing_rule import asyncio_detailed as _call_delete_routing_rule
else:
    _call_delete_routing_rule = LazyOperation(__name__, "delete_routing_rule", "_call_delete_routing_rule")
if TYPE_CHECKING:
    from .replace_guard_rules import asyncio_detailed as _call_replace_guard_rules
else:
    _call_replace_guard_rules = LazyOperation(__name__, "replace_guard_rules", "_call_replace_guard_rules")
if TYPE_CHECKING:
    from .replace_routing_rules import asyncio_detailed as _call_replace_routing_rules
else:
    _call_replace_routing_rules = LazyOperation(__name__, "replace_routing_rules", "_call_replace_routing_rules")
if TYPE_CHECKING:
    from .update_guard_rule import asyncio_detailed as _call_update_guard_rule
else:
    _call_update_guard_rule = LazyOperation(__name__, "update_guard_rule", "_call_update_guard_rule")
if TYPE_CHECKING:
    from .update_routing_rule import asyncio_detailed as _call_update_routing_rule
else:
    _call_update_routing_rule = LazyOperation(__name__, "update_routing_rule", "_call_update_routing_rule")

_OPERATION_MODULES = frozenset(
    (
        "add_guard_rule",
        "add_routing_rule",
        "delete_guard_rule",
        "delete_routing_rule",
        "replace_guard_rules",
        "replace_routing_rules",
        "update_guard_rule",
        "update_routing_rule",
    )
)

__all__ = [
    "VoiceIvrGuards",
    "VoiceIvrGuardsWithRawResponse",
    "add_guard_rule",
    "add_routing_rule",
    "delete_guard_rule",
    "delete_routing_rule",
    "replace_guard_rules",
    "replace_routing_rules",
    "update_guard_rule",
    "update_routing_rule",
]


def __getattr__(name: str) -> ModuleType:
    """`mihu_client.api.voice_ivr_guards.<operation>`: operation modules load on first access."""
    if name in _OPERATION_MODULES:
        return import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class VoiceIvrGuards(Resource):
    """The `voice_ivr_guards` operations; reached as `mihu.voice_ivr_guards` on a `MihuClient`.

    Each method makes one request and returns the parsed 2xx body; errors raise
    (`mihu_client.APIStatusError` subclasses, `mihu_client.APIConnectionError`). `with_raw_response`
    has the same methods returning the `RawResponse` (status, headers, JSON) of that one request.
    """

    _operations = {
        "replace_rules": "replace_guard_rules",
        "add_rule": "add_guard_rule",
        "delete_rule": "delete_guard_rule",
        "update_rule": "update_guard_rule",
        "replace_routing_rules": "replace_routing_rules",
        "add_routing_rule": "add_routing_rule",
        "delete_routing_rule": "delete_routing_rule",
        "update_routing_rule": "update_routing_rule",
    }
    """Method name -> the operation module (in this package) it calls."""

    @cached_property
    def with_raw_response(self) -> VoiceIvrGuardsWithRawResponse:
        """These methods, returning `RawResponse` (status, headers, request id, JSON, parsed model)."""
        return VoiceIvrGuardsWithRawResponse(self)

    async def replace_rules(
        self,
        uuid: UUID,
        body: ReplaceGuardRulesBody,
        *,
        options: RequestOptions | None = None,
    ) -> ReplaceGuardRulesResponse200:
        """Replace ALL guard rules for an agent (destructive)

        Drops all current guard rules of the agent and saves the provided list in their place. Use it for
        bulk loads; use the single-rule endpoints for incremental edits.

        Args:
            uuid (UUID):
            body (ReplaceGuardRulesBody): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            ReplaceGuardRulesResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `PUT /api/v1/agents/{uuid}/guard-rules`, operation `replace_guard_rules`.
        """
        return await self._call(
            _call_replace_guard_rules,
            options,
            {
                "uuid": uuid,
                "body": body,
            },
        )

    async def add_rule(
        self,
        uuid: UUID,
        body: VoiceIvrGuardRuleCreate,
        *,
        options: RequestOptions | None = None,
    ) -> AddGuardRuleResponse201:
        """Add ONE guard rule (preserves existing rules)

        Creates one additional guard rule while keeping the existing ones. Forwarding guards need a
        destination; ending guards should carry a closing message.

        Args:
            uuid (UUID):
            body (VoiceIvrGuardRuleCreate): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            AddGuardRuleResponse201: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/agents/{uuid}/guard-rules`, operation `add_guard_rule`.
        """
        return await self._call(
            _call_add_guard_rule,
            options,
            {
                "uuid": uuid,
                "body": body,
            },
        )

    async def delete_rule(
        self,
        uuid: UUID,
        rule_uuid: UUID,
        *,
        options: RequestOptions | None = None,
    ) -> DeleteGuardRuleResponse200:
        """Delete ONE guard rule (other rules untouched)

        Permanently removes one guard rule from the agent and returns the agent. (Inferred: page not stored;
        the tag description documents DELETE on /guard-rules/{ruleUuid}.)

        Args:
            uuid (UUID):
            rule_uuid (UUID):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            DeleteGuardRuleResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `DELETE /api/v1/agents/{uuid}/guard-rules/{rule_uuid}`, operation `delete_guard_rule`.
        """
        return await self._call(
            _call_delete_guard_rule,
            options,
            {
                "uuid": uuid,
                "rule_uuid": rule_uuid,
            },
        )

    async def update_rule(
        self,
        uuid: UUID,
        rule_uuid: UUID,
        body: VoiceIvrGuardRuleInput,
        *,
        options: RequestOptions | None = None,
    ) -> UpdateGuardRuleResponse200:
        """Partially update ONE guard rule

        Applies a partial change to one guard rule, e.g. disabling it or adding a channel. When switching
        then_action, make sure the matching destination or closing-message fields are present.

        Args:
            uuid (UUID):
            rule_uuid (UUID):
            body (VoiceIvrGuardRuleInput): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            UpdateGuardRuleResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `PATCH /api/v1/agents/{uuid}/guard-rules/{rule_uuid}`, operation `update_guard_rule`.
        """
        return await self._call(
            _call_update_guard_rule,
            options,
            {
                "uuid": uuid,
                "rule_uuid": rule_uuid,
                "body": body,
            },
        )

    async def replace_routing_rules(
        self,
        uuid: UUID,
        body: ReplaceRoutingRulesBody,
        *,
        options: RequestOptions | None = None,
    ) -> ReplaceRoutingRulesResponse200:
        """Replace ALL routing rules for an agent (destructive)

        Deletes every existing routing rule of the agent and stores the supplied list instead, for bulk
        imports or full re-syncs. (Inferred: page not stored; path, method and semantics come from the tag
        description.)

        Args:
            uuid (UUID):
            body (ReplaceRoutingRulesBody): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            ReplaceRoutingRulesResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `PUT /api/v1/agents/{uuid}/routing-rules`, operation `replace_routing_rules`.
        """
        return await self._call(
            _call_replace_routing_rules,
            options,
            {
                "uuid": uuid,
                "body": body,
            },
        )

    async def add_routing_rule(
        self,
        uuid: UUID,
        body: VoiceIvrRoutingRuleInput,
        *,
        options: RequestOptions | None = None,
    ) -> AddRoutingRuleResponse201:
        """Add ONE routing rule (preserves existing rules)

        Appends a single routing rule to the agent without touching the others; a missing priority places it
        last. Responds with the whole agent including the refreshed routing_rules list.

        Args:
            uuid (UUID):
            body (VoiceIvrRoutingRuleInput): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            AddRoutingRuleResponse201: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/agents/{uuid}/routing-rules`, operation `add_routing_rule`.
        """
        return await self._call(
            _call_add_routing_rule,
            options,
            {
                "uuid": uuid,
                "body": body,
            },
        )

    async def delete_routing_rule(
        self,
        uuid: UUID,
        rule_uuid: UUID,
        *,
        options: RequestOptions | None = None,
    ) -> DeleteRoutingRuleResponse200:
        """Delete ONE routing rule (other rules untouched)

        Removes a single routing rule for good; to pause a rule instead, set is_active to false via the
        PATCH endpoint. Returns the agent without the removed rule.

        Args:
            uuid (UUID):
            rule_uuid (UUID):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            DeleteRoutingRuleResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `DELETE /api/v1/agents/{uuid}/routing-rules/{rule_uuid}`, operation `delete_routing_rule`.
        """
        return await self._call(
            _call_delete_routing_rule,
            options,
            {
                "uuid": uuid,
                "rule_uuid": rule_uuid,
            },
        )

    async def update_routing_rule(
        self,
        uuid: UUID,
        rule_uuid: UUID,
        body: VoiceIvrRoutingRuleInput,
        *,
        options: RequestOptions | None = None,
    ) -> UpdateRoutingRuleResponse200:
        """Partially update ONE routing rule

        Changes only the keys present in the body for one routing rule (for example toggling is_active or
        moving its priority); other rules are left alone. Returns the updated agent.

        Args:
            uuid (UUID):
            rule_uuid (UUID):
            body (VoiceIvrRoutingRuleInput): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            UpdateRoutingRuleResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `PATCH /api/v1/agents/{uuid}/routing-rules/{rule_uuid}`, operation `update_routing_rule`.
        """
        return await self._call(
            _call_update_routing_rule,
            options,
            {
                "uuid": uuid,
                "rule_uuid": rule_uuid,
                "body": body,
            },
        )


class VoiceIvrGuardsWithRawResponse:
    """`VoiceIvrGuards` methods returning the `RawResponse` of their single request instead of the model."""

    def __init__(self, resource: VoiceIvrGuards) -> None:
        self.replace_rules = raw_response_wrapper(resource.replace_rules)
        self.add_rule = raw_response_wrapper(resource.add_rule)
        self.delete_rule = raw_response_wrapper(resource.delete_rule)
        self.update_rule = raw_response_wrapper(resource.update_rule)
        self.replace_routing_rules = raw_response_wrapper(resource.replace_routing_rules)
        self.add_routing_rule = raw_response_wrapper(resource.add_routing_rule)
        self.delete_routing_rule = raw_response_wrapper(resource.delete_routing_rule)
        self.update_routing_rule = raw_response_wrapper(resource.update_routing_rule)
