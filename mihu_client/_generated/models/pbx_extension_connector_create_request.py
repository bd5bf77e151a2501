from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pbx_extension_connector_create_request_connection_type import (
    PbxExtensionConnectorCreateRequestConnectionType,
)
from ..models.pbx_extension_connector_create_request_setup_mode import PbxExtensionConnectorCreateRequestSetupMode
from ..types import (
    UNSET,
    Unset,
    enum_value,
    mismatch,
    missing,
    new_instance,
    parse_uuid,
    unexpected_null,
    unknown_fields,
)

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
        agent_uuid = str(self.agent_uuid) if isinstance(self.agent_uuid, UUID) else self.agent_uuid

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
            setup_mode = getattr(self.setup_mode, "value", self.setup_mode)

        connection_type: str | Unset = UNSET
        if not isinstance(self.connection_type, Unset):
            connection_type = getattr(self.connection_type, "value", self.connection_type)

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
            normalizer = self.normalizer.to_dict() if hasattr(self.normalizer, "to_dict") else self.normalizer

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
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        agent_uuid = d.get("agent_uuid", UNSET)
        if agent_uuid.__class__ is str:
            agent_uuid = parse_uuid(agent_uuid, "PbxExtensionConnectorCreateRequest.agent_uuid")
        elif agent_uuid is UNSET:
            agent_uuid = missing("PbxExtensionConnectorCreateRequest.agent_uuid")
        elif agent_uuid is None:
            agent_uuid = unexpected_null("PbxExtensionConnectorCreateRequest.agent_uuid")
        elif agent_uuid is not UNSET and agent_uuid is not None:
            agent_uuid = mismatch(agent_uuid, "PbxExtensionConnectorCreateRequest.agent_uuid")

        phone_number = d.get("phone_number", UNSET)
        if phone_number is UNSET:
            phone_number = missing("PbxExtensionConnectorCreateRequest.phone_number")
        if phone_number is None:
            phone_number = unexpected_null("PbxExtensionConnectorCreateRequest.phone_number")

        registrar_server = d.get("registrar_server", UNSET)
        if registrar_server is UNSET:
            registrar_server = missing("PbxExtensionConnectorCreateRequest.registrar_server")
        if registrar_server is None:
            registrar_server = unexpected_null("PbxExtensionConnectorCreateRequest.registrar_server")

        username_extension = d.get("username_extension", UNSET)
        if username_extension is UNSET:
            username_extension = missing("PbxExtensionConnectorCreateRequest.username_extension")
        if username_extension is None:
            username_extension = unexpected_null("PbxExtensionConnectorCreateRequest.username_extension")

        pbx_password = d.get("pbx_password", UNSET)
        if pbx_password is UNSET:
            pbx_password = missing("PbxExtensionConnectorCreateRequest.pbx_password")
        if pbx_password is None:
            pbx_password = unexpected_null("PbxExtensionConnectorCreateRequest.pbx_password")

        allowed_ip = d.get("allowed_ip", UNSET)

        setup_mode = d.get("setup_mode", UNSET)
        if setup_mode.__class__ is str:
            setup_mode = _values_PbxExtensionConnectorCreateRequestSetupMode.get(setup_mode) or enum_value(
                PbxExtensionConnectorCreateRequestSetupMode, setup_mode, "PbxExtensionConnectorCreateRequest.setup_mode"
            )
        elif setup_mode is None:
            setup_mode = unexpected_null("PbxExtensionConnectorCreateRequest.setup_mode")
        elif setup_mode is not UNSET and setup_mode is not None:
            setup_mode = mismatch(setup_mode, "PbxExtensionConnectorCreateRequest.setup_mode")

        connection_type = d.get("connection_type", UNSET)
        if connection_type.__class__ is str:
            connection_type = _values_PbxExtensionConnectorCreateRequestConnectionType.get(
                connection_type
            ) or enum_value(
                PbxExtensionConnectorCreateRequestConnectionType,
                connection_type,
                "PbxExtensionConnectorCreateRequest.connection_type",
            )
        elif connection_type is None:
            connection_type = unexpected_null("PbxExtensionConnectorCreateRequest.connection_type")
        elif connection_type is not UNSET and connection_type is not None:
            connection_type = mismatch(connection_type, "PbxExtensionConnectorCreateRequest.connection_type")

        port = d.get("port", UNSET)
        if port is None:
            port = unexpected_null("PbxExtensionConnectorCreateRequest.port")

        auth_username = d.get("auth_username", UNSET)

        auth_password = d.get("auth_password", UNSET)

        normalizer = d.get("normalizer", UNSET)
        if normalizer.__class__ is dict:
            normalizer = _from_dict_PbxExtensionConnectorCreateRequestNormalizer(normalizer)
        elif normalizer is None:
            normalizer = unexpected_null("PbxExtensionConnectorCreateRequest.normalizer")
        elif normalizer is not UNSET and normalizer is not None:
            normalizer = mismatch(normalizer, "PbxExtensionConnectorCreateRequest.normalizer")

        pbx_extension_connector_create_request = new_instance(cls)
        pbx_extension_connector_create_request.agent_uuid = agent_uuid
        pbx_extension_connector_create_request.phone_number = phone_number
        pbx_extension_connector_create_request.registrar_server = registrar_server
        pbx_extension_connector_create_request.username_extension = username_extension
        pbx_extension_connector_create_request.pbx_password = pbx_password
        pbx_extension_connector_create_request.allowed_ip = allowed_ip
        pbx_extension_connector_create_request.setup_mode = setup_mode
        pbx_extension_connector_create_request.connection_type = connection_type
        pbx_extension_connector_create_request.port = port
        pbx_extension_connector_create_request.auth_username = auth_username
        pbx_extension_connector_create_request.auth_password = auth_password
        pbx_extension_connector_create_request.normalizer = normalizer
        pbx_extension_connector_create_request.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PbxExtensionConnectorCreateRequest")
        )
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


_values_PbxExtensionConnectorCreateRequestSetupMode = PbxExtensionConnectorCreateRequestSetupMode._value2member_map_

_values_PbxExtensionConnectorCreateRequestConnectionType = (
    PbxExtensionConnectorCreateRequestConnectionType._value2member_map_
)


_FIELD_NAMES = frozenset(
    (
        "agent_uuid",
        "phone_number",
        "registrar_server",
        "username_extension",
        "pbx_password",
        "allowed_ip",
        "setup_mode",
        "connection_type",
        "port",
        "auth_username",
        "auth_password",
        "normalizer",
    )
)

from ..models.pbx_extension_connector_create_request_normalizer import PbxExtensionConnectorCreateRequestNormalizer

_from_dict_PbxExtensionConnectorCreateRequestNormalizer = PbxExtensionConnectorCreateRequestNormalizer.from_dict
