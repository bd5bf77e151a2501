from enum import StrEnum


class PbxExtensionConnectorItemConnectionTypeType0(StrEnum):
    TLS = "tls"
    UDP = "udp"

    def __str__(self) -> str:
        return str(self.value)
