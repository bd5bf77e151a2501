from enum import StrEnum

from ..types import unknown_enum_member


class AppointmentUpdateRequestStatus(StrEnum):
    APPROVED = "approved"
    CANCELLED = "cancelled"
    PENDING = "pending"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AppointmentUpdateRequestStatus | None":
        return unknown_enum_member(cls, value, str)
