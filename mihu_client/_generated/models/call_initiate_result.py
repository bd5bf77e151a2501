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
        v_id = self.id

        v_agent_id = self.agent_id

        v_status = self.status

        v_provider: str | Unset | None
        if isinstance(self.provider, Unset):
            v_provider = UNSET
        else:
            v_provider = self.provider

        v_conversation_uuid: str | Unset = UNSET
        if not isinstance(self.conversation_uuid, Unset):
            v_conversation_uuid = (
                str(self.conversation_uuid) if isinstance(self.conversation_uuid, UUID) else self.conversation_uuid
            )

        v_contact_uuid: str | Unset | None
        if isinstance(self.contact_uuid, Unset):
            v_contact_uuid = UNSET
        else:
            v_contact_uuid = self.contact_uuid

        v_listen_url: str | Unset | None
        if isinstance(self.listen_url, Unset):
            v_listen_url = UNSET
        else:
            v_listen_url = self.listen_url

        v_record_url: str | Unset | None
        if isinstance(self.record_url, Unset):
            v_record_url = UNSET
        else:
            v_record_url = self.record_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_id is not UNSET:
            field_dict["id"] = v_id
        if v_agent_id is not UNSET:
            field_dict["agentId"] = v_agent_id
        if v_status is not UNSET:
            field_dict["status"] = v_status
        if v_provider is not UNSET:
            field_dict["provider"] = v_provider
        if v_conversation_uuid is not UNSET:
            field_dict["conversation_uuid"] = v_conversation_uuid
        if v_contact_uuid is not UNSET:
            field_dict["contact_uuid"] = v_contact_uuid
        if v_listen_url is not UNSET:
            field_dict["listen_url"] = v_listen_url
        if v_record_url is not UNSET:
            field_dict["record_url"] = v_record_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_id = d.get("id", UNSET)
        if v_id is None:
            v_id = unexpected_null("CallInitiateResult.id")

        v_agent_id = d.get("agentId", UNSET)
        if v_agent_id is None:
            v_agent_id = unexpected_null("CallInitiateResult.agentId")

        v_status = d.get("status", UNSET)
        if v_status is None:
            v_status = unexpected_null("CallInitiateResult.status")

        v_provider = d.get("provider", UNSET)

        v_conversation_uuid = d.get("conversation_uuid", UNSET)
        if v_conversation_uuid.__class__ is str:
            v_conversation_uuid = parse_uuid(v_conversation_uuid, "CallInitiateResult.conversation_uuid")
        elif v_conversation_uuid is None:
            v_conversation_uuid = unexpected_null("CallInitiateResult.conversation_uuid")
        elif v_conversation_uuid is not UNSET and v_conversation_uuid is not None:
            v_conversation_uuid = mismatch(v_conversation_uuid, "CallInitiateResult.conversation_uuid")

        v_contact_uuid = d.get("contact_uuid", UNSET)

        v_listen_url = d.get("listen_url", UNSET)

        v_record_url = d.get("record_url", UNSET)

        _instance = new_instance(cls)
        _instance.id = v_id
        _instance.agent_id = v_agent_id
        _instance.status = v_status
        _instance.provider = v_provider
        _instance.conversation_uuid = v_conversation_uuid
        _instance.contact_uuid = v_contact_uuid
        _instance.listen_url = v_listen_url
        _instance.record_url = v_record_url
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "CallInitiateResult")
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
