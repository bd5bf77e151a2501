from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    mismatch,
    missing,
    new_instance,
    parse_uuid,
    unexpected_null,
    unknown_fields,
)

if TYPE_CHECKING:
    from ..models.whatsapp_template_send_header import WhatsappTemplateSendHeader
    from ..models.whatsapp_template_send_request_parameters import WhatsappTemplateSendRequestParameters


T = TypeVar("T", bound="WhatsappTemplateSendRequest")


@_attrs_define
class WhatsappTemplateSendRequest:
    agent_id: UUID
    """ Agent with a configured WhatsApp channel. """
    template_id: UUID
    """ Approved template to send. """
    phone_number: str
    """ Recipient in E.164 format. """
    parameters: WhatsappTemplateSendRequestParameters | Unset = UNSET
    """ Placeholder values keyed field1, field2, ... matching {{1}}, {{2}}, ... """
    header: WhatsappTemplateSendHeader | Unset = UNSET
    """ Optional media header for templates with an IMAGE/VIDEO/DOCUMENT header (newer docs only). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_agent_id = str(self.agent_id) if isinstance(self.agent_id, UUID) else self.agent_id

        v_template_id = str(self.template_id) if isinstance(self.template_id, UUID) else self.template_id

        v_phone_number = self.phone_number

        v_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            v_parameters = (
                self.parameters.to_dict()
                if isinstance(self.parameters, WhatsappTemplateSendRequestParameters)
                else self.parameters
            )

        v_header: dict[str, Any] | Unset = UNSET
        if not isinstance(self.header, Unset):
            v_header = self.header.to_dict() if isinstance(self.header, WhatsappTemplateSendHeader) else self.header

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(v_agent_id, Unset):
            field_dict["agentId"] = v_agent_id
        if not isinstance(v_template_id, Unset):
            field_dict["templateId"] = v_template_id
        if not isinstance(v_phone_number, Unset):
            field_dict["phoneNumber"] = v_phone_number
        if v_parameters is not UNSET:
            field_dict["parameters"] = v_parameters
        if v_header is not UNSET:
            field_dict["header"] = v_header

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_agent_id = d.get("agentId", UNSET)
        if v_agent_id.__class__ is str:
            v_agent_id = parse_uuid(v_agent_id, "WhatsappTemplateSendRequest.agentId")
        elif v_agent_id is UNSET:
            v_agent_id = missing("WhatsappTemplateSendRequest.agentId")
        elif v_agent_id is None:
            v_agent_id = unexpected_null("WhatsappTemplateSendRequest.agentId")
        elif v_agent_id is not UNSET and v_agent_id is not None:
            v_agent_id = mismatch(v_agent_id, "WhatsappTemplateSendRequest.agentId")

        v_template_id = d.get("templateId", UNSET)
        if v_template_id.__class__ is str:
            v_template_id = parse_uuid(v_template_id, "WhatsappTemplateSendRequest.templateId")
        elif v_template_id is UNSET:
            v_template_id = missing("WhatsappTemplateSendRequest.templateId")
        elif v_template_id is None:
            v_template_id = unexpected_null("WhatsappTemplateSendRequest.templateId")
        elif v_template_id is not UNSET and v_template_id is not None:
            v_template_id = mismatch(v_template_id, "WhatsappTemplateSendRequest.templateId")

        v_phone_number = d.get("phoneNumber", UNSET)
        if v_phone_number is UNSET:
            v_phone_number = missing("WhatsappTemplateSendRequest.phoneNumber")
        if v_phone_number is None:
            v_phone_number = unexpected_null("WhatsappTemplateSendRequest.phoneNumber")

        v_parameters = d.get("parameters", UNSET)
        if v_parameters.__class__ is dict:
            v_parameters = _from_dict_WhatsappTemplateSendRequestParameters(v_parameters)
        elif v_parameters is None:
            v_parameters = unexpected_null("WhatsappTemplateSendRequest.parameters")
        elif v_parameters is not UNSET and v_parameters is not None:
            v_parameters = mismatch(v_parameters, "WhatsappTemplateSendRequest.parameters")

        v_header = d.get("header", UNSET)
        if v_header.__class__ is dict:
            v_header = _from_dict_WhatsappTemplateSendHeader(v_header)
        elif v_header is None:
            v_header = unexpected_null("WhatsappTemplateSendRequest.header")
        elif v_header is not UNSET and v_header is not None:
            v_header = mismatch(v_header, "WhatsappTemplateSendRequest.header")

        _instance = new_instance(cls)
        _instance.agent_id = v_agent_id
        _instance.template_id = v_template_id
        _instance.phone_number = v_phone_number
        _instance.parameters = v_parameters
        _instance.header = v_header
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "WhatsappTemplateSendRequest")
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
        "agentId",
        "templateId",
        "phoneNumber",
        "parameters",
        "header",
    )
)

from ..models.whatsapp_template_send_header import WhatsappTemplateSendHeader
from ..models.whatsapp_template_send_request_parameters import WhatsappTemplateSendRequestParameters

_from_dict_WhatsappTemplateSendRequestParameters = WhatsappTemplateSendRequestParameters.from_dict

_from_dict_WhatsappTemplateSendHeader = WhatsappTemplateSendHeader.from_dict
