from enum import StrEnum


class PoolType(StrEnum):
    FIFO = "FIFO"
    LIFO = "LIFO"
    PARALLEL = "Parallel"

    def __str__(self) -> str:
        return str(self.value)
