from enum import StrEnum

from ..types import unknown_enum_member


class ContactAnalyzerUpdateUpdateBehavior(StrEnum):
    ASK_APPROVAL_IF_EXISTING = "ask_approval_if_existing"
    AUTOMATIC_UPDATE = "automatic_update"
    DONT_UPDATE = "dont_update"
    MANUAL_APPROVAL = "manual_approval"
    UPDATE_IF_EMPTY = "update_if_empty"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ContactAnalyzerUpdateUpdateBehavior | None":
        return unknown_enum_member(cls, value, str)
