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
        v_uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            v_uuid = str(self.uuid) if isinstance(self.uuid, UUID) else self.uuid

        v_reference_id: str | Unset | None
        if isinstance(self.reference_id, Unset):
            v_reference_id = UNSET
        else:
            v_reference_id = self.reference_id

        v_status = self.status

        v_s3_file_path: str | Unset | None
        if isinstance(self.s3_file_path, Unset):
            v_s3_file_path = UNSET
        else:
            v_s3_file_path = self.s3_file_path

        v_s3_file_url: str | Unset | None
        if isinstance(self.s3_file_url, Unset):
            v_s3_file_url = UNSET
        else:
            v_s3_file_url = self.s3_file_url

        v_created_at: str | Unset | None
        if isinstance(self.created_at, Unset):
            v_created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            v_created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )
        else:
            v_created_at = self.created_at

        v_qa_agent_uuid: str | Unset | None
        if isinstance(self.qa_agent_uuid, Unset):
            v_qa_agent_uuid = UNSET
        elif isinstance(self.qa_agent_uuid, UUID):
            v_qa_agent_uuid = str(self.qa_agent_uuid) if isinstance(self.qa_agent_uuid, UUID) else self.qa_agent_uuid
        else:
            v_qa_agent_uuid = self.qa_agent_uuid

        v_coaching_agent_uuid: str | Unset | None
        if isinstance(self.coaching_agent_uuid, Unset):
            v_coaching_agent_uuid = UNSET
        elif isinstance(self.coaching_agent_uuid, UUID):
            v_coaching_agent_uuid = (
                str(self.coaching_agent_uuid)
                if isinstance(self.coaching_agent_uuid, UUID)
                else self.coaching_agent_uuid
            )
        else:
            v_coaching_agent_uuid = self.coaching_agent_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_uuid is not UNSET:
            field_dict["uuid"] = v_uuid
        if v_reference_id is not UNSET:
            field_dict["reference_id"] = v_reference_id
        if v_status is not UNSET:
            field_dict["status"] = v_status
        if v_s3_file_path is not UNSET:
            field_dict["s3_file_path"] = v_s3_file_path
        if v_s3_file_url is not UNSET:
            field_dict["s3_file_url"] = v_s3_file_url
        if v_created_at is not UNSET:
            field_dict["created_at"] = v_created_at
        if v_qa_agent_uuid is not UNSET:
            field_dict["qa_agent_uuid"] = v_qa_agent_uuid
        if v_coaching_agent_uuid is not UNSET:
            field_dict["coaching_agent_uuid"] = v_coaching_agent_uuid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_uuid = d.get("uuid", UNSET)
        if v_uuid.__class__ is str:
            v_uuid = parse_uuid(v_uuid, "Transcription.uuid")
        elif v_uuid is None:
            v_uuid = unexpected_null("Transcription.uuid")
        elif v_uuid is not UNSET and v_uuid is not None:
            v_uuid = mismatch(v_uuid, "Transcription.uuid")

        v_reference_id = d.get("reference_id", UNSET)

        v_status = d.get("status", UNSET)
        if v_status is None:
            v_status = unexpected_null("Transcription.status")

        v_s3_file_path = d.get("s3_file_path", UNSET)

        v_s3_file_url = d.get("s3_file_url", UNSET)

        v_created_at = d.get("created_at", UNSET)
        if v_created_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_created_at = fromisoformat(v_created_at)
            except ValueError:
                v_created_at = parse_datetime(v_created_at, "Transcription.created_at")
        elif v_created_at is not UNSET and v_created_at is not None:
            v_created_at = mismatch(v_created_at, "Transcription.created_at")

        v_qa_agent_uuid = d.get("qa_agent_uuid", UNSET)
        if v_qa_agent_uuid.__class__ is str:
            v_qa_agent_uuid = parse_uuid(v_qa_agent_uuid, "Transcription.qa_agent_uuid")
        elif v_qa_agent_uuid is not UNSET and v_qa_agent_uuid is not None:
            v_qa_agent_uuid = mismatch(v_qa_agent_uuid, "Transcription.qa_agent_uuid")

        v_coaching_agent_uuid = d.get("coaching_agent_uuid", UNSET)
        if v_coaching_agent_uuid.__class__ is str:
            v_coaching_agent_uuid = parse_uuid(v_coaching_agent_uuid, "Transcription.coaching_agent_uuid")
        elif v_coaching_agent_uuid is not UNSET and v_coaching_agent_uuid is not None:
            v_coaching_agent_uuid = mismatch(v_coaching_agent_uuid, "Transcription.coaching_agent_uuid")

        _instance = new_instance(cls)
        _instance.uuid = v_uuid
        _instance.reference_id = v_reference_id
        _instance.status = v_status
        _instance.s3_file_path = v_s3_file_path
        _instance.s3_file_url = v_s3_file_url
        _instance.created_at = v_created_at
        _instance.qa_agent_uuid = v_qa_agent_uuid
        _instance.coaching_agent_uuid = v_coaching_agent_uuid
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "Transcription")
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


_FIELD_NAMES: frozenset[str] = frozenset(
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
