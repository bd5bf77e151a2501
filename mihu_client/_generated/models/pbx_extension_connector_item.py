from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pbx_extension_connector_item_connection_type_type_0 import PbxExtensionConnectorItemConnectionTypeType0
from ..models.pbx_extension_connector_item_setup_mode_type_0 import PbxExtensionConnectorItemSetupModeType0
from ..models.pbx_extension_connector_item_status import PbxExtensionConnectorItemStatus
from ..types import UNSET, Unset

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
            pbx_extension_connector_uuid = str(self.pbx_extension_connector_uuid)

        name = self.name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        phone_number = self.phone_number

        agent_uuid: str | Unset | None
        if isinstance(self.agent_uuid, Unset):
            agent_uuid = UNSET
        elif isinstance(self.agent_uuid, UUID):
            agent_uuid = str(self.agent_uuid)
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
            connection_type = self.connection_type.value
        else:
            connection_type = self.connection_type

        setup_mode: str | Unset | None
        if isinstance(self.setup_mode, Unset):
            setup_mode = UNSET
        elif isinstance(self.setup_mode, PbxExtensionConnectorItemSetupModeType0):
            setup_mode = self.setup_mode.value
        else:
            setup_mode = self.setup_mode

        pbx: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pbx, Unset):
            pbx = self.pbx.to_dict()

        inbound: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inbound, Unset):
            inbound = self.inbound.to_dict()

        auth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth, Unset):
            auth = self.auth.to_dict()

        normalizer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.normalizer, Unset):
            normalizer = self.normalizer.to_dict()

        created_at: str | Unset | None
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: str | Unset | None
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
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
        from ..models.pbx_extension_connector_item_auth import PbxExtensionConnectorItemAuth
        from ..models.pbx_extension_connector_item_inbound import PbxExtensionConnectorItemInbound
        from ..models.pbx_extension_connector_item_normalizer import PbxExtensionConnectorItemNormalizer
        from ..models.pbx_extension_connector_item_pbx import PbxExtensionConnectorItemPbx

        d = dict(src_dict)
        _pbx_extension_connector_uuid = d.pop("pbx_extension_connector_uuid", UNSET)
        pbx_extension_connector_uuid: UUID | Unset
        if isinstance(_pbx_extension_connector_uuid, Unset):
            pbx_extension_connector_uuid = UNSET
        else:
            pbx_extension_connector_uuid = UUID(_pbx_extension_connector_uuid)

        name = d.pop("name", UNSET)

        _status = d.pop("status", UNSET)
        status: PbxExtensionConnectorItemStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = PbxExtensionConnectorItemStatus(_status)

        phone_number = d.pop("phone_number", UNSET)

        def _parse_agent_uuid(data: object) -> Unset | UUID | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                agent_uuid_type_0 = UUID(data)

                return agent_uuid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        agent_uuid = _parse_agent_uuid(d.pop("agent_uuid", UNSET))

        def _parse_agent_name(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_name = _parse_agent_name(d.pop("agent_name", UNSET))

        def _parse_sip_connector_server(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sip_connector_server = _parse_sip_connector_server(d.pop("sip_connector_server", UNSET))

        def _parse_connection_type(data: object) -> PbxExtensionConnectorItemConnectionTypeType0 | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                connection_type_type_0 = PbxExtensionConnectorItemConnectionTypeType0(data)

                return connection_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PbxExtensionConnectorItemConnectionTypeType0 | Unset, data)

        connection_type = _parse_connection_type(d.pop("connection_type", UNSET))

        def _parse_setup_mode(data: object) -> PbxExtensionConnectorItemSetupModeType0 | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                setup_mode_type_0 = PbxExtensionConnectorItemSetupModeType0(data)

                return setup_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PbxExtensionConnectorItemSetupModeType0 | Unset, data)

        setup_mode = _parse_setup_mode(d.pop("setup_mode", UNSET))

        _pbx = d.pop("pbx", UNSET)
        pbx: PbxExtensionConnectorItemPbx | Unset
        if isinstance(_pbx, Unset):
            pbx = UNSET
        else:
            pbx = PbxExtensionConnectorItemPbx.from_dict(_pbx)

        _inbound = d.pop("inbound", UNSET)
        inbound: PbxExtensionConnectorItemInbound | Unset
        if isinstance(_inbound, Unset):
            inbound = UNSET
        else:
            inbound = PbxExtensionConnectorItemInbound.from_dict(_inbound)

        _auth = d.pop("auth", UNSET)
        auth: PbxExtensionConnectorItemAuth | Unset
        if isinstance(_auth, Unset):
            auth = UNSET
        else:
            auth = PbxExtensionConnectorItemAuth.from_dict(_auth)

        _normalizer = d.pop("normalizer", UNSET)
        normalizer: PbxExtensionConnectorItemNormalizer | Unset
        if isinstance(_normalizer, Unset):
            normalizer = UNSET
        else:
            normalizer = PbxExtensionConnectorItemNormalizer.from_dict(_normalizer)

        def _parse_created_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        pbx_extension_connector_item = cls(
            pbx_extension_connector_uuid=pbx_extension_connector_uuid,
            name=name,
            status=status,
            phone_number=phone_number,
            agent_uuid=agent_uuid,
            agent_name=agent_name,
            sip_connector_server=sip_connector_server,
            connection_type=connection_type,
            setup_mode=setup_mode,
            pbx=pbx,
            inbound=inbound,
            auth=auth,
            normalizer=normalizer,
            created_at=created_at,
            updated_at=updated_at,
        )

        pbx_extension_connector_item.additional_properties = d
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
