"""msgspec Structs for the same schemas: the speed reference for the parsing benchmark (not a target).

Same conversions as the generated models (date-times, uuids, enums); unlike them, undeclared keys are
dropped rather than kept, since Structs have nowhere to put them.
"""

from __future__ import annotations

import datetime
from uuid import UUID

import msgspec

from bench.pydantic_models import PbxConnectionType, PbxExtensionConnectorStatus, PbxSetupMode

__all__ = ["GetPbxExtensionConnectorResponse", "ListContactsResponse"]


class ContactTag(msgspec.Struct):
    uuid: UUID | None = None
    name: str | None = None


class Contact(msgspec.Struct):
    uuid: UUID | None = None
    name: str | None = None
    surname: str | None = None
    email: str | None = None
    phone_number: str | None = None
    number_type: str | None = None
    country_code: str | None = None
    timezone: str | None = None
    primary_language: str | None = None
    preferred_contact_channel: str | None = None
    preferred_contact_time: str | None = None
    status: str | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    tags: list[ContactTag] | None = None


class ContactPaginatedList(msgspec.Struct):
    current_page: int | None = None
    data: list[Contact] | None = None
    first_page_url: str | None = None
    last_page: int | None = None
    total: int | None = None


class ListContactsResponse(msgspec.Struct):
    success: bool | None = None
    message: str | None = None
    data: ContactPaginatedList | None = None


class PbxExtensionConnectorPbx(msgspec.Struct):
    registrar_server: str | None = None
    port: int | None = None
    username_extension: str | None = None


class PbxExtensionConnectorInbound(msgspec.Struct):
    allowed_ip: str | None = None


class PbxExtensionConnectorAuth(msgspec.Struct):
    has_separate_credentials: bool | None = None
    username: str | None = None


class PbxExtensionConnectorNormalizer(msgspec.Struct):
    default_prefix: str | None = None
    condition_length: str | None = None
    condition_prefix: str | None = None


class PbxExtensionConnectorItem(msgspec.Struct):
    pbx_extension_connector_uuid: UUID | None = None
    name: str | None = None
    status: PbxExtensionConnectorStatus | None = None
    phone_number: str | None = None
    agent_uuid: UUID | None = None
    agent_name: str | None = None
    sip_connector_server: str | None = None
    connection_type: PbxConnectionType | None = None
    setup_mode: PbxSetupMode | None = None
    pbx: PbxExtensionConnectorPbx | None = None
    inbound: PbxExtensionConnectorInbound | None = None
    auth: PbxExtensionConnectorAuth | None = None
    normalizer: PbxExtensionConnectorNormalizer | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None


class GetPbxExtensionConnectorResponse(msgspec.Struct):
    success: bool | None = None
    data: PbxExtensionConnectorItem | None = None
