from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
            uuid = str(self.uuid)

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
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        qa_agent_uuid: str | Unset | None
        if isinstance(self.qa_agent_uuid, Unset):
            qa_agent_uuid = UNSET
        elif isinstance(self.qa_agent_uuid, UUID):
            qa_agent_uuid = str(self.qa_agent_uuid)
        else:
            qa_agent_uuid = self.qa_agent_uuid

        coaching_agent_uuid: str | Unset | None
        if isinstance(self.coaching_agent_uuid, Unset):
            coaching_agent_uuid = UNSET
        elif isinstance(self.coaching_agent_uuid, UUID):
            coaching_agent_uuid = str(self.coaching_agent_uuid)
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
        d = dict(src_dict)
        _uuid = d.pop("uuid", UNSET)
        uuid: UUID | Unset
        if isinstance(_uuid, Unset):
            uuid = UNSET
        else:
            uuid = UUID(_uuid)

        def _parse_reference_id(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference_id = _parse_reference_id(d.pop("reference_id", UNSET))

        status = d.pop("status", UNSET)

        def _parse_s3_file_path(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        s3_file_path = _parse_s3_file_path(d.pop("s3_file_path", UNSET))

        def _parse_s3_file_url(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        s3_file_url = _parse_s3_file_url(d.pop("s3_file_url", UNSET))

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

        def _parse_qa_agent_uuid(data: object) -> Unset | UUID | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                qa_agent_uuid_type_0 = UUID(data)

                return qa_agent_uuid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        qa_agent_uuid = _parse_qa_agent_uuid(d.pop("qa_agent_uuid", UNSET))

        def _parse_coaching_agent_uuid(data: object) -> Unset | UUID | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                coaching_agent_uuid_type_0 = UUID(data)

                return coaching_agent_uuid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        coaching_agent_uuid = _parse_coaching_agent_uuid(d.pop("coaching_agent_uuid", UNSET))

        transcription = cls(
            uuid=uuid,
            reference_id=reference_id,
            status=status,
            s3_file_path=s3_file_path,
            s3_file_url=s3_file_url,
            created_at=created_at,
            qa_agent_uuid=qa_agent_uuid,
            coaching_agent_uuid=coaching_agent_uuid,
        )

        transcription.additional_properties = d
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
