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
        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid) if isinstance(self.uuid, UUID) else self.uuid

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

        created_at: str | Unset | None
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )
        else:
            created_at = self.created_at

        updated_at: str | Unset | None
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = (
                self.updated_at.isoformat() if isinstance(self.updated_at, datetime.datetime) else self.updated_at
            )
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
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
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        uuid = d.get("uuid", UNSET)
        if uuid.__class__ is str:
            uuid = parse_uuid(uuid, "Rule.uuid")
        elif uuid is None:
            uuid = unexpected_null("Rule.uuid")
        elif uuid is not UNSET and uuid is not None:
            uuid = mismatch(uuid, "Rule.uuid")

        name = d.get("name", UNSET)
        if name is None:
            name = unexpected_null("Rule.name")

        type_ = d.get("type", UNSET)
        if type_.__class__ is str:
            type_ = _values_RuleType.get(type_) or enum_value(RuleType, type_, "Rule.type")
        elif type_ is None:
            type_ = unexpected_null("Rule.type")
        elif type_ is not UNSET and type_ is not None:
            type_ = mismatch(type_, "Rule.type")

        max_calls_per_day = d.get("max_calls_per_day", UNSET)
        if max_calls_per_day is None:
            max_calls_per_day = unexpected_null("Rule.max_calls_per_day")

        max_total_calls = d.get("max_total_calls", UNSET)
        if max_total_calls is None:
            max_total_calls = unexpected_null("Rule.max_total_calls")

        retry_interval_minutes = d.get("retry_interval_minutes", UNSET)

        start_time = d.get("start_time", UNSET)
        if start_time is None:
            start_time = unexpected_null("Rule.start_time")

        end_time = d.get("end_time", UNSET)

        dnc_check = d.get("dnc_check", UNSET)
        if dnc_check is None:
            dnc_check = unexpected_null("Rule.dnc_check")

        remove_on_opt_out = d.get("remove_on_opt_out", UNSET)
        if remove_on_opt_out is None:
            remove_on_opt_out = unexpected_null("Rule.remove_on_opt_out")

        escalation_after_failed_attempts = d.get("escalation_after_failed_attempts", UNSET)

        escalation_type = d.get("escalation_type", UNSET)

        escalation_target = d.get("escalation_target", UNSET)

        created_at = d.get("created_at", UNSET)
        if created_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                created_at = fromisoformat(created_at)
            except ValueError:
                created_at = parse_datetime(created_at, "Rule.created_at")
        elif created_at is not UNSET and created_at is not None:
            created_at = mismatch(created_at, "Rule.created_at")

        updated_at = d.get("updated_at", UNSET)
        if updated_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                updated_at = fromisoformat(updated_at)
            except ValueError:
                updated_at = parse_datetime(updated_at, "Rule.updated_at")
        elif updated_at is not UNSET and updated_at is not None:
            updated_at = mismatch(updated_at, "Rule.updated_at")

        rule = new_instance(cls)
        rule.uuid = uuid
        rule.name = name
        rule.type_ = type_
        rule.max_calls_per_day = max_calls_per_day
        rule.max_total_calls = max_total_calls
        rule.retry_interval_minutes = retry_interval_minutes
        rule.start_time = start_time
        rule.end_time = end_time
        rule.dnc_check = dnc_check
        rule.remove_on_opt_out = remove_on_opt_out
        rule.escalation_after_failed_attempts = escalation_after_failed_attempts
        rule.escalation_type = escalation_type
        rule.escalation_target = escalation_target
        rule.created_at = created_at
        rule.updated_at = updated_at
        rule.additional_properties = {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "Rule")
        return rule

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


_FIELD_NAMES = frozenset(
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
