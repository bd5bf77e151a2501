from enum import StrEnum

from ..types import unknown_enum_member


class ListConversationMessagesSortDir(StrEnum):
    ASC = "asc"
    DESC = "desc"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ListConversationMessagesSortDir | None":
        return unknown_enum_member(cls, value, str)
