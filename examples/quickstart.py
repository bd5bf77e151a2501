"""Mihu quickstart: list agents, look at a PBX connector, create a contact, place a call, handle an error.

Configure with environment variables, then run `python examples/quickstart.py`:

    MIHU_TENANT=acme MIHU_API_TOKEN=...   your tenant (https://acme.mihu.ai)
    MIHU_DEMO_PBX_CONNECTOR=<uuid>        a PBX extension connector of yours to fetch (optional)
    MIHU_DEMO_CALL_TO=+15555550100        only with this set does the script place a real call

`make demo` runs it against a local Prism mock of the API instead (MIHU_BASE_URL, a mock token).
"""

from __future__ import annotations

import asyncio
import os
import uuid

import httpx2

from mihu_client import APIStatusError, MihuClient, NotFoundError, unwrap
from mihu_client.models import CallInitiateRequest, CallParticipant, CallPrompt, ContactInput

EXAMPLE_CONNECTOR = uuid.UUID("3fa85f64-5717-4562-b3fc-2c963f66afa6")
MOCK_CALL_TO = "+15555550100"


async def main() -> None:
    async with MihuClient() as mihu:  # tenant (or base URL) and token come from the environment
        on_mock = httpx2.URL(mihu.base_url).host in ("127.0.0.1", "localhost", "::1")
        print(f"Talking to {mihu.base_url} ({'local mock server' if on_mock else 'your tenant'})")

        # 1. Agents
        # Response fields the spec does not promise are typed `X | Unset`; `unwrap` insists on one.
        agents = unwrap((await mihu.agents.list()).data).items or []
        print(f"Agents: {len(agents)}")
        for agent in agents:
            print(f"  - {agent.name} ({agent.agent_uuid})")

        # 2. A PBX extension connector
        connector_id = os.environ.get("MIHU_DEMO_PBX_CONNECTOR") or (str(EXAMPLE_CONNECTOR) if on_mock else None)
        if connector_id:
            connector = unwrap((await mihu.pbx_extension_connectors.get(uuid.UUID(connector_id))).data)
            print(
                f"PBX extension connector {connector.name}: status {connector.status}, "
                f"phone {connector.phone_number}, agent {connector.agent_name}"
            )
        else:
            print("PBX extension connector: skipped (set MIHU_DEMO_PBX_CONNECTOR to fetch one)")

        # 3. A contact
        ada = ContactInput(name="Ada", surname="Lovelace", email="ada@example.com", phone_number="+15555550123")
        contact = unwrap((await mihu.contacts.create(ada)).data)
        contact_id = unwrap(contact.uuid, "contact uuid")
        print(f"Created contact {ada.name} {ada.surname}: {contact_id}")

        # 4. A call (the mock only pretends; on a tenant this dials a real phone)
        call_to = os.environ.get("MIHU_DEMO_CALL_TO") or (MOCK_CALL_TO if on_mock else None)
        if call_to and agents:
            call = await mihu.call.initiate(
                CallInitiateRequest(
                    agent_id=unwrap(agents[0].agent_uuid, "agent uuid"),
                    prompt=CallPrompt(content="Confirm tomorrow's appointment at 10:00."),
                    participant=CallParticipant(number=call_to, about="Ada, booked for a check-up"),
                )
            )
            placed = unwrap(call.data)
            print(f"Call placed to {call_to}: status {placed.status}, conversation {placed.conversation_uuid}")
        else:
            print("Call skipped (set MIHU_DEMO_CALL_TO to place one; it rings a real phone)")

        # 5. Errors are typed: an unknown connector is a NotFoundError.
        #    `Prefer: code=404` makes the Prism mock answer with the documented 404; a real server
        #    answers 404 for this unknown id by itself.
        try:
            await mihu.with_options(headers={"Prefer": "code=404"}).pbx_extension_connectors.get(uuid.uuid4())
        except NotFoundError as error:
            print(f"Typed error: NotFoundError ({error.status_code}) for an unknown connector: {error.message}")
        except APIStatusError as error:
            print(f"Unexpected error {type(error).__name__} ({error.status_code}): {error.message}")
            raise

        # 6. Tidy up
        await mihu.contacts.delete(contact_id)
        print(f"Deleted contact {contact_id}")
        print("Done.")


if __name__ == "__main__":
    asyncio.run(main())
