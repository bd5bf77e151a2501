from enum import StrEnum


class AppointmentStatusUpdateRequestStatus(StrEnum):
    APPROVED = "approved"
    CANCELLED = "cancelled"
    PENDING = "pending"

    def __str__(self) -> str:
        return str(self.value)
