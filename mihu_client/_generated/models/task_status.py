from enum import StrEnum

from ..types import unknown_enum_member


class TaskStatus(StrEnum):
    CANCELLED = "cancelled"
    COMPLETED = "completed"
    EXPIRED = "expired"
    FAILED = "failed"
    IN_PROGRESS = "in_progress"
    ON_HOLD = "on_hold"
    PENDING = "pending"
    QUEUED = "queued"
    SCHEDULED = "scheduled"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TaskStatus | None":
        return unknown_enum_member(cls, value, str)
