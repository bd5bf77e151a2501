from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rule_update_request_type import RuleUpdateRequestType
from ..types import UNSET, Unset

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
            type_ = self.type_.value

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
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: RuleUpdateRequestType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = RuleUpdateRequestType(_type_)

        max_calls_per_day = d.pop("max_calls_per_day", UNSET)

        max_total_calls = d.pop("max_total_calls", UNSET)

        def _parse_retry_interval_minutes(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        retry_interval_minutes = _parse_retry_interval_minutes(d.pop("retry_interval_minutes", UNSET))

        start_time = d.pop("start_time", UNSET)

        def _parse_end_time(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_time = _parse_end_time(d.pop("end_time", UNSET))

        dnc_check = d.pop("dnc_check", UNSET)

        remove_on_opt_out = d.pop("remove_on_opt_out", UNSET)

        def _parse_escalation_after_failed_attempts(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        escalation_after_failed_attempts = _parse_escalation_after_failed_attempts(
            d.pop("escalation_after_failed_attempts", UNSET)
        )

        def _parse_escalation_type(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        escalation_type = _parse_escalation_type(d.pop("escalation_type", UNSET))

        def _parse_escalation_target(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        escalation_target = _parse_escalation_target(d.pop("escalation_target", UNSET))

        rule_update_request = cls(
            name=name,
            type_=type_,
            max_calls_per_day=max_calls_per_day,
            max_total_calls=max_total_calls,
            retry_interval_minutes=retry_interval_minutes,
            start_time=start_time,
            end_time=end_time,
            dnc_check=dnc_check,
            remove_on_opt_out=remove_on_opt_out,
            escalation_after_failed_attempts=escalation_after_failed_attempts,
            escalation_type=escalation_type,
            escalation_target=escalation_target,
        )

        rule_update_request.additional_properties = d
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
