from enum import StrEnum

from ..types import unknown_enum_member


class ListContactApprovalsStatus(StrEnum):
    APPROVED = "Approved"
    PENDING = "Pending"
    REJECTED = "Rejected"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ListContactApprovalsStatus | None":
        return unknown_enum_member(cls, value, str)
