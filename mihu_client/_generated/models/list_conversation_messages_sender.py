from enum import StrEnum

from ..types import unknown_enum_member


class ListConversationMessagesSender(StrEnum):
    AI = "AI"
    CONTACT = "Contact"
    HUMAN = "Human"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ListConversationMessagesSender | None":
        return unknown_enum_member(cls, value, str)
