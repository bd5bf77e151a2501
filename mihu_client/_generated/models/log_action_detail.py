from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.log_action_detail_type import LogActionDetailType
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

if TYPE_CHECKING:
    from ..models.log_action_detail_agent import LogActionDetailAgent
    from ..models.log_action_detail_contact_type_0 import LogActionDetailContactType0
    from ..models.log_action_detail_customer_type_0 import LogActionDetailCustomerType0
    from ..models.log_action_detail_extras import LogActionDetailExtras
    from ..models.log_action_detail_request import LogActionDetailRequest
    from ..models.log_action_detail_response import LogActionDetailResponse


T = TypeVar("T", bound="LogActionDetail")


@_attrs_define
class LogActionDetail:
    """One execution row of the actions audit log (task, workflow run or intent action) with request/response payloads."""

    uuid: UUID | Unset = UNSET
    type_: LogActionDetailType | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    status: str | Unset = UNSET
    channel: str | Unset = UNSET
    duration_ms: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    agent: LogActionDetailAgent | Unset = UNSET
    contact: LogActionDetailContactType0 | Unset | None = UNSET
    customer: LogActionDetailCustomerType0 | Unset | None = UNSET
    request: LogActionDetailRequest | Unset = UNSET
    response: LogActionDetailResponse | Unset = UNSET
    error: str | Unset | None = UNSET
    extras: LogActionDetailExtras | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            v_uuid = str(self.uuid) if isinstance(self.uuid, UUID) else self.uuid

        v_type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            v_type_ = getattr(self.type_, "value", self.type_)

        v_name = self.name

        v_description = self.description

        v_status = self.status

        v_channel = self.channel

        v_duration_ms = self.duration_ms

        v_created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            v_created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        v_agent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent, Unset):
            v_agent = self.agent.to_dict() if isinstance(self.agent, LogActionDetailAgent) else self.agent

        v_contact: dict[str, Any] | Unset | None
        if isinstance(self.contact, Unset):
            v_contact = UNSET
        elif isinstance(self.contact, LogActionDetailContactType0):
            v_contact = (
                self.contact.to_dict() if isinstance(self.contact, LogActionDetailContactType0) else self.contact
            )
        else:
            v_contact = self.contact

        v_customer: dict[str, Any] | Unset | None
        if isinstance(self.customer, Unset):
            v_customer = UNSET
        elif isinstance(self.customer, LogActionDetailCustomerType0):
            v_customer = (
                self.customer.to_dict() if isinstance(self.customer, LogActionDetailCustomerType0) else self.customer
            )
        else:
            v_customer = self.customer

        v_request: dict[str, Any] | Unset = UNSET
        if not isinstance(self.request, Unset):
            v_request = self.request.to_dict() if isinstance(self.request, LogActionDetailRequest) else self.request

        v_response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response, Unset):
            v_response = (
                self.response.to_dict() if isinstance(self.response, LogActionDetailResponse) else self.response
            )

        v_error: str | Unset | None
        if isinstance(self.error, Unset):
            v_error = UNSET
        else:
            v_error = self.error

        v_extras: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extras, Unset):
            v_extras = self.extras.to_dict() if isinstance(self.extras, LogActionDetailExtras) else self.extras

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_uuid is not UNSET:
            field_dict["uuid"] = v_uuid
        if v_type_ is not UNSET:
            field_dict["type"] = v_type_
        if v_name is not UNSET:
            field_dict["name"] = v_name
        if v_description is not UNSET:
            field_dict["description"] = v_description
        if v_status is not UNSET:
            field_dict["status"] = v_status
        if v_channel is not UNSET:
            field_dict["channel"] = v_channel
        if v_duration_ms is not UNSET:
            field_dict["duration_ms"] = v_duration_ms
        if v_created_at is not UNSET:
            field_dict["created_at"] = v_created_at
        if v_agent is not UNSET:
            field_dict["agent"] = v_agent
        if v_contact is not UNSET:
            field_dict["contact"] = v_contact
        if v_customer is not UNSET:
            field_dict["customer"] = v_customer
        if v_request is not UNSET:
            field_dict["request"] = v_request
        if v_response is not UNSET:
            field_dict["response"] = v_response
        if v_error is not UNSET:
            field_dict["error"] = v_error
        if v_extras is not UNSET:
            field_dict["extras"] = v_extras

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_uuid = d.get("uuid", UNSET)
        if v_uuid.__class__ is str:
            v_uuid = parse_uuid(v_uuid, "LogActionDetail.uuid")
        elif v_uuid is None:
            v_uuid = unexpected_null("LogActionDetail.uuid")
        elif v_uuid is not UNSET and v_uuid is not None:
            v_uuid = mismatch(v_uuid, "LogActionDetail.uuid")

        v_type_ = d.get("type", UNSET)
        if v_type_.__class__ is str:
            v_type_ = _values_LogActionDetailType.get(v_type_) or enum_value(
                LogActionDetailType, v_type_, "LogActionDetail.type"
            )
        elif v_type_ is None:
            v_type_ = unexpected_null("LogActionDetail.type")
        elif v_type_ is not UNSET and v_type_ is not None:
            v_type_ = mismatch(v_type_, "LogActionDetail.type")

        v_name = d.get("name", UNSET)
        if v_name is None:
            v_name = unexpected_null("LogActionDetail.name")

        v_description = d.get("description", UNSET)
        if v_description is None:
            v_description = unexpected_null("LogActionDetail.description")

        v_status = d.get("status", UNSET)
        if v_status is None:
            v_status = unexpected_null("LogActionDetail.status")

        v_channel = d.get("channel", UNSET)
        if v_channel is None:
            v_channel = unexpected_null("LogActionDetail.channel")

        v_duration_ms = d.get("duration_ms", UNSET)
        if v_duration_ms is None:
            v_duration_ms = unexpected_null("LogActionDetail.duration_ms")

        v_created_at = d.get("created_at", UNSET)
        if v_created_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_created_at = fromisoformat(v_created_at)
            except ValueError:
                v_created_at = parse_datetime(v_created_at, "LogActionDetail.created_at")
        elif v_created_at is None:
            v_created_at = unexpected_null("LogActionDetail.created_at")
        elif v_created_at is not UNSET and v_created_at is not None:
            v_created_at = mismatch(v_created_at, "LogActionDetail.created_at")

        v_agent = d.get("agent", UNSET)
        if v_agent.__class__ is dict:
            v_agent = _from_dict_LogActionDetailAgent(v_agent)
        elif v_agent is None:
            v_agent = unexpected_null("LogActionDetail.agent")
        elif v_agent is not UNSET and v_agent is not None:
            v_agent = mismatch(v_agent, "LogActionDetail.agent")

        v_contact = d.get("contact", UNSET)
        if v_contact.__class__ is dict:
            v_contact = _from_dict_LogActionDetailContactType0(v_contact)
        elif v_contact is not UNSET and v_contact is not None:
            v_contact = mismatch(v_contact, "LogActionDetail.contact")

        v_customer = d.get("customer", UNSET)
        if v_customer.__class__ is dict:
            v_customer = _from_dict_LogActionDetailCustomerType0(v_customer)
        elif v_customer is not UNSET and v_customer is not None:
            v_customer = mismatch(v_customer, "LogActionDetail.customer")

        v_request = d.get("request", UNSET)
        if v_request.__class__ is dict:
            v_request = _from_dict_LogActionDetailRequest(v_request)
        elif v_request is None:
            v_request = unexpected_null("LogActionDetail.request")
        elif v_request is not UNSET and v_request is not None:
            v_request = mismatch(v_request, "LogActionDetail.request")

        v_response = d.get("response", UNSET)
        if v_response.__class__ is dict:
            v_response = _from_dict_LogActionDetailResponse(v_response)
        elif v_response is None:
            v_response = unexpected_null("LogActionDetail.response")
        elif v_response is not UNSET and v_response is not None:
            v_response = mismatch(v_response, "LogActionDetail.response")

        v_error = d.get("error", UNSET)

        v_extras = d.get("extras", UNSET)
        if v_extras.__class__ is dict:
            v_extras = _from_dict_LogActionDetailExtras(v_extras)
        elif v_extras is None:
            v_extras = unexpected_null("LogActionDetail.extras")
        elif v_extras is not UNSET and v_extras is not None:
            v_extras = mismatch(v_extras, "LogActionDetail.extras")

        _instance = new_instance(cls)
        _instance.uuid = v_uuid
        _instance.type_ = v_type_
        _instance.name = v_name
        _instance.description = v_description
        _instance.status = v_status
        _instance.channel = v_channel
        _instance.duration_ms = v_duration_ms
        _instance.created_at = v_created_at
        _instance.agent = v_agent
        _instance.contact = v_contact
        _instance.customer = v_customer
        _instance.request = v_request
        _instance.response = v_response
        _instance.error = v_error
        _instance.extras = v_extras
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "LogActionDetail")
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


_values_LogActionDetailType = LogActionDetailType._value2member_map_


_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "uuid",
        "type",
        "name",
        "description",
        "status",
        "channel",
        "duration_ms",
        "created_at",
        "agent",
        "contact",
        "customer",
        "request",
        "response",
        "error",
        "extras",
    )
)

from ..models.log_action_detail_agent import LogActionDetailAgent
from ..models.log_action_detail_contact_type_0 import LogActionDetailContactType0
from ..models.log_action_detail_customer_type_0 import LogActionDetailCustomerType0
from ..models.log_action_detail_extras import LogActionDetailExtras
from ..models.log_action_detail_request import LogActionDetailRequest
from ..models.log_action_detail_response import LogActionDetailResponse

_from_dict_LogActionDetailAgent = LogActionDetailAgent.from_dict

_from_dict_LogActionDetailContactType0 = LogActionDetailContactType0.from_dict


_from_dict_LogActionDetailCustomerType0 = LogActionDetailCustomerType0.from_dict


_from_dict_LogActionDetailRequest = LogActionDetailRequest.from_dict

_from_dict_LogActionDetailResponse = LogActionDetailResponse.from_dict


_from_dict_LogActionDetailExtras = LogActionDetailExtras.from_dict
