from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    UNSET,
    File,
    FileTypes,
    Unset,
    mismatch,
    new_instance,
    parse_uuid,
    unexpected_null,
    unknown_fields,
)

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
        v_voice_file: FileTypes | Unset | None
        if isinstance(self.voice_file, Unset):
            v_voice_file = UNSET
        elif isinstance(self.voice_file, File):
            v_voice_file = self.voice_file.to_tuple()

        else:
            v_voice_file = self.voice_file

        v_voice_url: str | Unset | None
        if isinstance(self.voice_url, Unset):
            v_voice_url = UNSET
        else:
            v_voice_url = self.voice_url

        v_possible_language: str | Unset | None
        if isinstance(self.possible_language, Unset):
            v_possible_language = UNSET
        else:
            v_possible_language = self.possible_language

        v_possible_conversation: str | Unset | None
        if isinstance(self.possible_conversation, Unset):
            v_possible_conversation = UNSET
        else:
            v_possible_conversation = self.possible_conversation

        v_reference_id: str | Unset | None
        if isinstance(self.reference_id, Unset):
            v_reference_id = UNSET
        else:
            v_reference_id = self.reference_id

        v_customer_voice_url = self.customer_voice_url

        v_email = self.email

        v_customer_phone = self.customer_phone

        v_customer_email = self.customer_email

        v_webhook_url = self.webhook_url

        v_webhook_header_token = self.webhook_header_token

        v_qa_agent_uuid: str | Unset = UNSET
        if not isinstance(self.qa_agent_uuid, Unset):
            v_qa_agent_uuid = str(self.qa_agent_uuid) if isinstance(self.qa_agent_uuid, UUID) else self.qa_agent_uuid

        v_coaching_agent_uuid: str | Unset = UNSET
        if not isinstance(self.coaching_agent_uuid, Unset):
            v_coaching_agent_uuid = (
                str(self.coaching_agent_uuid)
                if isinstance(self.coaching_agent_uuid, UUID)
                else self.coaching_agent_uuid
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_voice_file is not UNSET:
            field_dict["voice_file"] = v_voice_file
        if v_voice_url is not UNSET:
            field_dict["voice_url"] = v_voice_url
        if v_possible_language is not UNSET:
            field_dict["possible_language"] = v_possible_language
        if v_possible_conversation is not UNSET:
            field_dict["possible_conversation"] = v_possible_conversation
        if v_reference_id is not UNSET:
            field_dict["reference_id"] = v_reference_id
        if v_customer_voice_url is not UNSET:
            field_dict["customer_voice_url"] = v_customer_voice_url
        if v_email is not UNSET:
            field_dict["email"] = v_email
        if v_customer_phone is not UNSET:
            field_dict["customer_phone"] = v_customer_phone
        if v_customer_email is not UNSET:
            field_dict["customer_email"] = v_customer_email
        if v_webhook_url is not UNSET:
            field_dict["webhook_url"] = v_webhook_url
        if v_webhook_header_token is not UNSET:
            field_dict["webhook_header_token"] = v_webhook_header_token
        if v_qa_agent_uuid is not UNSET:
            field_dict["qa_agent_uuid"] = v_qa_agent_uuid
        if v_coaching_agent_uuid is not UNSET:
            field_dict["coaching_agent_uuid"] = v_coaching_agent_uuid

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
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_voice_file = d.get("voice_file", UNSET)
        if v_voice_file is UNSET or v_voice_file is None:
            pass
        else:
            v_voice_file = File(payload=BytesIO(v_voice_file))

        v_voice_url = d.get("voice_url", UNSET)

        v_possible_language = d.get("possible_language", UNSET)

        v_possible_conversation = d.get("possible_conversation", UNSET)

        v_reference_id = d.get("reference_id", UNSET)

        v_customer_voice_url = d.get("customer_voice_url", UNSET)
        if v_customer_voice_url is None:
            v_customer_voice_url = unexpected_null("TranscriptionCreateRequest.customer_voice_url")

        v_email = d.get("email", UNSET)
        if v_email is None:
            v_email = unexpected_null("TranscriptionCreateRequest.email")

        v_customer_phone = d.get("customer_phone", UNSET)
        if v_customer_phone is None:
            v_customer_phone = unexpected_null("TranscriptionCreateRequest.customer_phone")

        v_customer_email = d.get("customer_email", UNSET)
        if v_customer_email is None:
            v_customer_email = unexpected_null("TranscriptionCreateRequest.customer_email")

        v_webhook_url = d.get("webhook_url", UNSET)
        if v_webhook_url is None:
            v_webhook_url = unexpected_null("TranscriptionCreateRequest.webhook_url")

        v_webhook_header_token = d.get("webhook_header_token", UNSET)
        if v_webhook_header_token is None:
            v_webhook_header_token = unexpected_null("TranscriptionCreateRequest.webhook_header_token")

        v_qa_agent_uuid = d.get("qa_agent_uuid", UNSET)
        if v_qa_agent_uuid.__class__ is str:
            v_qa_agent_uuid = parse_uuid(v_qa_agent_uuid, "TranscriptionCreateRequest.qa_agent_uuid")
        elif v_qa_agent_uuid is None:
            v_qa_agent_uuid = unexpected_null("TranscriptionCreateRequest.qa_agent_uuid")
        elif v_qa_agent_uuid is not UNSET and v_qa_agent_uuid is not None:
            v_qa_agent_uuid = mismatch(v_qa_agent_uuid, "TranscriptionCreateRequest.qa_agent_uuid")

        v_coaching_agent_uuid = d.get("coaching_agent_uuid", UNSET)
        if v_coaching_agent_uuid.__class__ is str:
            v_coaching_agent_uuid = parse_uuid(v_coaching_agent_uuid, "TranscriptionCreateRequest.coaching_agent_uuid")
        elif v_coaching_agent_uuid is None:
            v_coaching_agent_uuid = unexpected_null("TranscriptionCreateRequest.coaching_agent_uuid")
        elif v_coaching_agent_uuid is not UNSET and v_coaching_agent_uuid is not None:
            v_coaching_agent_uuid = mismatch(v_coaching_agent_uuid, "TranscriptionCreateRequest.coaching_agent_uuid")

        _instance = new_instance(cls)
        _instance.voice_file = v_voice_file
        _instance.voice_url = v_voice_url
        _instance.possible_language = v_possible_language
        _instance.possible_conversation = v_possible_conversation
        _instance.reference_id = v_reference_id
        _instance.customer_voice_url = v_customer_voice_url
        _instance.email = v_email
        _instance.customer_phone = v_customer_phone
        _instance.customer_email = v_customer_email
        _instance.webhook_url = v_webhook_url
        _instance.webhook_header_token = v_webhook_header_token
        _instance.qa_agent_uuid = v_qa_agent_uuid
        _instance.coaching_agent_uuid = v_coaching_agent_uuid
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "TranscriptionCreateRequest")
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
        "voice_file",
        "voice_url",
        "possible_language",
        "possible_conversation",
        "reference_id",
        "customer_voice_url",
        "email",
        "customer_phone",
        "customer_email",
        "webhook_url",
        "webhook_header_token",
        "qa_agent_uuid",
        "coaching_agent_uuid",
    )
)
