from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        agent_id = str(self.agent_id)

        template_id = str(self.template_id)

        phone_number = self.phone_number

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        header: dict[str, Any] | Unset = UNSET
        if not isinstance(self.header, Unset):
            header = self.header.to_dict()

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
        from ..models.whatsapp_template_send_header import WhatsappTemplateSendHeader
        from ..models.whatsapp_template_send_request_parameters import WhatsappTemplateSendRequestParameters

        d = dict(src_dict)
        agent_id = UUID(d.pop("agentId"))

        template_id = UUID(d.pop("templateId"))

        phone_number = d.pop("phoneNumber")

        _parameters = d.pop("parameters", UNSET)
        parameters: WhatsappTemplateSendRequestParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = WhatsappTemplateSendRequestParameters.from_dict(_parameters)

        _header = d.pop("header", UNSET)
        header: WhatsappTemplateSendHeader | Unset
        if isinstance(_header, Unset):
            header = UNSET
        else:
            header = WhatsappTemplateSendHeader.from_dict(_header)

        whatsapp_template_send_request = cls(
            agent_id=agent_id,
            template_id=template_id,
            phone_number=phone_number,
            parameters=parameters,
            header=header,
        )

        whatsapp_template_send_request.additional_properties = d
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
