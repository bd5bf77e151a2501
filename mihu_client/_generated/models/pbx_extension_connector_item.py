from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pbx_extension_connector_item_connection_type_type_0 import PbxExtensionConnectorItemConnectionTypeType0
from ..models.pbx_extension_connector_item_setup_mode_type_0 import PbxExtensionConnectorItemSetupModeType0
from ..models.pbx_extension_connector_item_status import PbxExtensionConnectorItemStatus
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
    from ..models.pbx_extension_connector_item_auth import PbxExtensionConnectorItemAuth
    from ..models.pbx_extension_connector_item_inbound import PbxExtensionConnectorItemInbound
    from ..models.pbx_extension_connector_item_normalizer import PbxExtensionConnectorItemNormalizer
    from ..models.pbx_extension_connector_item_pbx import PbxExtensionConnectorItemPbx


T = TypeVar("T", bound="PbxExtensionConnectorItem")


@_attrs_define
class PbxExtensionConnectorItem:
    """A PBX extension connector that registers an existing SIP/PBX endpoint to an AI voice agent. Sensitive credentials
    (passwords) are never returned by the API.

    """

    pbx_extension_connector_uuid: UUID | Unset = UNSET
    name: str | Unset = UNSET
    """ Identifier sent to the SIP connector server. """
    status: PbxExtensionConnectorItemStatus | Unset = UNSET
    phone_number: str | Unset = UNSET
    agent_uuid: Unset | UUID | None = UNSET
    agent_name: str | Unset | None = UNSET
    sip_connector_server: str | Unset | None = UNSET
    """ IP of the SIP connector server allocated to your account. """
    connection_type: PbxExtensionConnectorItemConnectionTypeType0 | Unset | None = UNSET
    setup_mode: PbxExtensionConnectorItemSetupModeType0 | Unset | None = UNSET
    pbx: PbxExtensionConnectorItemPbx | Unset = UNSET
    inbound: PbxExtensionConnectorItemInbound | Unset = UNSET
    auth: PbxExtensionConnectorItemAuth | Unset = UNSET
    normalizer: PbxExtensionConnectorItemNormalizer | Unset = UNSET
    created_at: datetime.datetime | Unset | None = UNSET
    updated_at: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_pbx_extension_connector_uuid: str | Unset = UNSET
        if not isinstance(self.pbx_extension_connector_uuid, Unset):
            v_pbx_extension_connector_uuid = (
                str(self.pbx_extension_connector_uuid)
                if isinstance(self.pbx_extension_connector_uuid, UUID)
                else self.pbx_extension_connector_uuid
            )

        v_name = self.name

        v_status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            v_status = getattr(self.status, "value", self.status)

        v_phone_number = self.phone_number

        v_agent_uuid: str | Unset | None
        if isinstance(self.agent_uuid, Unset):
            v_agent_uuid = UNSET
        elif isinstance(self.agent_uuid, UUID):
            v_agent_uuid = str(self.agent_uuid) if isinstance(self.agent_uuid, UUID) else self.agent_uuid
        else:
            v_agent_uuid = self.agent_uuid

        v_agent_name: str | Unset | None
        if isinstance(self.agent_name, Unset):
            v_agent_name = UNSET
        else:
            v_agent_name = self.agent_name

        v_sip_connector_server: str | Unset | None
        if isinstance(self.sip_connector_server, Unset):
            v_sip_connector_server = UNSET
        else:
            v_sip_connector_server = self.sip_connector_server

        v_connection_type: str | Unset | None
        if isinstance(self.connection_type, Unset):
            v_connection_type = UNSET
        elif isinstance(self.connection_type, PbxExtensionConnectorItemConnectionTypeType0):
            v_connection_type = getattr(self.connection_type, "value", self.connection_type)
        else:
            v_connection_type = self.connection_type

        v_setup_mode: str | Unset | None
        if isinstance(self.setup_mode, Unset):
            v_setup_mode = UNSET
        elif isinstance(self.setup_mode, PbxExtensionConnectorItemSetupModeType0):
            v_setup_mode = getattr(self.setup_mode, "value", self.setup_mode)
        else:
            v_setup_mode = self.setup_mode

        v_pbx: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pbx, Unset):
            v_pbx = self.pbx.to_dict() if isinstance(self.pbx, PbxExtensionConnectorItemPbx) else self.pbx

        v_inbound: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inbound, Unset):
            v_inbound = (
                self.inbound.to_dict() if isinstance(self.inbound, PbxExtensionConnectorItemInbound) else self.inbound
            )

        v_auth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth, Unset):
            v_auth = self.auth.to_dict() if isinstance(self.auth, PbxExtensionConnectorItemAuth) else self.auth

        v_normalizer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.normalizer, Unset):
            v_normalizer = (
                self.normalizer.to_dict()
                if isinstance(self.normalizer, PbxExtensionConnectorItemNormalizer)
                else self.normalizer
            )

        v_created_at: str | Unset | None
        if isinstance(self.created_at, Unset):
            v_created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            v_created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )
        else:
            v_created_at = self.created_at

        v_updated_at: str | Unset | None
        if isinstance(self.updated_at, Unset):
            v_updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            v_updated_at = (
                self.updated_at.isoformat() if isinstance(self.updated_at, datetime.datetime) else self.updated_at
            )
        else:
            v_updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_pbx_extension_connector_uuid is not UNSET:
            field_dict["pbx_extension_connector_uuid"] = v_pbx_extension_connector_uuid
        if v_name is not UNSET:
            field_dict["name"] = v_name
        if v_status is not UNSET:
            field_dict["status"] = v_status
        if v_phone_number is not UNSET:
            field_dict["phone_number"] = v_phone_number
        if v_agent_uuid is not UNSET:
            field_dict["agent_uuid"] = v_agent_uuid
        if v_agent_name is not UNSET:
            field_dict["agent_name"] = v_agent_name
        if v_sip_connector_server is not UNSET:
            field_dict["sip_connector_server"] = v_sip_connector_server
        if v_connection_type is not UNSET:
            field_dict["connection_type"] = v_connection_type
        if v_setup_mode is not UNSET:
            field_dict["setup_mode"] = v_setup_mode
        if v_pbx is not UNSET:
            field_dict["pbx"] = v_pbx
        if v_inbound is not UNSET:
            field_dict["inbound"] = v_inbound
        if v_auth is not UNSET:
            field_dict["auth"] = v_auth
        if v_normalizer is not UNSET:
            field_dict["normalizer"] = v_normalizer
        if v_created_at is not UNSET:
            field_dict["created_at"] = v_created_at
        if v_updated_at is not UNSET:
            field_dict["updated_at"] = v_updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_pbx_extension_connector_uuid = d.get("pbx_extension_connector_uuid", UNSET)
        if v_pbx_extension_connector_uuid.__class__ is str:
            v_pbx_extension_connector_uuid = parse_uuid(
                v_pbx_extension_connector_uuid, "PbxExtensionConnectorItem.pbx_extension_connector_uuid"
            )
        elif v_pbx_extension_connector_uuid is None:
            v_pbx_extension_connector_uuid = unexpected_null("PbxExtensionConnectorItem.pbx_extension_connector_uuid")
        elif v_pbx_extension_connector_uuid is not UNSET and v_pbx_extension_connector_uuid is not None:
            v_pbx_extension_connector_uuid = mismatch(
                v_pbx_extension_connector_uuid, "PbxExtensionConnectorItem.pbx_extension_connector_uuid"
            )

        v_name = d.get("name", UNSET)
        if v_name is None:
            v_name = unexpected_null("PbxExtensionConnectorItem.name")

        v_status = d.get("status", UNSET)
        if v_status.__class__ is str:
            v_status = _values_PbxExtensionConnectorItemStatus.get(v_status) or enum_value(
                PbxExtensionConnectorItemStatus, v_status, "PbxExtensionConnectorItem.status"
            )
        elif v_status is None:
            v_status = unexpected_null("PbxExtensionConnectorItem.status")
        elif v_status is not UNSET and v_status is not None:
            v_status = mismatch(v_status, "PbxExtensionConnectorItem.status")

        v_phone_number = d.get("phone_number", UNSET)
        if v_phone_number is None:
            v_phone_number = unexpected_null("PbxExtensionConnectorItem.phone_number")

        v_agent_uuid = d.get("agent_uuid", UNSET)
        if v_agent_uuid.__class__ is str:
            v_agent_uuid = parse_uuid(v_agent_uuid, "PbxExtensionConnectorItem.agent_uuid")
        elif v_agent_uuid is not UNSET and v_agent_uuid is not None:
            v_agent_uuid = mismatch(v_agent_uuid, "PbxExtensionConnectorItem.agent_uuid")

        v_agent_name = d.get("agent_name", UNSET)

        v_sip_connector_server = d.get("sip_connector_server", UNSET)

        v_connection_type = d.get("connection_type", UNSET)
        if v_connection_type.__class__ is str:
            v_connection_type = _values_PbxExtensionConnectorItemConnectionTypeType0.get(
                v_connection_type
            ) or enum_value(
                PbxExtensionConnectorItemConnectionTypeType0,
                v_connection_type,
                "PbxExtensionConnectorItem.connection_type",
            )
        elif v_connection_type is not UNSET and v_connection_type is not None:
            v_connection_type = mismatch(v_connection_type, "PbxExtensionConnectorItem.connection_type")

        v_setup_mode = d.get("setup_mode", UNSET)
        if v_setup_mode.__class__ is str:
            v_setup_mode = _values_PbxExtensionConnectorItemSetupModeType0.get(v_setup_mode) or enum_value(
                PbxExtensionConnectorItemSetupModeType0, v_setup_mode, "PbxExtensionConnectorItem.setup_mode"
            )
        elif v_setup_mode is not UNSET and v_setup_mode is not None:
            v_setup_mode = mismatch(v_setup_mode, "PbxExtensionConnectorItem.setup_mode")

        v_pbx = d.get("pbx", UNSET)
        if v_pbx.__class__ is dict:
            v_pbx = _from_dict_PbxExtensionConnectorItemPbx(v_pbx)
        elif v_pbx is None:
            v_pbx = unexpected_null("PbxExtensionConnectorItem.pbx")
        elif v_pbx is not UNSET and v_pbx is not None:
            v_pbx = mismatch(v_pbx, "PbxExtensionConnectorItem.pbx")

        v_inbound = d.get("inbound", UNSET)
        if v_inbound.__class__ is dict:
            v_inbound = _from_dict_PbxExtensionConnectorItemInbound(v_inbound)
        elif v_inbound is None:
            v_inbound = unexpected_null("PbxExtensionConnectorItem.inbound")
        elif v_inbound is not UNSET and v_inbound is not None:
            v_inbound = mismatch(v_inbound, "PbxExtensionConnectorItem.inbound")

        v_auth = d.get("auth", UNSET)
        if v_auth.__class__ is dict:
            v_auth = _from_dict_PbxExtensionConnectorItemAuth(v_auth)
        elif v_auth is None:
            v_auth = unexpected_null("PbxExtensionConnectorItem.auth")
        elif v_auth is not UNSET and v_auth is not None:
            v_auth = mismatch(v_auth, "PbxExtensionConnectorItem.auth")

        v_normalizer = d.get("normalizer", UNSET)
        if v_normalizer.__class__ is dict:
            v_normalizer = _from_dict_PbxExtensionConnectorItemNormalizer(v_normalizer)
        elif v_normalizer is None:
            v_normalizer = unexpected_null("PbxExtensionConnectorItem.normalizer")
        elif v_normalizer is not UNSET and v_normalizer is not None:
            v_normalizer = mismatch(v_normalizer, "PbxExtensionConnectorItem.normalizer")

        v_created_at = d.get("created_at", UNSET)
        if v_created_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_created_at = fromisoformat(v_created_at)
            except ValueError:
                v_created_at = parse_datetime(v_created_at, "PbxExtensionConnectorItem.created_at")
        elif v_created_at is not UNSET and v_created_at is not None:
            v_created_at = mismatch(v_created_at, "PbxExtensionConnectorItem.created_at")

        v_updated_at = d.get("updated_at", UNSET)
        if v_updated_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_updated_at = fromisoformat(v_updated_at)
            except ValueError:
                v_updated_at = parse_datetime(v_updated_at, "PbxExtensionConnectorItem.updated_at")
        elif v_updated_at is not UNSET and v_updated_at is not None:
            v_updated_at = mismatch(v_updated_at, "PbxExtensionConnectorItem.updated_at")

        _instance = new_instance(cls)
        _instance.pbx_extension_connector_uuid = v_pbx_extension_connector_uuid
        _instance.name = v_name
        _instance.status = v_status
        _instance.phone_number = v_phone_number
        _instance.agent_uuid = v_agent_uuid
        _instance.agent_name = v_agent_name
        _instance.sip_connector_server = v_sip_connector_server
        _instance.connection_type = v_connection_type
        _instance.setup_mode = v_setup_mode
        _instance.pbx = v_pbx
        _instance.inbound = v_inbound
        _instance.auth = v_auth
        _instance.normalizer = v_normalizer
        _instance.created_at = v_created_at
        _instance.updated_at = v_updated_at
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PbxExtensionConnectorItem")
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


_values_PbxExtensionConnectorItemStatus = PbxExtensionConnectorItemStatus._value2member_map_


_values_PbxExtensionConnectorItemConnectionTypeType0 = PbxExtensionConnectorItemConnectionTypeType0._value2member_map_


_values_PbxExtensionConnectorItemSetupModeType0 = PbxExtensionConnectorItemSetupModeType0._value2member_map_


_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "pbx_extension_connector_uuid",
        "name",
        "status",
        "phone_number",
        "agent_uuid",
        "agent_name",
        "sip_connector_server",
        "connection_type",
        "setup_mode",
        "pbx",
        "inbound",
        "auth",
        "normalizer",
        "created_at",
        "updated_at",
    )
)

from ..models.pbx_extension_connector_item_auth import PbxExtensionConnectorItemAuth
from ..models.pbx_extension_connector_item_inbound import PbxExtensionConnectorItemInbound
from ..models.pbx_extension_connector_item_normalizer import PbxExtensionConnectorItemNormalizer
from ..models.pbx_extension_connector_item_pbx import PbxExtensionConnectorItemPbx

_from_dict_PbxExtensionConnectorItemPbx = PbxExtensionConnectorItemPbx.from_dict

_from_dict_PbxExtensionConnectorItemInbound = PbxExtensionConnectorItemInbound.from_dict

_from_dict_PbxExtensionConnectorItemAuth = PbxExtensionConnectorItemAuth.from_dict

_from_dict_PbxExtensionConnectorItemNormalizer = PbxExtensionConnectorItemNormalizer.from_dict
