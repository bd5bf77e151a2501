from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    new_instance,
    unexpected_null,
)

T = TypeVar("T", bound="AgentScheduleCancellation")


@_attrs_define
class AgentScheduleCancellation:
    min_cancellation_notice: str | Unset = UNSET
    """ e.g. 24_hours """
    ai_can_cancel: bool | Unset = UNSET
    require_cancellation_reason: bool | Unset = UNSET
    cancellation_fee_policy: str | Unset = UNSET
    """ e.g. no_fee """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_cancellation_notice = self.min_cancellation_notice

        ai_can_cancel = self.ai_can_cancel

        require_cancellation_reason = self.require_cancellation_reason

        cancellation_fee_policy = self.cancellation_fee_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if min_cancellation_notice is not UNSET:
            field_dict["min_cancellation_notice"] = min_cancellation_notice
        if ai_can_cancel is not UNSET:
            field_dict["ai_can_cancel"] = ai_can_cancel
        if require_cancellation_reason is not UNSET:
            field_dict["require_cancellation_reason"] = require_cancellation_reason
        if cancellation_fee_policy is not UNSET:
            field_dict["cancellation_fee_policy"] = cancellation_fee_policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        min_cancellation_notice = d.get("min_cancellation_notice", UNSET)
        if min_cancellation_notice is None:
            min_cancellation_notice = unexpected_null("AgentScheduleCancellation.min_cancellation_notice")

        ai_can_cancel = d.get("ai_can_cancel", UNSET)
        if ai_can_cancel is None:
            ai_can_cancel = unexpected_null("AgentScheduleCancellation.ai_can_cancel")

        require_cancellation_reason = d.get("require_cancellation_reason", UNSET)
        if require_cancellation_reason is None:
            require_cancellation_reason = unexpected_null("AgentScheduleCancellation.require_cancellation_reason")

        cancellation_fee_policy = d.get("cancellation_fee_policy", UNSET)
        if cancellation_fee_policy is None:
            cancellation_fee_policy = unexpected_null("AgentScheduleCancellation.cancellation_fee_policy")

        agent_schedule_cancellation = new_instance(cls)
        agent_schedule_cancellation.min_cancellation_notice = min_cancellation_notice
        agent_schedule_cancellation.ai_can_cancel = ai_can_cancel
        agent_schedule_cancellation.require_cancellation_reason = require_cancellation_reason
        agent_schedule_cancellation.cancellation_fee_policy = cancellation_fee_policy
        agent_schedule_cancellation.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_NAMES}
        )
        return agent_schedule_cancellation

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_FIELD_NAMES = frozenset(
    (
        "min_cancellation_notice",
        "ai_can_cancel",
        "require_cancellation_reason",
        "cancellation_fee_policy",
    )
)
