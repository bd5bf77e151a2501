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
        pbx_extension_connector_uuid: str | Unset = UNSET
        if not isinstance(self.pbx_extension_connector_uuid, Unset):
            pbx_extension_connector_uuid = (
                str(self.pbx_extension_connector_uuid)
                if isinstance(self.pbx_extension_connector_uuid, UUID)
                else self.pbx_extension_connector_uuid
            )

        name = self.name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = getattr(self.status, "value", self.status)

        phone_number = self.phone_number

        agent_uuid: str | Unset | None
        if isinstance(self.agent_uuid, Unset):
            agent_uuid = UNSET
        elif isinstance(self.agent_uuid, UUID):
            agent_uuid = str(self.agent_uuid) if isinstance(self.agent_uuid, UUID) else self.agent_uuid
        else:
            agent_uuid = self.agent_uuid

        agent_name: str | Unset | None
        if isinstance(self.agent_name, Unset):
            agent_name = UNSET
        else:
            agent_name = self.agent_name

        sip_connector_server: str | Unset | None
        if isinstance(self.sip_connector_server, Unset):
            sip_connector_server = UNSET
        else:
            sip_connector_server = self.sip_connector_server

        connection_type: str | Unset | None
        if isinstance(self.connection_type, Unset):
            connection_type = UNSET
        elif isinstance(self.connection_type, PbxExtensionConnectorItemConnectionTypeType0):
            connection_type = getattr(self.connection_type, "value", self.connection_type)
        else:
            connection_type = self.connection_type

        setup_mode: str | Unset | None
        if isinstance(self.setup_mode, Unset):
            setup_mode = UNSET
        elif isinstance(self.setup_mode, PbxExtensionConnectorItemSetupModeType0):
            setup_mode = getattr(self.setup_mode, "value", self.setup_mode)
        else:
            setup_mode = self.setup_mode

        pbx: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pbx, Unset):
            pbx = self.pbx.to_dict() if hasattr(self.pbx, "to_dict") else self.pbx

        inbound: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inbound, Unset):
            inbound = self.inbound.to_dict() if hasattr(self.inbound, "to_dict") else self.inbound

        auth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth, Unset):
            auth = self.auth.to_dict() if hasattr(self.auth, "to_dict") else self.auth

        normalizer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.normalizer, Unset):
            normalizer = self.normalizer.to_dict() if hasattr(self.normalizer, "to_dict") else self.normalizer

        created_at: str | Unset | None
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )
        else:
            created_at = self.created_at

        updated_at: str | Unset | None
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = (
                self.updated_at.isoformat() if isinstance(self.updated_at, datetime.datetime) else self.updated_at
            )
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pbx_extension_connector_uuid is not UNSET:
            field_dict["pbx_extension_connector_uuid"] = pbx_extension_connector_uuid
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if agent_uuid is not UNSET:
            field_dict["agent_uuid"] = agent_uuid
        if agent_name is not UNSET:
            field_dict["agent_name"] = agent_name
        if sip_connector_server is not UNSET:
            field_dict["sip_connector_server"] = sip_connector_server
        if connection_type is not UNSET:
            field_dict["connection_type"] = connection_type
        if setup_mode is not UNSET:
            field_dict["setup_mode"] = setup_mode
        if pbx is not UNSET:
            field_dict["pbx"] = pbx
        if inbound is not UNSET:
            field_dict["inbound"] = inbound
        if auth is not UNSET:
            field_dict["auth"] = auth
        if normalizer is not UNSET:
            field_dict["normalizer"] = normalizer
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        pbx_extension_connector_uuid = d.get("pbx_extension_connector_uuid", UNSET)
        if pbx_extension_connector_uuid.__class__ is str:
            pbx_extension_connector_uuid = parse_uuid(
                pbx_extension_connector_uuid, "PbxExtensionConnectorItem.pbx_extension_connector_uuid"
            )
        elif pbx_extension_connector_uuid is None:
            pbx_extension_connector_uuid = unexpected_null("PbxExtensionConnectorItem.pbx_extension_connector_uuid")
        elif pbx_extension_connector_uuid is not UNSET and pbx_extension_connector_uuid is not None:
            pbx_extension_connector_uuid = mismatch(
                pbx_extension_connector_uuid, "PbxExtensionConnectorItem.pbx_extension_connector_uuid"
            )

        name = d.get("name", UNSET)
        if name is None:
            name = unexpected_null("PbxExtensionConnectorItem.name")

        status = d.get("status", UNSET)
        if status.__class__ is str:
            status = _values_PbxExtensionConnectorItemStatus.get(status) or enum_value(
                PbxExtensionConnectorItemStatus, status, "PbxExtensionConnectorItem.status"
            )
        elif status is None:
            status = unexpected_null("PbxExtensionConnectorItem.status")
        elif status is not UNSET and status is not None:
            status = mismatch(status, "PbxExtensionConnectorItem.status")

        phone_number = d.get("phone_number", UNSET)
        if phone_number is None:
            phone_number = unexpected_null("PbxExtensionConnectorItem.phone_number")

        agent_uuid = d.get("agent_uuid", UNSET)
        if agent_uuid.__class__ is str:
            agent_uuid = parse_uuid(agent_uuid, "PbxExtensionConnectorItem.agent_uuid")
        elif agent_uuid is not UNSET and agent_uuid is not None:
            agent_uuid = mismatch(agent_uuid, "PbxExtensionConnectorItem.agent_uuid")

        agent_name = d.get("agent_name", UNSET)

        sip_connector_server = d.get("sip_connector_server", UNSET)

        connection_type = d.get("connection_type", UNSET)
        if connection_type.__class__ is str:
            connection_type = _values_PbxExtensionConnectorItemConnectionTypeType0.get(connection_type) or enum_value(
                PbxExtensionConnectorItemConnectionTypeType0,
                connection_type,
                "PbxExtensionConnectorItem.connection_type",
            )
        elif connection_type is not UNSET and connection_type is not None:
            connection_type = mismatch(connection_type, "PbxExtensionConnectorItem.connection_type")

        setup_mode = d.get("setup_mode", UNSET)
        if setup_mode.__class__ is str:
            setup_mode = _values_PbxExtensionConnectorItemSetupModeType0.get(setup_mode) or enum_value(
                PbxExtensionConnectorItemSetupModeType0, setup_mode, "PbxExtensionConnectorItem.setup_mode"
            )
        elif setup_mode is not UNSET and setup_mode is not None:
            setup_mode = mismatch(setup_mode, "PbxExtensionConnectorItem.setup_mode")

        pbx = d.get("pbx", UNSET)
        if pbx.__class__ is dict:
            pbx = _from_dict_PbxExtensionConnectorItemPbx(pbx)
        elif pbx is None:
            pbx = unexpected_null("PbxExtensionConnectorItem.pbx")
        elif pbx is not UNSET and pbx is not None:
            pbx = mismatch(pbx, "PbxExtensionConnectorItem.pbx")

        inbound = d.get("inbound", UNSET)
        if inbound.__class__ is dict:
            inbound = _from_dict_PbxExtensionConnectorItemInbound(inbound)
        elif inbound is None:
            inbound = unexpected_null("PbxExtensionConnectorItem.inbound")
        elif inbound is not UNSET and inbound is not None:
            inbound = mismatch(inbound, "PbxExtensionConnectorItem.inbound")

        auth = d.get("auth", UNSET)
        if auth.__class__ is dict:
            auth = _from_dict_PbxExtensionConnectorItemAuth(auth)
        elif auth is None:
            auth = unexpected_null("PbxExtensionConnectorItem.auth")
        elif auth is not UNSET and auth is not None:
            auth = mismatch(auth, "PbxExtensionConnectorItem.auth")

        normalizer = d.get("normalizer", UNSET)
        if normalizer.__class__ is dict:
            normalizer = _from_dict_PbxExtensionConnectorItemNormalizer(normalizer)
        elif normalizer is None:
            normalizer = unexpected_null("PbxExtensionConnectorItem.normalizer")
        elif normalizer is not UNSET and normalizer is not None:
            normalizer = mismatch(normalizer, "PbxExtensionConnectorItem.normalizer")

        created_at = d.get("created_at", UNSET)
        if created_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                created_at = fromisoformat(created_at)
            except ValueError:
                created_at = parse_datetime(created_at, "PbxExtensionConnectorItem.created_at")
        elif created_at is not UNSET and created_at is not None:
            created_at = mismatch(created_at, "PbxExtensionConnectorItem.created_at")

        updated_at = d.get("updated_at", UNSET)
        if updated_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                updated_at = fromisoformat(updated_at)
            except ValueError:
                updated_at = parse_datetime(updated_at, "PbxExtensionConnectorItem.updated_at")
        elif updated_at is not UNSET and updated_at is not None:
            updated_at = mismatch(updated_at, "PbxExtensionConnectorItem.updated_at")

        pbx_extension_connector_item = new_instance(cls)
        pbx_extension_connector_item.pbx_extension_connector_uuid = pbx_extension_connector_uuid
        pbx_extension_connector_item.name = name
        pbx_extension_connector_item.status = status
        pbx_extension_connector_item.phone_number = phone_number
        pbx_extension_connector_item.agent_uuid = agent_uuid
        pbx_extension_connector_item.agent_name = agent_name
        pbx_extension_connector_item.sip_connector_server = sip_connector_server
        pbx_extension_connector_item.connection_type = connection_type
        pbx_extension_connector_item.setup_mode = setup_mode
        pbx_extension_connector_item.pbx = pbx
        pbx_extension_connector_item.inbound = inbound
        pbx_extension_connector_item.auth = auth
        pbx_extension_connector_item.normalizer = normalizer
        pbx_extension_connector_item.created_at = created_at
        pbx_extension_connector_item.updated_at = updated_at
        pbx_extension_connector_item.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PbxExtensionConnectorItem")
        )
        return pbx_extension_connector_item

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


_FIELD_NAMES = frozenset(
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
