from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rule_update_request_type import RuleUpdateRequestType
from ..types import (
    UNSET,
    Unset,
    enum_value,
    mismatch,
    new_instance,
    unexpected_null,
    unknown_fields,
)

T = TypeVar("T", bound="RuleUpdateRequest")


@_attrs_define
class RuleUpdateRequest:
    """Partial update; only the keys sent are changed."""

    name: str | Unset = UNSET
    """ Display label (3-255 characters, need not be unique). """
    type_: RuleUpdateRequestType | Unset = UNSET
    """ Rule type; text forces one-shot semantics and clears call-only fields. """
    max_calls_per_day: int | Unset = UNSET
    """ Attempts per contact per local day (default 3 for call, forced to 1 for text). """
    max_total_calls: int | Unset = UNSET
    """ Total attempts per contact over the campaign (default 10 for call, 1 for text). """
    retry_interval_minutes: int | Unset | None = UNSET
    """ Minutes between attempts; only used by call rules (default 120). """
    start_time: str | Unset = UNSET
    """ Earliest local time of day as HH:MM (24h). Default 09:00. """
    end_time: str | Unset | None = UNSET
    """ Latest local time of day as HH:MM (24h); call rules only. Default 18:00. """
    dnc_check: bool | Unset = UNSET
    """ Skip Do-Not-Call contacts at task creation. Default true. """
    remove_on_opt_out: bool | Unset = UNSET
    """ Drop contacts from active pool items after an inbound opt-out. Default true. """
    escalation_after_failed_attempts: int | Unset | None = UNSET
    """ Failed-attempt threshold for escalation; 0 disables. """
    escalation_type: str | Unset | None = UNSET
    """ Free-form escalation identifier. """
    escalation_target: str | Unset | None = UNSET
    """ Free-form escalation payload such as an email or team UUID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = getattr(self.type_, "value", self.type_)

        max_calls_per_day = self.max_calls_per_day

        max_total_calls = self.max_total_calls

        retry_interval_minutes: int | Unset | None
        if isinstance(self.retry_interval_minutes, Unset):
            retry_interval_minutes = UNSET
        else:
            retry_interval_minutes = self.retry_interval_minutes

        start_time = self.start_time

        end_time: str | Unset | None
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time

        dnc_check = self.dnc_check

        remove_on_opt_out = self.remove_on_opt_out

        escalation_after_failed_attempts: int | Unset | None
        if isinstance(self.escalation_after_failed_attempts, Unset):
            escalation_after_failed_attempts = UNSET
        else:
            escalation_after_failed_attempts = self.escalation_after_failed_attempts

        escalation_type: str | Unset | None
        if isinstance(self.escalation_type, Unset):
            escalation_type = UNSET
        else:
            escalation_type = self.escalation_type

        escalation_target: str | Unset | None
        if isinstance(self.escalation_target, Unset):
            escalation_target = UNSET
        else:
            escalation_target = self.escalation_target

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if max_calls_per_day is not UNSET:
            field_dict["max_calls_per_day"] = max_calls_per_day
        if max_total_calls is not UNSET:
            field_dict["max_total_calls"] = max_total_calls
        if retry_interval_minutes is not UNSET:
            field_dict["retry_interval_minutes"] = retry_interval_minutes
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if dnc_check is not UNSET:
            field_dict["dnc_check"] = dnc_check
        if remove_on_opt_out is not UNSET:
            field_dict["remove_on_opt_out"] = remove_on_opt_out
        if escalation_after_failed_attempts is not UNSET:
            field_dict["escalation_after_failed_attempts"] = escalation_after_failed_attempts
        if escalation_type is not UNSET:
            field_dict["escalation_type"] = escalation_type
        if escalation_target is not UNSET:
            field_dict["escalation_target"] = escalation_target

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        name = d.get("name", UNSET)
        if name is None:
            name = unexpected_null("RuleUpdateRequest.name")

        type_ = d.get("type", UNSET)
        if type_.__class__ is str:
            type_ = _values_RuleUpdateRequestType.get(type_) or enum_value(
                RuleUpdateRequestType, type_, "RuleUpdateRequest.type"
            )
        elif type_ is None:
            type_ = unexpected_null("RuleUpdateRequest.type")
        elif type_ is not UNSET and type_ is not None:
            type_ = mismatch(type_, "RuleUpdateRequest.type")

        max_calls_per_day = d.get("max_calls_per_day", UNSET)
        if max_calls_per_day is None:
            max_calls_per_day = unexpected_null("RuleUpdateRequest.max_calls_per_day")

        max_total_calls = d.get("max_total_calls", UNSET)
        if max_total_calls is None:
            max_total_calls = unexpected_null("RuleUpdateRequest.max_total_calls")

        retry_interval_minutes = d.get("retry_interval_minutes", UNSET)

        start_time = d.get("start_time", UNSET)
        if start_time is None:
            start_time = unexpected_null("RuleUpdateRequest.start_time")

        end_time = d.get("end_time", UNSET)

        dnc_check = d.get("dnc_check", UNSET)
        if dnc_check is None:
            dnc_check = unexpected_null("RuleUpdateRequest.dnc_check")

        remove_on_opt_out = d.get("remove_on_opt_out", UNSET)
        if remove_on_opt_out is None:
            remove_on_opt_out = unexpected_null("RuleUpdateRequest.remove_on_opt_out")

        escalation_after_failed_attempts = d.get("escalation_after_failed_attempts", UNSET)

        escalation_type = d.get("escalation_type", UNSET)

        escalation_target = d.get("escalation_target", UNSET)

        rule_update_request = new_instance(cls)
        rule_update_request.name = name
        rule_update_request.type_ = type_
        rule_update_request.max_calls_per_day = max_calls_per_day
        rule_update_request.max_total_calls = max_total_calls
        rule_update_request.retry_interval_minutes = retry_interval_minutes
        rule_update_request.start_time = start_time
        rule_update_request.end_time = end_time
        rule_update_request.dnc_check = dnc_check
        rule_update_request.remove_on_opt_out = remove_on_opt_out
        rule_update_request.escalation_after_failed_attempts = escalation_after_failed_attempts
        rule_update_request.escalation_type = escalation_type
        rule_update_request.escalation_target = escalation_target
        rule_update_request.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "RuleUpdateRequest")
        )
        return rule_update_request

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


_values_RuleUpdateRequestType = RuleUpdateRequestType._value2member_map_


_FIELD_NAMES = frozenset(
    (
        "name",
        "type",
        "max_calls_per_day",
        "max_total_calls",
        "retry_interval_minutes",
        "start_time",
        "end_time",
        "dnc_check",
        "remove_on_opt_out",
        "escalation_after_failed_attempts",
        "escalation_type",
        "escalation_target",
    )
)
