from enum import StrEnum

from ..types import unknown_enum_member


class PbxExtensionConnectorItemConnectionTypeType0(StrEnum):
    TLS = "tls"
    UDP = "udp"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "PbxExtensionConnectorItemConnectionTypeType0 | None":
        return unknown_enum_member(cls, value, str)
