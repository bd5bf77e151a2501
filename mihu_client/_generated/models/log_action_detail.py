from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.log_action_detail_type import LogActionDetailType
from ..types import UNSET, Unset

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
        from ..models.log_action_detail_contact_type_0 import LogActionDetailContactType0
        from ..models.log_action_detail_customer_type_0 import LogActionDetailCustomerType0

        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid)

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        name = self.name

        description = self.description

        status = self.status

        channel = self.channel

        duration_ms = self.duration_ms

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        agent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent, Unset):
            agent = self.agent.to_dict()

        contact: dict[str, Any] | Unset | None
        if isinstance(self.contact, Unset):
            contact = UNSET
        elif isinstance(self.contact, LogActionDetailContactType0):
            contact = self.contact.to_dict()
        else:
            contact = self.contact

        customer: dict[str, Any] | Unset | None
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, LogActionDetailCustomerType0):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        request: dict[str, Any] | Unset = UNSET
        if not isinstance(self.request, Unset):
            request = self.request.to_dict()

        response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response, Unset):
            response = self.response.to_dict()

        error: str | Unset | None
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        extras: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extras, Unset):
            extras = self.extras.to_dict()

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
        from ..models.log_action_detail_agent import LogActionDetailAgent
        from ..models.log_action_detail_contact_type_0 import LogActionDetailContactType0
        from ..models.log_action_detail_customer_type_0 import LogActionDetailCustomerType0
        from ..models.log_action_detail_extras import LogActionDetailExtras
        from ..models.log_action_detail_request import LogActionDetailRequest
        from ..models.log_action_detail_response import LogActionDetailResponse

        d = dict(src_dict)
        _uuid = d.pop("uuid", UNSET)
        uuid: UUID | Unset
        if isinstance(_uuid, Unset):
            uuid = UNSET
        else:
            uuid = UUID(_uuid)

        _type_ = d.pop("type", UNSET)
        type_: LogActionDetailType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = LogActionDetailType(_type_)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        status = d.pop("status", UNSET)

        channel = d.pop("channel", UNSET)

        duration_ms = d.pop("duration_ms", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _agent = d.pop("agent", UNSET)
        agent: LogActionDetailAgent | Unset
        if isinstance(_agent, Unset):
            agent = UNSET
        else:
            agent = LogActionDetailAgent.from_dict(_agent)

        def _parse_contact(data: object) -> LogActionDetailContactType0 | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                contact_type_0 = LogActionDetailContactType0.from_dict(data)

                return contact_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LogActionDetailContactType0 | None | Unset, data)

        contact = _parse_contact(d.pop("contact", UNSET))

        def _parse_customer(data: object) -> LogActionDetailCustomerType0 | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_type_0 = LogActionDetailCustomerType0.from_dict(data)

                return customer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LogActionDetailCustomerType0 | None | Unset, data)

        customer = _parse_customer(d.pop("customer", UNSET))

        _request = d.pop("request", UNSET)
        request: LogActionDetailRequest | Unset
        if isinstance(_request, Unset):
            request = UNSET
        else:
            request = LogActionDetailRequest.from_dict(_request)

        _response = d.pop("response", UNSET)
        response: LogActionDetailResponse | Unset
        if isinstance(_response, Unset):
            response = UNSET
        else:
            response = LogActionDetailResponse.from_dict(_response)

        def _parse_error(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        _extras = d.pop("extras", UNSET)
        extras: LogActionDetailExtras | Unset
        if isinstance(_extras, Unset):
            extras = UNSET
        else:
            extras = LogActionDetailExtras.from_dict(_extras)

        log_action_detail = cls(
            uuid=uuid,
            type_=type_,
            name=name,
            description=description,
            status=status,
            channel=channel,
            duration_ms=duration_ms,
            created_at=created_at,
            agent=agent,
            contact=contact,
            customer=customer,
            request=request,
            response=response,
            error=error,
            extras=extras,
        )

        log_action_detail.additional_properties = d
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
