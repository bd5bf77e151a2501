"""Type-checked, never run: mypy must reject each marked line with the error named in its comment."""

from __future__ import annotations

from uuid import UUID

from mihu_client import MihuClient
from mihu_client.models import Contact


async def misuse(mihu: MihuClient, uuid: UUID) -> None:
    await mihu.contacts.list(page="2")  # E: arg-type
    await mihu.contacts.get(uuid, per_page=5)  # E: call-arg
    await mihu.call.initiate({"agent_id": str(uuid)})  # E: arg-type
    await mihu.contacts.list_all(options={"timeout": "soon"}).pages().__anext__()  # E: arg-type
    mihu.contacts.lisst()  # E: attr-defined


async def wrong_return_type(mihu: MihuClient, uuid: UUID) -> int:
    return (await mihu.pbx_extension_connectors.get(uuid)).success  # E: return-value


async def direct_misuse(mihu: MihuClient) -> int:
    await mihu.get("/x", cast_to=5)  # E: call-overload
    return await mihu.get("/x", cast_to=Contact)  # E: return-value
