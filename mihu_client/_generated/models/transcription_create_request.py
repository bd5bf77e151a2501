from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="TranscriptionCreateRequest")


@_attrs_define
class TranscriptionCreateRequest:
    """Multipart form for submitting audio. Send either voice_file or voice_url."""

    voice_file: File | Unset | None = UNSET
    """ Audio file to transcribe (max 128MB). """
    voice_url: str | Unset | None = UNSET
    """ Publicly reachable URL of the audio file. """
    possible_language: str | Unset | None = UNSET
    """ Expected language code of the audio, e.g. en. """
    possible_conversation: str | Unset | None = UNSET
    """ Free-text context about the recorded conversation. """
    reference_id: str | Unset | None = UNSET
    """ Your own identifier for correlating the result. """
    customer_voice_url: str | Unset = UNSET
    """ Optional URL of the customer's voice recording, for reference. """
    email: str | Unset = UNSET
    """ Human agent e-mail; links the transcription to a matching user. """
    customer_phone: str | Unset = UNSET
    """ Customer phone; used first to match an existing contact. """
    customer_email: str | Unset = UNSET
    """ Customer e-mail; used to match a contact when the phone does not. """
    webhook_url: str | Unset = UNSET
    """ URL that receives a POST with the results once processing completes. """
    webhook_header_token: str | Unset = UNSET
    """ Token sent to the webhook as 'Authorization: Bearer {token}'. """
    qa_agent_uuid: UUID | Unset = UNSET
    """ QA agent template to use; default selection applies when omitted. """
    coaching_agent_uuid: UUID | Unset = UNSET
    """ Coaching agent template to use; default selection applies when omitted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_file: FileTypes | Unset | None
        if isinstance(self.voice_file, Unset):
            voice_file = UNSET
        elif isinstance(self.voice_file, File):
            voice_file = self.voice_file.to_tuple()

        else:
            voice_file = self.voice_file

        voice_url: str | Unset | None
        if isinstance(self.voice_url, Unset):
            voice_url = UNSET
        else:
            voice_url = self.voice_url

        possible_language: str | Unset | None
        if isinstance(self.possible_language, Unset):
            possible_language = UNSET
        else:
            possible_language = self.possible_language

        possible_conversation: str | Unset | None
        if isinstance(self.possible_conversation, Unset):
            possible_conversation = UNSET
        else:
            possible_conversation = self.possible_conversation

        reference_id: str | Unset | None
        if isinstance(self.reference_id, Unset):
            reference_id = UNSET
        else:
            reference_id = self.reference_id

        customer_voice_url = self.customer_voice_url

        email = self.email

        customer_phone = self.customer_phone

        customer_email = self.customer_email

        webhook_url = self.webhook_url

        webhook_header_token = self.webhook_header_token

        qa_agent_uuid: str | Unset = UNSET
        if not isinstance(self.qa_agent_uuid, Unset):
            qa_agent_uuid = str(self.qa_agent_uuid)

        coaching_agent_uuid: str | Unset = UNSET
        if not isinstance(self.coaching_agent_uuid, Unset):
            coaching_agent_uuid = str(self.coaching_agent_uuid)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if voice_file is not UNSET:
            field_dict["voice_file"] = voice_file
        if voice_url is not UNSET:
            field_dict["voice_url"] = voice_url
        if possible_language is not UNSET:
            field_dict["possible_language"] = possible_language
        if possible_conversation is not UNSET:
            field_dict["possible_conversation"] = possible_conversation
        if reference_id is not UNSET:
            field_dict["reference_id"] = reference_id
        if customer_voice_url is not UNSET:
            field_dict["customer_voice_url"] = customer_voice_url
        if email is not UNSET:
            field_dict["email"] = email
        if customer_phone is not UNSET:
            field_dict["customer_phone"] = customer_phone
        if customer_email is not UNSET:
            field_dict["customer_email"] = customer_email
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_header_token is not UNSET:
            field_dict["webhook_header_token"] = webhook_header_token
        if qa_agent_uuid is not UNSET:
            field_dict["qa_agent_uuid"] = qa_agent_uuid
        if coaching_agent_uuid is not UNSET:
            field_dict["coaching_agent_uuid"] = coaching_agent_uuid

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.voice_file, Unset):
            if isinstance(self.voice_file, File):
                files.append(("voice_file", self.voice_file.to_tuple()))
            else:
                files.append(("voice_file", (None, str(self.voice_file).encode(), "text/plain")))

        if not isinstance(self.voice_url, Unset):
            if isinstance(self.voice_url, str):
                files.append(("voice_url", (None, str(self.voice_url).encode(), "text/plain")))
            else:
                files.append(("voice_url", (None, str(self.voice_url).encode(), "text/plain")))

        if not isinstance(self.possible_language, Unset):
            if isinstance(self.possible_language, str):
                files.append(("possible_language", (None, str(self.possible_language).encode(), "text/plain")))
            else:
                files.append(("possible_language", (None, str(self.possible_language).encode(), "text/plain")))

        if not isinstance(self.possible_conversation, Unset):
            if isinstance(self.possible_conversation, str):
                files.append(("possible_conversation", (None, str(self.possible_conversation).encode(), "text/plain")))
            else:
                files.append(("possible_conversation", (None, str(self.possible_conversation).encode(), "text/plain")))

        if not isinstance(self.reference_id, Unset):
            if isinstance(self.reference_id, str):
                files.append(("reference_id", (None, str(self.reference_id).encode(), "text/plain")))
            else:
                files.append(("reference_id", (None, str(self.reference_id).encode(), "text/plain")))

        if not isinstance(self.customer_voice_url, Unset):
            files.append(("customer_voice_url", (None, str(self.customer_voice_url).encode(), "text/plain")))

        if not isinstance(self.email, Unset):
            files.append(("email", (None, str(self.email).encode(), "text/plain")))

        if not isinstance(self.customer_phone, Unset):
            files.append(("customer_phone", (None, str(self.customer_phone).encode(), "text/plain")))

        if not isinstance(self.customer_email, Unset):
            files.append(("customer_email", (None, str(self.customer_email).encode(), "text/plain")))

        if not isinstance(self.webhook_url, Unset):
            files.append(("webhook_url", (None, str(self.webhook_url).encode(), "text/plain")))

        if not isinstance(self.webhook_header_token, Unset):
            files.append(("webhook_header_token", (None, str(self.webhook_header_token).encode(), "text/plain")))

        if not isinstance(self.qa_agent_uuid, Unset):
            files.append(("qa_agent_uuid", (None, str(self.qa_agent_uuid), "text/plain")))

        if not isinstance(self.coaching_agent_uuid, Unset):
            files.append(("coaching_agent_uuid", (None, str(self.coaching_agent_uuid), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_voice_file(data: object) -> File | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, bytes):
                    raise TypeError()
                voice_file_type_0 = File(payload=BytesIO(data))

                return voice_file_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(File | None | Unset, data)

        voice_file = _parse_voice_file(d.pop("voice_file", UNSET))

        def _parse_voice_url(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voice_url = _parse_voice_url(d.pop("voice_url", UNSET))

        def _parse_possible_language(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        possible_language = _parse_possible_language(d.pop("possible_language", UNSET))

        def _parse_possible_conversation(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        possible_conversation = _parse_possible_conversation(d.pop("possible_conversation", UNSET))

        def _parse_reference_id(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference_id = _parse_reference_id(d.pop("reference_id", UNSET))

        customer_voice_url = d.pop("customer_voice_url", UNSET)

        email = d.pop("email", UNSET)

        customer_phone = d.pop("customer_phone", UNSET)

        customer_email = d.pop("customer_email", UNSET)

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_header_token = d.pop("webhook_header_token", UNSET)

        _qa_agent_uuid = d.pop("qa_agent_uuid", UNSET)
        qa_agent_uuid: UUID | Unset
        if isinstance(_qa_agent_uuid, Unset):
            qa_agent_uuid = UNSET
        else:
            qa_agent_uuid = UUID(_qa_agent_uuid)

        _coaching_agent_uuid = d.pop("coaching_agent_uuid", UNSET)
        coaching_agent_uuid: UUID | Unset
        if isinstance(_coaching_agent_uuid, Unset):
            coaching_agent_uuid = UNSET
        else:
            coaching_agent_uuid = UUID(_coaching_agent_uuid)

        transcription_create_request = cls(
            voice_file=voice_file,
            voice_url=voice_url,
            possible_language=possible_language,
            possible_conversation=possible_conversation,
            reference_id=reference_id,
            customer_voice_url=customer_voice_url,
            email=email,
            customer_phone=customer_phone,
            customer_email=customer_email,
            webhook_url=webhook_url,
            webhook_header_token=webhook_header_token,
            qa_agent_uuid=qa_agent_uuid,
            coaching_agent_uuid=coaching_agent_uuid,
        )

        transcription_create_request.additional_properties = d
        return transcription_create_request

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
