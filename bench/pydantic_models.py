"""Hand-written pydantic v2 models mirroring the generated ones, the baseline for the parsing benchmark.

Same schemas as openapi/api-docs.json, same conversions as the generated `from_dict` (ISO date-times to
`datetime`, uuids to `UUID`, enums to `StrEnum` members), same openness (every field optional, undeclared
keys kept where the schema allows additional properties). Pydantic runs in its default (lax) mode.
"""

from __future__ import annotations

import datetime
from enum import StrEnum
from uuid import UUID

from pydantic import BaseModel, ConfigDict

__all__ = [
    "Contact",
    "ContactPaginatedList",
    "ContactTag",
    "GetPbxExtensionConnectorResponse",
    "ListContactsResponse",
    "PbxExtensionConnectorItem",
]


class _Model(BaseModel):
    """Undeclared keys are kept (in `model_extra`), as the generated models keep them in `additional_properties`."""

    model_config = ConfigDict(extra="allow")


# --- listContacts -----------------------------------------------------------------------------------


class ContactTag(_Model):
    uuid: UUID | None = None
    name: str | None = None


class Contact(_Model):
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


class ContactPaginatedList(_Model):
    current_page: int | None = None
    data: list[Contact] | None = None
    first_page_url: str | None = None
    last_page: int | None = None
    total: int | None = None


class ListContactsResponse(_Model):
    success: bool | None = None
    message: str | None = None
    data: ContactPaginatedList | None = None


# --- getPbxExtensionConnector -------------------------------------------------------------------------


class PbxExtensionConnectorStatus(StrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"


class PbxConnectionType(StrEnum):
    UDP = "udp"
    TLS = "tls"


class PbxSetupMode(StrEnum):
    BOTH = "both"
    INBOUND = "inbound"
    OUTBOUND = "outbound"


class PbxExtensionConnectorPbx(_Model):
    registrar_server: str | None = None
    port: int | None = None
    username_extension: str | None = None


class PbxExtensionConnectorInbound(_Model):
    allowed_ip: str | None = None


class PbxExtensionConnectorAuth(_Model):
    has_separate_credentials: bool | None = None
    username: str | None = None


class PbxExtensionConnectorNormalizer(_Model):
    default_prefix: str | None = None
    condition_length: str | None = None
    condition_prefix: str | None = None


class PbxExtensionConnectorItem(_Model):
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


class GetPbxExtensionConnectorResponse(_Model):
    success: bool | None = None
    data: PbxExtensionConnectorItem | None = None
