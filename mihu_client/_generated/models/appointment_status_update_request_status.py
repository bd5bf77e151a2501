from enum import StrEnum

from ..types import unknown_enum_member


class AppointmentStatusUpdateRequestStatus(StrEnum):
    APPROVED = "approved"
    CANCELLED = "cancelled"
    PENDING = "pending"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AppointmentStatusUpdateRequestStatus | None":
        return unknown_enum_member(cls, value, str)
