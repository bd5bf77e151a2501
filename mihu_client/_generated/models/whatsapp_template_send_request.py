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
        agent_id = str(self.agent_id) if isinstance(self.agent_id, UUID) else self.agent_id

        template_id = str(self.template_id) if isinstance(self.template_id, UUID) else self.template_id

        phone_number = self.phone_number

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict() if hasattr(self.parameters, "to_dict") else self.parameters

        header: dict[str, Any] | Unset = UNSET
        if not isinstance(self.header, Unset):
            header = self.header.to_dict() if hasattr(self.header, "to_dict") else self.header

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agentId": agent_id,
                "templateId": template_id,
                "phoneNumber": phone_number,
            }
        )
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if header is not UNSET:
            field_dict["header"] = header

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        agent_id = d.get("agentId", UNSET)
        if agent_id.__class__ is str:
            agent_id = parse_uuid(agent_id, "WhatsappTemplateSendRequest.agentId")
        elif agent_id is UNSET:
            agent_id = missing("WhatsappTemplateSendRequest.agentId")
        elif agent_id is None:
            agent_id = unexpected_null("WhatsappTemplateSendRequest.agentId")
        elif agent_id is not UNSET and agent_id is not None:
            agent_id = mismatch(agent_id, "WhatsappTemplateSendRequest.agentId")

        template_id = d.get("templateId", UNSET)
        if template_id.__class__ is str:
            template_id = parse_uuid(template_id, "WhatsappTemplateSendRequest.templateId")
        elif template_id is UNSET:
            template_id = missing("WhatsappTemplateSendRequest.templateId")
        elif template_id is None:
            template_id = unexpected_null("WhatsappTemplateSendRequest.templateId")
        elif template_id is not UNSET and template_id is not None:
            template_id = mismatch(template_id, "WhatsappTemplateSendRequest.templateId")

        phone_number = d.get("phoneNumber", UNSET)
        if phone_number is UNSET:
            phone_number = missing("WhatsappTemplateSendRequest.phoneNumber")
        if phone_number is None:
            phone_number = unexpected_null("WhatsappTemplateSendRequest.phoneNumber")

        parameters = d.get("parameters", UNSET)
        if parameters.__class__ is dict:
            parameters = _from_dict_WhatsappTemplateSendRequestParameters(parameters)
        elif parameters is None:
            parameters = unexpected_null("WhatsappTemplateSendRequest.parameters")
        elif parameters is not UNSET and parameters is not None:
            parameters = mismatch(parameters, "WhatsappTemplateSendRequest.parameters")

        header = d.get("header", UNSET)
        if header.__class__ is dict:
            header = _from_dict_WhatsappTemplateSendHeader(header)
        elif header is None:
            header = unexpected_null("WhatsappTemplateSendRequest.header")
        elif header is not UNSET and header is not None:
            header = mismatch(header, "WhatsappTemplateSendRequest.header")

        whatsapp_template_send_request = new_instance(cls)
        whatsapp_template_send_request.agent_id = agent_id
        whatsapp_template_send_request.template_id = template_id
        whatsapp_template_send_request.phone_number = phone_number
        whatsapp_template_send_request.parameters = parameters
        whatsapp_template_send_request.header = header
        whatsapp_template_send_request.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "WhatsappTemplateSendRequest")
        )
        return whatsapp_template_send_request

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
