from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    fromisoformat,
    mismatch,
    new_instance,
    parse_datetime,
    parse_uuid,
    unexpected_null,
    unknown_fields,
)

T = TypeVar("T", bound="Transcription")


@_attrs_define
class Transcription:
    """A submitted transcription request."""

    uuid: UUID | Unset = UNSET
    reference_id: str | Unset | None = UNSET
    status: str | Unset = UNSET
    """ Processing status; pending right after submission, completed when done (other values not documented). """
    s3_file_path: str | Unset | None = UNSET
    s3_file_url: str | Unset | None = UNSET
    created_at: datetime.datetime | Unset | None = UNSET
    qa_agent_uuid: Unset | UUID | None = UNSET
    coaching_agent_uuid: Unset | UUID | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid) if isinstance(self.uuid, UUID) else self.uuid

        reference_id: str | Unset | None
        if isinstance(self.reference_id, Unset):
            reference_id = UNSET
        else:
            reference_id = self.reference_id

        status = self.status

        s3_file_path: str | Unset | None
        if isinstance(self.s3_file_path, Unset):
            s3_file_path = UNSET
        else:
            s3_file_path = self.s3_file_path

        s3_file_url: str | Unset | None
        if isinstance(self.s3_file_url, Unset):
            s3_file_url = UNSET
        else:
            s3_file_url = self.s3_file_url

        created_at: str | Unset | None
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )
        else:
            created_at = self.created_at

        qa_agent_uuid: str | Unset | None
        if isinstance(self.qa_agent_uuid, Unset):
            qa_agent_uuid = UNSET
        elif isinstance(self.qa_agent_uuid, UUID):
            qa_agent_uuid = str(self.qa_agent_uuid) if isinstance(self.qa_agent_uuid, UUID) else self.qa_agent_uuid
        else:
            qa_agent_uuid = self.qa_agent_uuid

        coaching_agent_uuid: str | Unset | None
        if isinstance(self.coaching_agent_uuid, Unset):
            coaching_agent_uuid = UNSET
        elif isinstance(self.coaching_agent_uuid, UUID):
            coaching_agent_uuid = (
                str(self.coaching_agent_uuid)
                if isinstance(self.coaching_agent_uuid, UUID)
                else self.coaching_agent_uuid
            )
        else:
            coaching_agent_uuid = self.coaching_agent_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if reference_id is not UNSET:
            field_dict["reference_id"] = reference_id
        if status is not UNSET:
            field_dict["status"] = status
        if s3_file_path is not UNSET:
            field_dict["s3_file_path"] = s3_file_path
        if s3_file_url is not UNSET:
            field_dict["s3_file_url"] = s3_file_url
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if qa_agent_uuid is not UNSET:
            field_dict["qa_agent_uuid"] = qa_agent_uuid
        if coaching_agent_uuid is not UNSET:
            field_dict["coaching_agent_uuid"] = coaching_agent_uuid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        uuid = d.get("uuid", UNSET)
        if uuid.__class__ is str:
            uuid = parse_uuid(uuid, "Transcription.uuid")
        elif uuid is None:
            uuid = unexpected_null("Transcription.uuid")
        elif uuid is not UNSET and uuid is not None:
            uuid = mismatch(uuid, "Transcription.uuid")

        reference_id = d.get("reference_id", UNSET)

        status = d.get("status", UNSET)
        if status is None:
            status = unexpected_null("Transcription.status")

        s3_file_path = d.get("s3_file_path", UNSET)

        s3_file_url = d.get("s3_file_url", UNSET)

        created_at = d.get("created_at", UNSET)
        if created_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                created_at = fromisoformat(created_at)
            except ValueError:
                created_at = parse_datetime(created_at, "Transcription.created_at")
        elif created_at is not UNSET and created_at is not None:
            created_at = mismatch(created_at, "Transcription.created_at")

        qa_agent_uuid = d.get("qa_agent_uuid", UNSET)
        if qa_agent_uuid.__class__ is str:
            qa_agent_uuid = parse_uuid(qa_agent_uuid, "Transcription.qa_agent_uuid")
        elif qa_agent_uuid is not UNSET and qa_agent_uuid is not None:
            qa_agent_uuid = mismatch(qa_agent_uuid, "Transcription.qa_agent_uuid")

        coaching_agent_uuid = d.get("coaching_agent_uuid", UNSET)
        if coaching_agent_uuid.__class__ is str:
            coaching_agent_uuid = parse_uuid(coaching_agent_uuid, "Transcription.coaching_agent_uuid")
        elif coaching_agent_uuid is not UNSET and coaching_agent_uuid is not None:
            coaching_agent_uuid = mismatch(coaching_agent_uuid, "Transcription.coaching_agent_uuid")

        transcription = new_instance(cls)
        transcription.uuid = uuid
        transcription.reference_id = reference_id
        transcription.status = status
        transcription.s3_file_path = s3_file_path
        transcription.s3_file_url = s3_file_url
        transcription.created_at = created_at
        transcription.qa_agent_uuid = qa_agent_uuid
        transcription.coaching_agent_uuid = coaching_agent_uuid
        transcription.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "Transcription")
        )
        return transcription

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
        "uuid",
        "reference_id",
        "status",
        "s3_file_path",
        "s3_file_url",
        "created_at",
        "qa_agent_uuid",
        "coaching_agent_uuid",
    )
)
