from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rule_create_request_type import RuleCreateRequestType
from ..types import (
    UNSET,
    Unset,
    enum_value,
    mismatch,
    missing,
    new_instance,
    unexpected_null,
    unknown_fields,
)

T = TypeVar("T", bound="RuleCreateRequest")


@_attrs_define
class RuleCreateRequest:
    name: str
    """ Display label (3-255 characters, need not be unique). """
    type_: RuleCreateRequestType | Unset = RuleCreateRequestType.CALL
    """ Rule type; text forces one-shot semantics and clears call-only fields. """
    max_calls_per_day: int | Unset = 3
    """ Attempts per contact per local day (default 3 for call, forced to 1 for text). """
    max_total_calls: int | Unset = 10
    """ Total attempts per contact over the campaign (default 10 for call, 1 for text). """
    retry_interval_minutes: int | Unset | None = 120
    """ Minutes between attempts; only used by call rules (default 120). """
    start_time: str | Unset = "09:00"
    """ Earliest local time of day as HH:MM (24h). Default 09:00. """
    end_time: str | Unset | None = "18:00"
    """ Latest local time of day as HH:MM (24h); call rules only. Default 18:00. """
    dnc_check: bool | Unset = True
    """ Skip Do-Not-Call contacts at task creation. Default true. """
    remove_on_opt_out: bool | Unset = True
    """ Drop contacts from active pool items after an inbound opt-out. Default true. """
    escalation_after_failed_attempts: int | Unset | None = UNSET
    """ Failed-attempt threshold for escalation; 0 disables. """
    escalation_type: str | Unset | None = UNSET
    """ Free-form escalation identifier. """
    escalation_target: str | Unset | None = UNSET
    """ Free-form escalation payload such as an email or team UUID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_name = self.name

        v_type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            v_type_ = getattr(self.type_, "value", self.type_)

        v_max_calls_per_day = self.max_calls_per_day

        v_max_total_calls = self.max_total_calls

        v_retry_interval_minutes: int | Unset | None
        if isinstance(self.retry_interval_minutes, Unset):
            v_retry_interval_minutes = UNSET
        else:
            v_retry_interval_minutes = self.retry_interval_minutes

        v_start_time = self.start_time

        v_end_time: str | Unset | None
        if isinstance(self.end_time, Unset):
            v_end_time = UNSET
        else:
            v_end_time = self.end_time

        v_dnc_check = self.dnc_check

        v_remove_on_opt_out = self.remove_on_opt_out

        v_escalation_after_failed_attempts: int | Unset | None
        if isinstance(self.escalation_after_failed_attempts, Unset):
            v_escalation_after_failed_attempts = UNSET
        else:
            v_escalation_after_failed_attempts = self.escalation_after_failed_attempts

        v_escalation_type: str | Unset | None
        if isinstance(self.escalation_type, Unset):
            v_escalation_type = UNSET
        else:
            v_escalation_type = self.escalation_type

        v_escalation_target: str | Unset | None
        if isinstance(self.escalation_target, Unset):
            v_escalation_target = UNSET
        else:
            v_escalation_target = self.escalation_target

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(v_name, Unset):
            field_dict["name"] = v_name
        if v_type_ is not UNSET:
            field_dict["type"] = v_type_
        if v_max_calls_per_day is not UNSET:
            field_dict["max_calls_per_day"] = v_max_calls_per_day
        if v_max_total_calls is not UNSET:
            field_dict["max_total_calls"] = v_max_total_calls
        if v_retry_interval_minutes is not UNSET:
            field_dict["retry_interval_minutes"] = v_retry_interval_minutes
        if v_start_time is not UNSET:
            field_dict["start_time"] = v_start_time
        if v_end_time is not UNSET:
            field_dict["end_time"] = v_end_time
        if v_dnc_check is not UNSET:
            field_dict["dnc_check"] = v_dnc_check
        if v_remove_on_opt_out is not UNSET:
            field_dict["remove_on_opt_out"] = v_remove_on_opt_out
        if v_escalation_after_failed_attempts is not UNSET:
            field_dict["escalation_after_failed_attempts"] = v_escalation_after_failed_attempts
        if v_escalation_type is not UNSET:
            field_dict["escalation_type"] = v_escalation_type
        if v_escalation_target is not UNSET:
            field_dict["escalation_target"] = v_escalation_target

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_name = d.get("name", UNSET)
        if v_name is UNSET:
            v_name = missing("RuleCreateRequest.name")
        if v_name is None:
            v_name = unexpected_null("RuleCreateRequest.name")

        v_type_ = d.get("type", UNSET)
        if v_type_.__class__ is str:
            v_type_ = _values_RuleCreateRequestType.get(v_type_) or enum_value(
                RuleCreateRequestType, v_type_, "RuleCreateRequest.type"
            )
        elif v_type_ is None:
            v_type_ = unexpected_null("RuleCreateRequest.type")
        elif v_type_ is not UNSET and v_type_ is not None:
            v_type_ = mismatch(v_type_, "RuleCreateRequest.type")

        v_max_calls_per_day = d.get("max_calls_per_day", UNSET)
        if v_max_calls_per_day is None:
            v_max_calls_per_day = unexpected_null("RuleCreateRequest.max_calls_per_day")

        v_max_total_calls = d.get("max_total_calls", UNSET)
        if v_max_total_calls is None:
            v_max_total_calls = unexpected_null("RuleCreateRequest.max_total_calls")

        v_retry_interval_minutes = d.get("retry_interval_minutes", UNSET)

        v_start_time = d.get("start_time", UNSET)
        if v_start_time is None:
            v_start_time = unexpected_null("RuleCreateRequest.start_time")

        v_end_time = d.get("end_time", UNSET)

        v_dnc_check = d.get("dnc_check", UNSET)
        if v_dnc_check is None:
            v_dnc_check = unexpected_null("RuleCreateRequest.dnc_check")

        v_remove_on_opt_out = d.get("remove_on_opt_out", UNSET)
        if v_remove_on_opt_out is None:
            v_remove_on_opt_out = unexpected_null("RuleCreateRequest.remove_on_opt_out")

        v_escalation_after_failed_attempts = d.get("escalation_after_failed_attempts", UNSET)

        v_escalation_type = d.get("escalation_type", UNSET)

        v_escalation_target = d.get("escalation_target", UNSET)

        _instance = new_instance(cls)
        _instance.name = v_name
        _instance.type_ = v_type_
        _instance.max_calls_per_day = v_max_calls_per_day
        _instance.max_total_calls = v_max_total_calls
        _instance.retry_interval_minutes = v_retry_interval_minutes
        _instance.start_time = v_start_time
        _instance.end_time = v_end_time
        _instance.dnc_check = v_dnc_check
        _instance.remove_on_opt_out = v_remove_on_opt_out
        _instance.escalation_after_failed_attempts = v_escalation_after_failed_attempts
        _instance.escalation_type = v_escalation_type
        _instance.escalation_target = v_escalation_target
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "RuleCreateRequest")
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


_values_RuleCreateRequestType = RuleCreateRequestType._value2member_map_


_FIELD_NAMES: frozenset[str] = frozenset(
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
