from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rule_type import RuleType
from ..types import (
    UNSET,
    Unset,
    enum_value,
    fromisoformat,
    mismatch,
    new_instance,
    parse_datetime,
    parse_uuid,
    unexpected_null,
    unknown_fields,
)

T = TypeVar("T", bound="Rule")


@_attrs_define
class Rule:
    """A campaign contact rule: cadence, retry spacing, working-hours window and escalation settings applied to a
    campaign's contacts.

    """

    uuid: UUID | Unset = UNSET
    name: str | Unset = UNSET
    type_: RuleType | Unset = UNSET
    """ call = multi-attempt cadence inside working hours; text = one-shot send (SMS/WhatsApp). """
    max_calls_per_day: int | Unset = UNSET
    """ Per-contact attempt cap per local calendar day. """
    max_total_calls: int | Unset = UNSET
    """ Per-contact lifetime attempt cap for the campaign. """
    retry_interval_minutes: int | Unset | None = UNSET
    """ Minimum minutes between attempts; null for text rules. """
    start_time: str | Unset = UNSET
    """ Earliest local time of day, returned as HH:MM:SS. """
    end_time: str | Unset | None = UNSET
    """ Latest local time of day (HH:MM:SS); null for text rules. """
    dnc_check: bool | Unset = UNSET
    """ Skip contacts on the Do Not Call list when tasks are created. """
    remove_on_opt_out: bool | Unset = UNSET
    """ Remove the contact from active pool items on inbound opt-out. """
    escalation_after_failed_attempts: int | Unset | None = UNSET
    """ Failed-attempt threshold that triggers escalation; 0 disables. """
    escalation_type: str | Unset | None = UNSET
    escalation_target: str | Unset | None = UNSET
    created_at: datetime.datetime | Unset | None = UNSET
    updated_at: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            v_uuid = str(self.uuid) if isinstance(self.uuid, UUID) else self.uuid

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

        v_created_at: str | Unset | None
        if isinstance(self.created_at, Unset):
            v_created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            v_created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )
        else:
            v_created_at = self.created_at

        v_updated_at: str | Unset | None
        if isinstance(self.updated_at, Unset):
            v_updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            v_updated_at = (
                self.updated_at.isoformat() if isinstance(self.updated_at, datetime.datetime) else self.updated_at
            )
        else:
            v_updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_uuid is not UNSET:
            field_dict["uuid"] = v_uuid
        if v_name is not UNSET:
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
        if v_created_at is not UNSET:
            field_dict["created_at"] = v_created_at
        if v_updated_at is not UNSET:
            field_dict["updated_at"] = v_updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_uuid = d.get("uuid", UNSET)
        if v_uuid.__class__ is str:
            v_uuid = parse_uuid(v_uuid, "Rule.uuid")
        elif v_uuid is None:
            v_uuid = unexpected_null("Rule.uuid")
        elif v_uuid is not UNSET and v_uuid is not None:
            v_uuid = mismatch(v_uuid, "Rule.uuid")

        v_name = d.get("name", UNSET)
        if v_name is None:
            v_name = unexpected_null("Rule.name")

        v_type_ = d.get("type", UNSET)
        if v_type_.__class__ is str:
            v_type_ = _values_RuleType.get(v_type_) or enum_value(RuleType, v_type_, "Rule.type")
        elif v_type_ is None:
            v_type_ = unexpected_null("Rule.type")
        elif v_type_ is not UNSET and v_type_ is not None:
            v_type_ = mismatch(v_type_, "Rule.type")

        v_max_calls_per_day = d.get("max_calls_per_day", UNSET)
        if v_max_calls_per_day is None:
            v_max_calls_per_day = unexpected_null("Rule.max_calls_per_day")

        v_max_total_calls = d.get("max_total_calls", UNSET)
        if v_max_total_calls is None:
            v_max_total_calls = unexpected_null("Rule.max_total_calls")

        v_retry_interval_minutes = d.get("retry_interval_minutes", UNSET)

        v_start_time = d.get("start_time", UNSET)
        if v_start_time is None:
            v_start_time = unexpected_null("Rule.start_time")

        v_end_time = d.get("end_time", UNSET)

        v_dnc_check = d.get("dnc_check", UNSET)
        if v_dnc_check is None:
            v_dnc_check = unexpected_null("Rule.dnc_check")

        v_remove_on_opt_out = d.get("remove_on_opt_out", UNSET)
        if v_remove_on_opt_out is None:
            v_remove_on_opt_out = unexpected_null("Rule.remove_on_opt_out")

        v_escalation_after_failed_attempts = d.get("escalation_after_failed_attempts", UNSET)

        v_escalation_type = d.get("escalation_type", UNSET)

        v_escalation_target = d.get("escalation_target", UNSET)

        v_created_at = d.get("created_at", UNSET)
        if v_created_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_created_at = fromisoformat(v_created_at)
            except ValueError:
                v_created_at = parse_datetime(v_created_at, "Rule.created_at")
        elif v_created_at is not UNSET and v_created_at is not None:
            v_created_at = mismatch(v_created_at, "Rule.created_at")

        v_updated_at = d.get("updated_at", UNSET)
        if v_updated_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_updated_at = fromisoformat(v_updated_at)
            except ValueError:
                v_updated_at = parse_datetime(v_updated_at, "Rule.updated_at")
        elif v_updated_at is not UNSET and v_updated_at is not None:
            v_updated_at = mismatch(v_updated_at, "Rule.updated_at")

        _instance = new_instance(cls)
        _instance.uuid = v_uuid
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
        _instance.created_at = v_created_at
        _instance.updated_at = v_updated_at
        _instance.additional_properties = {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "Rule")
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


_values_RuleType = RuleType._value2member_map_


_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "uuid",
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
        "created_at",
        "updated_at",
    )
)
