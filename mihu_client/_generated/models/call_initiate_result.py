from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    mismatch,
    new_instance,
    parse_uuid,
    unexpected_null,
    unknown_fields,
)

T = TypeVar("T", bound="CallInitiateResult")


@_attrs_define
class CallInitiateResult:
    id: str | Unset = UNSET
    agent_id: str | Unset = UNSET
    status: str | Unset = UNSET
    provider: str | Unset | None = UNSET
    """ Telephony provider (only in older doc versions). """
    conversation_uuid: UUID | Unset = UNSET
    """ Identifier used by the Call Actions endpoints. """
    contact_uuid: str | Unset | None = UNSET
    listen_url: str | Unset | None = UNSET
    record_url: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        agent_id = self.agent_id

        status = self.status

        provider: str | Unset | None
        if isinstance(self.provider, Unset):
            provider = UNSET
        else:
            provider = self.provider

        conversation_uuid: str | Unset = UNSET
        if not isinstance(self.conversation_uuid, Unset):
            conversation_uuid = (
                str(self.conversation_uuid) if isinstance(self.conversation_uuid, UUID) else self.conversation_uuid
            )

        contact_uuid: str | Unset | None
        if isinstance(self.contact_uuid, Unset):
            contact_uuid = UNSET
        else:
            contact_uuid = self.contact_uuid

        listen_url: str | Unset | None
        if isinstance(self.listen_url, Unset):
            listen_url = UNSET
        else:
            listen_url = self.listen_url

        record_url: str | Unset | None
        if isinstance(self.record_url, Unset):
            record_url = UNSET
        else:
            record_url = self.record_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if agent_id is not UNSET:
            field_dict["agentId"] = agent_id
        if status is not UNSET:
            field_dict["status"] = status
        if provider is not UNSET:
            field_dict["provider"] = provider
        if conversation_uuid is not UNSET:
            field_dict["conversation_uuid"] = conversation_uuid
        if contact_uuid is not UNSET:
            field_dict["contact_uuid"] = contact_uuid
        if listen_url is not UNSET:
            field_dict["listen_url"] = listen_url
        if record_url is not UNSET:
            field_dict["record_url"] = record_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        id = d.get("id", UNSET)
        if id is None:
            id = unexpected_null("CallInitiateResult.id")

        agent_id = d.get("agentId", UNSET)
        if agent_id is None:
            agent_id = unexpected_null("CallInitiateResult.agentId")

        status = d.get("status", UNSET)
        if status is None:
            status = unexpected_null("CallInitiateResult.status")

        provider = d.get("provider", UNSET)

        conversation_uuid = d.get("conversation_uuid", UNSET)
        if conversation_uuid.__class__ is str:
            conversation_uuid = parse_uuid(conversation_uuid, "CallInitiateResult.conversation_uuid")
        elif conversation_uuid is None:
            conversation_uuid = unexpected_null("CallInitiateResult.conversation_uuid")
        elif conversation_uuid is not UNSET and conversation_uuid is not None:
            conversation_uuid = mismatch(conversation_uuid, "CallInitiateResult.conversation_uuid")

        contact_uuid = d.get("contact_uuid", UNSET)

        listen_url = d.get("listen_url", UNSET)

        record_url = d.get("record_url", UNSET)

        call_initiate_result = new_instance(cls)
        call_initiate_result.id = id
        call_initiate_result.agent_id = agent_id
        call_initiate_result.status = status
        call_initiate_result.provider = provider
        call_initiate_result.conversation_uuid = conversation_uuid
        call_initiate_result.contact_uuid = contact_uuid
        call_initiate_result.listen_url = listen_url
        call_initiate_result.record_url = record_url
        call_initiate_result.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "CallInitiateResult")
        )
        return call_initiate_result

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
        "id",
        "agentId",
        "status",
        "provider",
        "conversation_uuid",
        "contact_uuid",
        "listen_url",
        "record_url",
    )
)
