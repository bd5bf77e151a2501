from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.whatsapp_template_category import WhatsappTemplateCategory
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.whatsapp_template_components_item import WhatsappTemplateComponentsItem


T = TypeVar("T", bound="WhatsappTemplate")


@_attrs_define
class WhatsappTemplate:
    uuid: UUID | Unset = UNSET
    name: str | Unset = UNSET
    language: str | Unset = UNSET
    category: WhatsappTemplateCategory | Unset = UNSET
    status: str | Unset = UNSET
    """ Meta review status such as PENDING, APPROVED, REJECTED or PAUSED. """
    content: str | Unset | None = UNSET
    components: list[WhatsappTemplateComponentsItem] | Unset = UNSET
    template_id: str | Unset | None = UNSET
    """ Meta template id. """
    waba_id: str | Unset | None = UNSET
    phone_number: str | Unset | None = UNSET
    type_: str | Unset = UNSET
    """ Template type, e.g. whatsapp. """
    created_at: datetime.datetime | Unset | None = UNSET
    updated_at: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid)

        name = self.name

        language = self.language

        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.value

        status = self.status

        content: str | Unset | None
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        components: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.components, Unset):
            components = []
            for components_item_data in self.components:
                components_item = components_item_data.to_dict()
                components.append(components_item)

        template_id: str | Unset | None
        if isinstance(self.template_id, Unset):
            template_id = UNSET
        else:
            template_id = self.template_id

        waba_id: str | Unset | None
        if isinstance(self.waba_id, Unset):
            waba_id = UNSET
        else:
            waba_id = self.waba_id

        phone_number: str | Unset | None
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        type_ = self.type_

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
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if name is not UNSET:
            field_dict["name"] = name
        if language is not UNSET:
            field_dict["language"] = language
        if category is not UNSET:
            field_dict["category"] = category
        if status is not UNSET:
            field_dict["status"] = status
        if content is not UNSET:
            field_dict["content"] = content
        if components is not UNSET:
            field_dict["components"] = components
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if waba_id is not UNSET:
            field_dict["waba_id"] = waba_id
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if type_ is not UNSET:
            field_dict["type"] = type_
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.whatsapp_template_components_item import WhatsappTemplateComponentsItem

        d = dict(src_dict)
        _uuid = d.pop("uuid", UNSET)
        uuid: UUID | Unset
        if isinstance(_uuid, Unset):
            uuid = UNSET
        else:
            uuid = UUID(_uuid)

        name = d.pop("name", UNSET)

        language = d.pop("language", UNSET)

        _category = d.pop("category", UNSET)
        category: WhatsappTemplateCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = WhatsappTemplateCategory(_category)

        status = d.pop("status", UNSET)

        def _parse_content(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content = _parse_content(d.pop("content", UNSET))

        _components = d.pop("components", UNSET)
        components: list[WhatsappTemplateComponentsItem] | Unset = UNSET
        if _components is not UNSET:
            components = []
            for components_item_data in _components:
                components_item = WhatsappTemplateComponentsItem.from_dict(components_item_data)

                components.append(components_item)

        def _parse_template_id(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        template_id = _parse_template_id(d.pop("template_id", UNSET))

        def _parse_waba_id(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        waba_id = _parse_waba_id(d.pop("waba_id", UNSET))

        def _parse_phone_number(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone_number = _parse_phone_number(d.pop("phone_number", UNSET))

        type_ = d.pop("type", UNSET)

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

        whatsapp_template = cls(
            uuid=uuid,
            name=name,
            language=language,
            category=category,
            status=status,
            content=content,
            components=components,
            template_id=template_id,
            waba_id=waba_id,
            phone_number=phone_number,
            type_=type_,
            created_at=created_at,
            updated_at=updated_at,
        )

        whatsapp_template.additional_properties = d
        return whatsapp_template

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
