from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pbx_extension_connector_create_request_connection_type import (
    PbxExtensionConnectorCreateRequestConnectionType,
)
from ..models.pbx_extension_connector_create_request_setup_mode import PbxExtensionConnectorCreateRequestSetupMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pbx_extension_connector_create_request_normalizer import PbxExtensionConnectorCreateRequestNormalizer


T = TypeVar("T", bound="PbxExtensionConnectorCreateRequest")


@_attrs_define
class PbxExtensionConnectorCreateRequest:
    """Payload for registering a PBX extension against an AI voice agent. Field list taken from the documented curl
    example; the per-field docs were not visible, so the required list is inferred.

    """

    agent_uuid: UUID
    """ Agent that answers calls arriving on this extension. """
    phone_number: str
    """ Number (E.164) purchased from the platform that the extension maps to. """
    registrar_server: str
    """ Host name or IP of your PBX registrar. """
    username_extension: str
    """ Extension / SIP username on your PBX. """
    pbx_password: str
    """ Password of the PBX extension (write-only, never returned). """
    allowed_ip: str | Unset | None = UNSET
    """ Source IP allowed to send inbound traffic. """
    setup_mode: PbxExtensionConnectorCreateRequestSetupMode | Unset = UNSET
    """ Call directions handled by the connector. """
    connection_type: PbxExtensionConnectorCreateRequestConnectionType | Unset = UNSET
    """ SIP transport. """
    port: int | Unset = UNSET
    """ SIP port of the registrar. """
    auth_username: str | Unset | None = UNSET
    """ Separate SIP auth username, when it differs from the extension. """
    auth_password: str | Unset | None = UNSET
    """ Separate SIP auth password (write-only). """
    normalizer: PbxExtensionConnectorCreateRequestNormalizer | Unset = UNSET
    """ Dial-string normalisation rules. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_uuid = str(self.agent_uuid)

        phone_number = self.phone_number

        registrar_server = self.registrar_server

        username_extension = self.username_extension

        pbx_password = self.pbx_password

        allowed_ip: str | Unset | None
        if isinstance(self.allowed_ip, Unset):
            allowed_ip = UNSET
        else:
            allowed_ip = self.allowed_ip

        setup_mode: str | Unset = UNSET
        if not isinstance(self.setup_mode, Unset):
            setup_mode = self.setup_mode.value

        connection_type: str | Unset = UNSET
        if not isinstance(self.connection_type, Unset):
            connection_type = self.connection_type.value

        port = self.port

        auth_username: str | Unset | None
        if isinstance(self.auth_username, Unset):
            auth_username = UNSET
        else:
            auth_username = self.auth_username

        auth_password: str | Unset | None
        if isinstance(self.auth_password, Unset):
            auth_password = UNSET
        else:
            auth_password = self.auth_password

        normalizer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.normalizer, Unset):
            normalizer = self.normalizer.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_uuid": agent_uuid,
                "phone_number": phone_number,
                "registrar_server": registrar_server,
                "username_extension": username_extension,
                "pbx_password": pbx_password,
            }
        )
        if allowed_ip is not UNSET:
            field_dict["allowed_ip"] = allowed_ip
        if setup_mode is not UNSET:
            field_dict["setup_mode"] = setup_mode
        if connection_type is not UNSET:
            field_dict["connection_type"] = connection_type
        if port is not UNSET:
            field_dict["port"] = port
        if auth_username is not UNSET:
            field_dict["auth_username"] = auth_username
        if auth_password is not UNSET:
            field_dict["auth_password"] = auth_password
        if normalizer is not UNSET:
            field_dict["normalizer"] = normalizer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pbx_extension_connector_create_request_normalizer import (
            PbxExtensionConnectorCreateRequestNormalizer,
        )

        d = dict(src_dict)
        agent_uuid = UUID(d.pop("agent_uuid"))

        phone_number = d.pop("phone_number")

        registrar_server = d.pop("registrar_server")

        username_extension = d.pop("username_extension")

        pbx_password = d.pop("pbx_password")

        def _parse_allowed_ip(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        allowed_ip = _parse_allowed_ip(d.pop("allowed_ip", UNSET))

        _setup_mode = d.pop("setup_mode", UNSET)
        setup_mode: PbxExtensionConnectorCreateRequestSetupMode | Unset
        if isinstance(_setup_mode, Unset):
            setup_mode = UNSET
        else:
            setup_mode = PbxExtensionConnectorCreateRequestSetupMode(_setup_mode)

        _connection_type = d.pop("connection_type", UNSET)
        connection_type: PbxExtensionConnectorCreateRequestConnectionType | Unset
        if isinstance(_connection_type, Unset):
            connection_type = UNSET
        else:
            connection_type = PbxExtensionConnectorCreateRequestConnectionType(_connection_type)

        port = d.pop("port", UNSET)

        def _parse_auth_username(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        auth_username = _parse_auth_username(d.pop("auth_username", UNSET))

        def _parse_auth_password(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        auth_password = _parse_auth_password(d.pop("auth_password", UNSET))

        _normalizer = d.pop("normalizer", UNSET)
        normalizer: PbxExtensionConnectorCreateRequestNormalizer | Unset
        if isinstance(_normalizer, Unset):
            normalizer = UNSET
        else:
            normalizer = PbxExtensionConnectorCreateRequestNormalizer.from_dict(_normalizer)

        pbx_extension_connector_create_request = cls(
            agent_uuid=agent_uuid,
            phone_number=phone_number,
            registrar_server=registrar_server,
            username_extension=username_extension,
            pbx_password=pbx_password,
            allowed_ip=allowed_ip,
            setup_mode=setup_mode,
            connection_type=connection_type,
            port=port,
            auth_username=auth_username,
            auth_password=auth_password,
            normalizer=normalizer,
        )

        pbx_extension_connector_create_request.additional_properties = d
        return pbx_extension_connector_create_request

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
