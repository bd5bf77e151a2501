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
        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid) if isinstance(self.uuid, UUID) else self.uuid

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = getattr(self.type_, "value", self.type_)

        name = self.name

        description = self.description

        status = self.status

        channel = self.channel

        duration_ms = self.duration_ms

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        agent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent, Unset):
            agent = self.agent.to_dict() if hasattr(self.agent, "to_dict") else self.agent

        contact: dict[str, Any] | Unset | None
        if isinstance(self.contact, Unset):
            contact = UNSET
        elif isinstance(self.contact, LogActionDetailContactType0):
            contact = self.contact.to_dict() if hasattr(self.contact, "to_dict") else self.contact
        else:
            contact = self.contact

        customer: dict[str, Any] | Unset | None
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, LogActionDetailCustomerType0):
            customer = self.customer.to_dict() if hasattr(self.customer, "to_dict") else self.customer
        else:
            customer = self.customer

        request: dict[str, Any] | Unset = UNSET
        if not isinstance(self.request, Unset):
            request = self.request.to_dict() if hasattr(self.request, "to_dict") else self.request

        response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response, Unset):
            response = self.response.to_dict() if hasattr(self.response, "to_dict") else self.response

        error: str | Unset | None
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        extras: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extras, Unset):
            extras = self.extras.to_dict() if hasattr(self.extras, "to_dict") else self.extras

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if channel is not UNSET:
            field_dict["channel"] = channel
        if duration_ms is not UNSET:
            field_dict["duration_ms"] = duration_ms
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if agent is not UNSET:
            field_dict["agent"] = agent
        if contact is not UNSET:
            field_dict["contact"] = contact
        if customer is not UNSET:
            field_dict["customer"] = customer
        if request is not UNSET:
            field_dict["request"] = request
        if response is not UNSET:
            field_dict["response"] = response
        if error is not UNSET:
            field_dict["error"] = error
        if extras is not UNSET:
            field_dict["extras"] = extras

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        uuid = d.get("uuid", UNSET)
        if uuid.__class__ is str:
            uuid = parse_uuid(uuid, "LogActionDetail.uuid")
        elif uuid is None:
            uuid = unexpected_null("LogActionDetail.uuid")
        elif uuid is not UNSET and uuid is not None:
            uuid = mismatch(uuid, "LogActionDetail.uuid")

        type_ = d.get("type", UNSET)
        if type_.__class__ is str:
            type_ = _values_LogActionDetailType.get(type_) or enum_value(
                LogActionDetailType, type_, "LogActionDetail.type"
            )
        elif type_ is None:
            type_ = unexpected_null("LogActionDetail.type")
        elif type_ is not UNSET and type_ is not None:
            type_ = mismatch(type_, "LogActionDetail.type")

        name = d.get("name", UNSET)
        if name is None:
            name = unexpected_null("LogActionDetail.name")

        description = d.get("description", UNSET)
        if description is None:
            description = unexpected_null("LogActionDetail.description")

        status = d.get("status", UNSET)
        if status is None:
            status = unexpected_null("LogActionDetail.status")

        channel = d.get("channel", UNSET)
        if channel is None:
            channel = unexpected_null("LogActionDetail.channel")

        duration_ms = d.get("duration_ms", UNSET)
        if duration_ms is None:
            duration_ms = unexpected_null("LogActionDetail.duration_ms")

        created_at = d.get("created_at", UNSET)
        if created_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                created_at = fromisoformat(created_at)
            except ValueError:
                created_at = parse_datetime(created_at, "LogActionDetail.created_at")
        elif created_at is None:
            created_at = unexpected_null("LogActionDetail.created_at")
        elif created_at is not UNSET and created_at is not None:
            created_at = mismatch(created_at, "LogActionDetail.created_at")

        agent = d.get("agent", UNSET)
        if agent.__class__ is dict:
            agent = _from_dict_LogActionDetailAgent(agent)
        elif agent is None:
            agent = unexpected_null("LogActionDetail.agent")
        elif agent is not UNSET and agent is not None:
            agent = mismatch(agent, "LogActionDetail.agent")

        contact = d.get("contact", UNSET)
        if contact.__class__ is dict:
            contact = _from_dict_LogActionDetailContactType0(contact)
        elif contact is not UNSET and contact is not None:
            contact = mismatch(contact, "LogActionDetail.contact")

        customer = d.get("customer", UNSET)
        if customer.__class__ is dict:
            customer = _from_dict_LogActionDetailCustomerType0(customer)
        elif customer is not UNSET and customer is not None:
            customer = mismatch(customer, "LogActionDetail.customer")

        request = d.get("request", UNSET)
        if request.__class__ is dict:
            request = _from_dict_LogActionDetailRequest(request)
        elif request is None:
            request = unexpected_null("LogActionDetail.request")
        elif request is not UNSET and request is not None:
            request = mismatch(request, "LogActionDetail.request")

        response = d.get("response", UNSET)
        if response.__class__ is dict:
            response = _from_dict_LogActionDetailResponse(response)
        elif response is None:
            response = unexpected_null("LogActionDetail.response")
        elif response is not UNSET and response is not None:
            response = mismatch(response, "LogActionDetail.response")

        error = d.get("error", UNSET)

        extras = d.get("extras", UNSET)
        if extras.__class__ is dict:
            extras = _from_dict_LogActionDetailExtras(extras)
        elif extras is None:
            extras = unexpected_null("LogActionDetail.extras")
        elif extras is not UNSET and extras is not None:
            extras = mismatch(extras, "LogActionDetail.extras")

        log_action_detail = new_instance(cls)
        log_action_detail.uuid = uuid
        log_action_detail.type_ = type_
        log_action_detail.name = name
        log_action_detail.description = description
        log_action_detail.status = status
        log_action_detail.channel = channel
        log_action_detail.duration_ms = duration_ms
        log_action_detail.created_at = created_at
        log_action_detail.agent = agent
        log_action_detail.contact = contact
        log_action_detail.customer = customer
        log_action_detail.request = request
        log_action_detail.response = response
        log_action_detail.error = error
        log_action_detail.extras = extras
        log_action_detail.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "LogActionDetail")
        )
        return log_action_detail

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


_FIELD_NAMES = frozenset(
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
