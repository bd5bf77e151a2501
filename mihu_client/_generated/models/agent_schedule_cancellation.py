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
        v_min_cancellation_notice = self.min_cancellation_notice

        v_ai_can_cancel = self.ai_can_cancel

        v_require_cancellation_reason = self.require_cancellation_reason

        v_cancellation_fee_policy = self.cancellation_fee_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_min_cancellation_notice is not UNSET:
            field_dict["min_cancellation_notice"] = v_min_cancellation_notice
        if v_ai_can_cancel is not UNSET:
            field_dict["ai_can_cancel"] = v_ai_can_cancel
        if v_require_cancellation_reason is not UNSET:
            field_dict["require_cancellation_reason"] = v_require_cancellation_reason
        if v_cancellation_fee_policy is not UNSET:
            field_dict["cancellation_fee_policy"] = v_cancellation_fee_policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_min_cancellation_notice = d.get("min_cancellation_notice", UNSET)
        if v_min_cancellation_notice is None:
            v_min_cancellation_notice = unexpected_null("AgentScheduleCancellation.min_cancellation_notice")

        v_ai_can_cancel = d.get("ai_can_cancel", UNSET)
        if v_ai_can_cancel is None:
            v_ai_can_cancel = unexpected_null("AgentScheduleCancellation.ai_can_cancel")

        v_require_cancellation_reason = d.get("require_cancellation_reason", UNSET)
        if v_require_cancellation_reason is None:
            v_require_cancellation_reason = unexpected_null("AgentScheduleCancellation.require_cancellation_reason")

        v_cancellation_fee_policy = d.get("cancellation_fee_policy", UNSET)
        if v_cancellation_fee_policy is None:
            v_cancellation_fee_policy = unexpected_null("AgentScheduleCancellation.cancellation_fee_policy")

        _instance = new_instance(cls)
        _instance.min_cancellation_notice = v_min_cancellation_notice
        _instance.ai_can_cancel = v_ai_can_cancel
        _instance.require_cancellation_reason = v_require_cancellation_reason
        _instance.cancellation_fee_policy = v_cancellation_fee_policy
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_NAMES}
        )
        return _instance

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


_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "min_cancellation_notice",
        "ai_can_cancel",
        "require_cancellation_reason",
        "cancellation_fee_policy",
    )
)
