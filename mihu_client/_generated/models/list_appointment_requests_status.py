from enum import StrEnum

from ..types import unknown_enum_member


class ListAppointmentRequestsStatus(StrEnum):
    APPROVED = "approved"
    PENDING = "pending"
    REJECTED = "rejected"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ListAppointmentRequestsStatus | None":
        return unknown_enum_member(cls, value, str)
