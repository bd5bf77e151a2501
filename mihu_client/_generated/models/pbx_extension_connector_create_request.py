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
        v_agent_uuid = str(self.agent_uuid) if isinstance(self.agent_uuid, UUID) else self.agent_uuid

        v_phone_number = self.phone_number

        v_registrar_server = self.registrar_server

        v_username_extension = self.username_extension

        v_pbx_password = self.pbx_password

        v_allowed_ip: str | Unset | None
        if isinstance(self.allowed_ip, Unset):
            v_allowed_ip = UNSET
        else:
            v_allowed_ip = self.allowed_ip

        v_setup_mode: str | Unset = UNSET
        if not isinstance(self.setup_mode, Unset):
            v_setup_mode = getattr(self.setup_mode, "value", self.setup_mode)

        v_connection_type: str | Unset = UNSET
        if not isinstance(self.connection_type, Unset):
            v_connection_type = getattr(self.connection_type, "value", self.connection_type)

        v_port = self.port

        v_auth_username: str | Unset | None
        if isinstance(self.auth_username, Unset):
            v_auth_username = UNSET
        else:
            v_auth_username = self.auth_username

        v_auth_password: str | Unset | None
        if isinstance(self.auth_password, Unset):
            v_auth_password = UNSET
        else:
            v_auth_password = self.auth_password

        v_normalizer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.normalizer, Unset):
            v_normalizer = (
                self.normalizer.to_dict()
                if isinstance(self.normalizer, PbxExtensionConnectorCreateRequestNormalizer)
                else self.normalizer
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(v_agent_uuid, Unset):
            field_dict["agent_uuid"] = v_agent_uuid
        if not isinstance(v_phone_number, Unset):
            field_dict["phone_number"] = v_phone_number
        if not isinstance(v_registrar_server, Unset):
            field_dict["registrar_server"] = v_registrar_server
        if not isinstance(v_username_extension, Unset):
            field_dict["username_extension"] = v_username_extension
        if not isinstance(v_pbx_password, Unset):
            field_dict["pbx_password"] = v_pbx_password
        if v_allowed_ip is not UNSET:
            field_dict["allowed_ip"] = v_allowed_ip
        if v_setup_mode is not UNSET:
            field_dict["setup_mode"] = v_setup_mode
        if v_connection_type is not UNSET:
            field_dict["connection_type"] = v_connection_type
        if v_port is not UNSET:
            field_dict["port"] = v_port
        if v_auth_username is not UNSET:
            field_dict["auth_username"] = v_auth_username
        if v_auth_password is not UNSET:
            field_dict["auth_password"] = v_auth_password
        if v_normalizer is not UNSET:
            field_dict["normalizer"] = v_normalizer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_agent_uuid = d.get("agent_uuid", UNSET)
        if v_agent_uuid.__class__ is str:
            v_agent_uuid = parse_uuid(v_agent_uuid, "PbxExtensionConnectorCreateRequest.agent_uuid")
        elif v_agent_uuid is UNSET:
            v_agent_uuid = missing("PbxExtensionConnectorCreateRequest.agent_uuid")
        elif v_agent_uuid is None:
            v_agent_uuid = unexpected_null("PbxExtensionConnectorCreateRequest.agent_uuid")
        elif v_agent_uuid is not UNSET and v_agent_uuid is not None:
            v_agent_uuid = mismatch(v_agent_uuid, "PbxExtensionConnectorCreateRequest.agent_uuid")

        v_phone_number = d.get("phone_number", UNSET)
        if v_phone_number is UNSET:
            v_phone_number = missing("PbxExtensionConnectorCreateRequest.phone_number")
        if v_phone_number is None:
            v_phone_number = unexpected_null("PbxExtensionConnectorCreateRequest.phone_number")

        v_registrar_server = d.get("registrar_server", UNSET)
        if v_registrar_server is UNSET:
            v_registrar_server = missing("PbxExtensionConnectorCreateRequest.registrar_server")
        if v_registrar_server is None:
            v_registrar_server = unexpected_null("PbxExtensionConnectorCreateRequest.registrar_server")

        v_username_extension = d.get("username_extension", UNSET)
        if v_username_extension is UNSET:
            v_username_extension = missing("PbxExtensionConnectorCreateRequest.username_extension")
        if v_username_extension is None:
            v_username_extension = unexpected_null("PbxExtensionConnectorCreateRequest.username_extension")

        v_pbx_password = d.get("pbx_password", UNSET)
        if v_pbx_password is UNSET:
            v_pbx_password = missing("PbxExtensionConnectorCreateRequest.pbx_password")
        if v_pbx_password is None:
            v_pbx_password = unexpected_null("PbxExtensionConnectorCreateRequest.pbx_password")

        v_allowed_ip = d.get("allowed_ip", UNSET)

        v_setup_mode = d.get("setup_mode", UNSET)
        if v_setup_mode.__class__ is str:
            v_setup_mode = _values_PbxExtensionConnectorCreateRequestSetupMode.get(v_setup_mode) or enum_value(
                PbxExtensionConnectorCreateRequestSetupMode,
                v_setup_mode,
                "PbxExtensionConnectorCreateRequest.setup_mode",
            )
        elif v_setup_mode is None:
            v_setup_mode = unexpected_null("PbxExtensionConnectorCreateRequest.setup_mode")
        elif v_setup_mode is not UNSET and v_setup_mode is not None:
            v_setup_mode = mismatch(v_setup_mode, "PbxExtensionConnectorCreateRequest.setup_mode")

        v_connection_type = d.get("connection_type", UNSET)
        if v_connection_type.__class__ is str:
            v_connection_type = _values_PbxExtensionConnectorCreateRequestConnectionType.get(
                v_connection_type
            ) or enum_value(
                PbxExtensionConnectorCreateRequestConnectionType,
                v_connection_type,
                "PbxExtensionConnectorCreateRequest.connection_type",
            )
        elif v_connection_type is None:
            v_connection_type = unexpected_null("PbxExtensionConnectorCreateRequest.connection_type")
        elif v_connection_type is not UNSET and v_connection_type is not None:
            v_connection_type = mismatch(v_connection_type, "PbxExtensionConnectorCreateRequest.connection_type")

        v_port = d.get("port", UNSET)
        if v_port is None:
            v_port = unexpected_null("PbxExtensionConnectorCreateRequest.port")

        v_auth_username = d.get("auth_username", UNSET)

        v_auth_password = d.get("auth_password", UNSET)

        v_normalizer = d.get("normalizer", UNSET)
        if v_normalizer.__class__ is dict:
            v_normalizer = _from_dict_PbxExtensionConnectorCreateRequestNormalizer(v_normalizer)
        elif v_normalizer is None:
            v_normalizer = unexpected_null("PbxExtensionConnectorCreateRequest.normalizer")
        elif v_normalizer is not UNSET and v_normalizer is not None:
            v_normalizer = mismatch(v_normalizer, "PbxExtensionConnectorCreateRequest.normalizer")

        _instance = new_instance(cls)
        _instance.agent_uuid = v_agent_uuid
        _instance.phone_number = v_phone_number
        _instance.registrar_server = v_registrar_server
        _instance.username_extension = v_username_extension
        _instance.pbx_password = v_pbx_password
        _instance.allowed_ip = v_allowed_ip
        _instance.setup_mode = v_setup_mode
        _instance.connection_type = v_connection_type
        _instance.port = v_port
        _instance.auth_username = v_auth_username
        _instance.auth_password = v_auth_password
        _instance.normalizer = v_normalizer
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PbxExtensionConnectorCreateRequest")
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


_values_PbxExtensionConnectorCreateRequestSetupMode = PbxExtensionConnectorCreateRequestSetupMode._value2member_map_

_values_PbxExtensionConnectorCreateRequestConnectionType = (
    PbxExtensionConnectorCreateRequestConnectionType._value2member_map_
)


_FIELD_NAMES: frozenset[str] = frozenset(
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
