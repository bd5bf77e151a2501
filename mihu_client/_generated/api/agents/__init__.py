"""`mihu.agents`: the `agents` operations as methods of `Agents`, generated from the spec.

Method names follow the rule in `mihu_client._generated.api`: operationId minus the tag's words.
    list <- GET /api/v1/agents
    create <- POST /api/v1/agents
    create_from_website <- POST /api/v1/agents/from-website
    update <- PATCH /api/v1/agents/{uuid}
    replace_appointments <- PUT /api/v1/agents/{uuid}/appointments
    update_call_behavior <- PATCH /api/v1/agents/{uuid}/call-behavior
    provision_call_channel <- POST /api/v1/agents/{uuid}/channels/call/provision
    replace_guidelines <- PUT /api/v1/agents/{uuid}/guidelines
    add_guideline <- POST /api/v1/agents/{uuid}/guidelines
    update_intent <- PATCH /api/v1/agents/{uuid}/intents/{intent_uuid}
    get_intent_event <- GET /api/v1/agents/{uuid}/intents/{intent_uuid}/event
    set_intent_event <- PUT /api/v1/agents/{uuid}/intents/{intent_uuid}/event
    update_interaction_settings <- PATCH /api/v1/agents/{uuid}/interaction
    add_note <- POST /api/v1/agents/{uuid}/notes
    add_procedure <- POST /api/v1/agents/{uuid}/procedures
    delete_procedure <- DELETE /api/v1/agents/{uuid}/procedures/{procedure_uuid}
    update_procedure <- PATCH /api/v1/agents/{uuid}/procedures/{procedure_uuid}
    replace_training <- PUT /api/v1/agents/{uuid}/training
    update_training <- PATCH /api/v1/agents/{uuid}/training/{training_uuid}
    get_voice_settings <- GET /api/v1/agents/{uuid}/voice
    create_webhook <- POST /api/v1/agents/{uuid}/webhooks
    update_webhook <- PATCH /api/v1/agents/{uuid}/webhooks/{webhook_uuid}
"""

from __future__ import annotations

from functools import cached_property
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING

from ...._resource import LazyOperation, Resource
from ...._response import raw_response_wrapper

if TYPE_CHECKING:
    from uuid import UUID

    from ...._resource import RequestOptions
    from ...models.add_agent_guideline_response_201 import AddAgentGuidelineResponse201
    from ...models.add_agent_note_response_201 import AddAgentNoteResponse201
    from ...models.add_agent_procedure_response_201 import AddAgentProcedureResponse201
    from ...models.agent_appointments_input import AgentAppointmentsInput
    from ...models.agent_call_behavior import AgentCallBehavior
    from ...models.agent_from_website_input import AgentFromWebsiteInput
    from ...models.agent_guideline_input import AgentGuidelineInput
    from ...models.agent_input import AgentInput
    from ...models.agent_intent_event_input import AgentIntentEventInput
    from ...models.agent_intent_input import AgentIntentInput
    from ...models.agent_note_input import AgentNoteInput
    from ...models.agent_procedure_input import AgentProcedureInput
    from ...models.agent_training_input import AgentTrainingInput
    from ...models.agent_voice_interaction import AgentVoiceInteraction
    from ...models.agent_webhook_input import AgentWebhookInput
    from ...models.create_agent_from_website_response_201 import CreateAgentFromWebsiteResponse201
    from ...models.create_agent_response_201 import CreateAgentResponse201
    from ...models.create_agent_webhook_response_200 import CreateAgentWebhookResponse200
    from ...models.delete_agent_procedure_response_200 import DeleteAgentProcedureResponse200
    from ...models.get_agent_intent_event_response_200 import GetAgentIntentEventResponse200
    from ...models.get_agent_voice_settings_response_200 import GetAgentVoiceSettingsResponse200
    from ...models.list_agents_response_200 import ListAgentsResponse200
    from ...models.provision_agent_call_channel_body import ProvisionAgentCallChannelBody
    from ...models.provision_agent_call_channel_response_200 import ProvisionAgentCallChannelResponse200
    from ...models.replace_agent_appointments_response_200 import ReplaceAgentAppointmentsResponse200
    from ...models.replace_agent_guidelines_body import ReplaceAgentGuidelinesBody
    from ...models.replace_agent_guidelines_response_200 import ReplaceAgentGuidelinesResponse200
    from ...models.replace_agent_training_body import ReplaceAgentTrainingBody
    from ...models.replace_agent_training_response_200 import ReplaceAgentTrainingResponse200
    from ...models.set_agent_intent_event_response_200 import SetAgentIntentEventResponse200
    from ...models.update_agent_call_behavior_response_200 import UpdateAgentCallBehaviorResponse200
    from ...models.update_agent_intent_response_200 import UpdateAgentIntentResponse200
    from ...models.update_agent_interaction_settings_response_200 import UpdateAgentInteractionSettingsResponse200
    from ...models.update_agent_procedure_response_200 import UpdateAgentProcedureResponse200
    from ...models.update_agent_response_200 import UpdateAgentResponse200
    from ...models.update_agent_training_response_200 import UpdateAgentTrainingResponse200
    from ...models.update_agent_webhook_response_200 import UpdateAgentWebhookResponse200
if TYPE_CHECKING:
    from . import (
        add_agent_guideline,
        add_agent_note,
        add_agent_procedure,
        create_agent,
        create_agent_from_website,
        create_agent_webhook,
        delete_agent_procedure,
        get_agent_intent_event,
        get_agent_voice_settings,
        list_agents,
        provision_agent_call_channel,
        replace_agent_appointments,
        replace_agent_guidelines,
        replace_agent_training,
        set_agent_intent_event,
        update_agent,
        update_agent_call_behavior,
        update_agent_intent,
        update_agent_interaction_settings,
        update_agent_procedure,
        update_agent_training,
        update_agent_webhook,
    )
if TYPE_CHECKING:
    from .add_agent_guideline import asyncio_detailed as _call_add_agent_guideline
else:
    _call_add_agent_guideline = LazyOperation(__name__, "add_agent_guideline", "_call_add_agent_guideline")
if TYPE_CHECKING:
    from .add_agent_note import asyncio_detailed as _call_add_agent_note
else:
    _call_add_agent_note = LazyOperation(__name__, "add_agent_note", "_call_add_agent_note")
if TYPE_CHECKING:
    from .add_agent_procedure import asyncio_detailed as _call_add_agent_procedure
else:
    _call_add_agent_procedure = LazyOperation(__name__, "add_agent_procedure", "_call_add_agent_procedure")
if TYPE_CHECKING:
    from .create_agent import asyncio_detailed as _call_create_agent
else:
    _call_create_agent = LazyOperation(__name__, "create_agent", "_call_create_agent")
if TYPE_CHECKING:
    from .create_agent_from_website import asyncio_detailed as _call_create_agent_from_website
else:
    _call_create_agent_from_website = LazyOperation(
        __name__, "create_agent_from_website", "_call_create_agent_from_website"
    )
if TYPE_CHECKING:
    from .create_agent_webhook import asyncio_detailed as _call_create_agent_webhook
else:
    _call_create_agent_webhook = LazyOperation(__name__, "create_agent_webhook", "_call_create_agent_webhook")
if TYPE_CHECKING:
    from .delete_agent_procedure import asyncio_detailed as _call_delete_agent_procedure
else:
    _call_delete_agent_procedure = LazyOperation(__name__, "delete_agent_procedure", "_call_delete_agent_procedure")
if TYPE_CHECKING:
    from .get_agent_intent_event import asyncio_detailed as _call_get_agent_intent_event
else:
    _call_get_agent_intent_event = LazyOperation(__name__, "get_agent_intent_event", "_call_get_agent_intent_event")
if TYPE_CHECKING:
    from .get_agent_voice_settings import asyncio_detailed as _call_get_agent_voice_settings
else:
    _call_get_agent_voice_settings = LazyOperation(
        __name__, "get_agent_voice_settings", "_call_get_agent_voice_settings"
    )
if TYPE_CHECKING:
    from .list_agents import asyncio_detailed as _call_list_agents
else:
    _call_list_agents = LazyOperation(__name__, "list_agents", "_call_list_agents")
if TYPE_CHECKING:
    from .provision_agent_call_channel import asyncio_detailed as _call_provision_agent_call_channel
else:
    _call_provision_agent_call_channel = LazyOperation(
        __name__, "provision_agent_call_channel", "_call_provision_agent_call_channel"
    )
if TYPE_CHECKING:
    from .replace_agent_appointments import asyncio_detailed as _call_replace_agent_appointments
else:
    _call_replace_agent_appointments = LazyOperation(
        __name__, "replace_agent_appointments", "_call_replace_agent_appointments"
    )
if TYPE_CHECKING:
    from .replace_agent_guidelines import asyncio_detailed as _call_replace_agent_guidelines
else:
    _call_replace_agent_guidelines = LazyOperation(
        __name__, "replace_agent_guidelines", "_call_replace_agent_guidelines"
    )
if TYPE_CHECKING:
    from .replace_agent_training import asyncio_detailed as _call_replace_agent_training
else:
    _call_replace_agent_training = LazyOperation(__name__, "replace_agent_training", "_call_replace_agent_training")
if TYPE_CHECKING:
    from .set_agent_intent_event import asyncio_detailed as _call_set_agent_intent_event
else:
    _call_set_agent_intent_event = LazyOperation(__name__, "set_agent_intent_event", "_call_set_agent_intent_event")
if TYPE_CHECKING:
    from .update_agent import asyncio_detailed as _call_update_agent
else:
    _call_update_agent = LazyOperation(__name__, "update_agent", "_call_update_agent")
if TYPE_CHECKING:
    from .update_agent_call_behavior import asyncio_detailed as _call_update_agent_call_behavior
else:
    _call_update_agent_call_behavior = LazyOperation(
        __name__, "update_agent_call_behavior", "_call_update_agent_call_behavior"
    )
if TYPE_CHECKING:
    from .update_agent_intent import asyncio_detailed as _call_update_agent_intent
else:
    _call_update_agent_intent = LazyOperation(__name__, "update_agent_intent", "_call_update_agent_intent")
if TYPE_CHECKING:
    from .update_agent_interaction_settings import asyncio_detailed as _call_update_agent_interaction_settings
else:
    _call_update_agent_interaction_settings = LazyOperation(
        __name__, "update_agent_interaction_settings", "_call_update_agent_interaction_settings"
    )
if TYPE_CHECKING:
    from .update_agent_procedure import asyncio_detailed as _call_update_agent_procedure
else:
    _call_update_agent_procedure = LazyOperation(__name__, "update_agent_procedure", "_call_update_agent_procedure")
if TYPE_CHECKING:
    from .update_agent_training import asyncio_detailed as _call_update_agent_training
else:
    _call_update_agent_training = LazyOperation(__name__, "update_agent_training", "_call_update_agent_training")
if TYPE_CHECKING:
    from .update_agent_webhook import asyncio_detailed as _call_update_agent_webhook
else:
    _call_update_agent_webhook = LazyOperation(__name__, "update_agent_webhook", "_call_update_agent_webhook")

_OPERATION_MODULES = frozenset(
    (
        "add_agent_guideline",
        "add_agent_note",
        "add_agent_procedure",
        "create_agent",
        "create_agent_from_website",
        "create_agent_webhook",
        "delete_agent_procedure",
        "get_agent_intent_event",
        "get_agent_voice_settings",
        "list_agents",
        "provision_agent_call_channel",
        "replace_agent_appointments",
        "replace_agent_guidelines",
        "replace_agent_training",
        "set_agent_intent_event",
        "update_agent",
        "update_agent_call_behavior",
        "update_agent_intent",
        "update_agent_interaction_settings",
        "update_agent_procedure",
        "update_agent_training",
        "update_agent_webhook",
    )
)

__all__ = [
    "Agents",
    "AgentsWithRawResponse",
    "add_agent_guideline",
    "add_agent_note",
    "add_agent_procedure",
    "create_agent",
    "create_agent_from_website",
    "create_agent_webhook",
    "delete_agent_procedure",
    "get_agent_intent_event",
    "get_agent_voice_settings",
    "list_agents",
    "provision_agent_call_channel",
    "replace_agent_appointments",
    "replace_agent_guidelines",
    "replace_agent_training",
    "set_agent_intent_event",
    "update_agent",
    "update_agent_call_behavior",
    "update_agent_intent",
    "update_agent_interaction_settings",
    "update_agent_procedure",
    "update_agent_training",
    "update_agent_webhook",
]


def __getattr__(name: str) -> ModuleType:
    """`mihu_client.api.agents.<operation>`: operation modules load on first access."""
    if name in _OPERATION_MODULES:
        return import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Agents(Resource):
    """The `agents` operations; reached as `mihu.agents` on a `MihuClient`.

    Each method makes one request and returns the parsed 2xx body; errors raise
    (`mihu_client.APIStatusError` subclasses, `mihu_client.APIConnectionError`). `with_raw_response`
    has the same methods returning the `RawResponse` (status, headers, JSON) of that one request.
    """

    _operations = {
        "list": "list_agents",
        "create": "create_agent",
        "create_from_website": "create_agent_from_website",
        "update": "update_agent",
        "replace_appointments": "replace_agent_appointments",
        "update_call_behavior": "update_agent_call_behavior",
        "provision_call_channel": "provision_agent_call_channel",
        "replace_guidelines": "replace_agent_guidelines",
        "add_guideline": "add_agent_guideline",
        "update_intent": "update_agent_intent",
        "get_intent_event": "get_agent_intent_event",
        "set_intent_event": "set_agent_intent_event",
        "update_interaction_settings": "update_agent_interaction_settings",
        "add_note": "add_agent_note",
        "add_procedure": "add_agent_procedure",
        "delete_procedure": "delete_agent_procedure",
        "update_procedure": "update_agent_procedure",
        "replace_training": "replace_agent_training",
        "update_training": "update_agent_training",
        "get_voice_settings": "get_agent_voice_settings",
        "create_webhook": "create_agent_webhook",
        "update_webhook": "update_agent_webhook",
    }
    """Method name -> the operation module (in this package) it calls."""

    @cached_property
    def with_raw_response(self) -> AgentsWithRawResponse:
        """These methods, returning `RawResponse` (status, headers, request id, JSON, parsed model)."""
        return AgentsWithRawResponse(self)

    async def list(
        self,
        *,
        options: RequestOptions | None = None,
    ) -> ListAgentsResponse200:
        """List agents

        Returns the agents configured in the workspace, each with its prompt fields, settings groups and
        knowledge collections (guidelines, notes, procedures, training).

        Args:
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            ListAgentsResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/agents`, operation `list_agents`.
        """
        return await self._call(
            _call_list_agents,
            options,
            {},
        )

    async def create(
        self,
        body: AgentInput,
        *,
        options: RequestOptions | None = None,
    ) -> CreateAgentResponse201:
        """Create an agent

        Creates a new agent from a full configuration payload: identity and prompt fields plus optional
        settings, knowledge collections, appointment setup and routing rules.

        Args:
            body (AgentInput): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            CreateAgentResponse201: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/agents`, operation `create_agent`.
        """
        return await self._call(
            _call_create_agent,
            options,
            {
                "body": body,
            },
        )

    async def create_from_website(
        self,
        body: AgentFromWebsiteInput,
        *,
        options: RequestOptions | None = None,
    ) -> CreateAgentFromWebsiteResponse201:
        """Create an agent from website/documentation

        Researches a company from a website or documentation URL (or from a free-text research prompt) and
        generates a new agent configuration from the findings, optionally localised to a market.

        Args:
            body (AgentFromWebsiteInput): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            CreateAgentFromWebsiteResponse201: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/agents/from-website`, operation `create_agent_from_website`.
        """
        return await self._call(
            _call_create_agent_from_website,
            options,
            {
                "body": body,
            },
        )

    async def update(
        self,
        uuid: UUID,
        body: AgentInput,
        *,
        options: RequestOptions | None = None,
    ) -> UpdateAgentResponse200:
        """Update an agent

        Partially updates an agent's profile, prompt fields and voice/text settings. Any collection section
        included in the payload (notes, guidelines, procedures, training, routing or guard rules) overwrites
        the stored one.

        Args:
            uuid (UUID):
            body (AgentInput): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            UpdateAgentResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `PATCH /api/v1/agents/{uuid}`, operation `update_agent`.
        """
        return await self._call(
            _call_update_agent,
            options,
            {
                "uuid": uuid,
                "body": body,
            },
        )

    async def replace_appointments(
        self,
        uuid: UUID,
        body: AgentAppointmentsInput,
        *,
        options: RequestOptions | None = None,
    ) -> ReplaceAgentAppointmentsResponse200:
        """Replace agent appointment settings and schedule assignments

        Sets whether the agent books appointments and replaces its list of schedule assignments, each with
        slot, rescheduling, cancellation, question and approval rules. Returns the updated agent.

        Args:
            uuid (UUID):
            body (AgentAppointmentsInput): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            ReplaceAgentAppointmentsResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `PUT /api/v1/agents/{uuid}/appointments`, operation `replace_agent_appointments`.
        """
        return await self._call(
            _call_replace_agent_appointments,
            options,
            {
                "uuid": uuid,
                "body": body,
            },
        )

    async def update_call_behavior(
        self,
        uuid: UUID,
        body: AgentCallBehavior,
        *,
        options: RequestOptions | None = None,
    ) -> UpdateAgentCallBehaviorResponse200:
        """Update call behavior

        Adjusts how the agent's calls behave: recording, ambient background sound and its volume, noise
        cancellation, silence timeout and maximum call length with its closing message.

        Args:
            uuid (UUID):
            body (AgentCallBehavior): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            UpdateAgentCallBehaviorResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `PATCH /api/v1/agents/{uuid}/call-behavior`, operation `update_agent_call_behavior`.
        """
        return await self._call(
            _call_update_agent_call_behavior,
            options,
            {
                "uuid": uuid,
                "body": body,
            },
        )

    async def provision_call_channel(
        self,
        uuid: UUID,
        body: ProvisionAgentCallChannelBody,
        *,
        options: RequestOptions | None = None,
    ) -> ProvisionAgentCallChannelResponse200:
        """Provision call channel for an agent

        Sets up the voice-call channel of an agent on one of the workspace's phone numbers and returns the
        agent together with the provisioning result.

        Args:
            uuid (UUID):
            body (ProvisionAgentCallChannelBody): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            ProvisionAgentCallChannelResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/agents/{uuid}/channels/call/provision`, operation `provision_agent_call_channel`.
        """
        return await self._call(
            _call_provision_agent_call_channel,
            options,
            {
                "uuid": uuid,
                "body": body,
            },
        )

    async def replace_guidelines(
        self,
        uuid: UUID,
        body: ReplaceAgentGuidelinesBody,
        *,
        options: RequestOptions | None = None,
    ) -> ReplaceAgentGuidelinesResponse200:
        """Replace agent guidelines

        Overwrites the agent's whole guideline list with the supplied array and returns the updated agent.

        Args:
            uuid (UUID):
            body (ReplaceAgentGuidelinesBody): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            ReplaceAgentGuidelinesResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `PUT /api/v1/agents/{uuid}/guidelines`, operation `replace_agent_guidelines`.
        """
        return await self._call(
            _call_replace_agent_guidelines,
            options,
            {
                "uuid": uuid,
                "body": body,
            },
        )

    async def add_guideline(
        self,
        uuid: UUID,
        body: AgentGuidelineInput,
        *,
        options: RequestOptions | None = None,
    ) -> AddAgentGuidelineResponse201:
        """Add a single guideline

        Appends one behaviour guideline to the agent and returns the updated agent.

        Args:
            uuid (UUID):
            body (AgentGuidelineInput): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            AddAgentGuidelineResponse201: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/agents/{uuid}/guidelines`, operation `add_agent_guideline`.
        """
        return await self._call(
            _call_add_agent_guideline,
            options,
            {
                "uuid": uuid,
                "body": body,
            },
        )

    async def update_intent(
        self,
        uuid: UUID,
        intent_uuid: UUID,
        body: AgentIntentInput,
        *,
        options: RequestOptions | None = None,
    ) -> UpdateAgentIntentResponse200:
        """Update an intent

        Modifies one of the agent's intents: its name, key, trigger description, confidence threshold,
        webhook and expected parameters.

        Args:
            uuid (UUID):
            intent_uuid (UUID):
            body (AgentIntentInput): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            UpdateAgentIntentResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `PATCH /api/v1/agents/{uuid}/intents/{intent_uuid}`, operation `update_agent_intent`.
        """
        return await self._call(
            _call_update_agent_intent,
            options,
            {
                "uuid": uuid,
                "intent_uuid": intent_uuid,
                "body": body,
            },
        )

    async def get_intent_event(
        self,
        uuid: UUID,
        intent_uuid: UUID,
        *,
        options: RequestOptions | None = None,
    ) -> GetAgentIntentEventResponse200:
        """Get the intent's action (event)

        Reads the action currently attached to an intent (webhook, app action, flow or agent hand-off)
        together with its draft/deployed status.

        Args:
            uuid (UUID):
            intent_uuid (UUID):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            GetAgentIntentEventResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/agents/{uuid}/intents/{intent_uuid}/event`, operation `get_agent_intent_event`.
        """
        return await self._call(
            _call_get_agent_intent_event,
            options,
            {
                "uuid": uuid,
                "intent_uuid": intent_uuid,
            },
        )

    async def set_intent_event(
        self,
        uuid: UUID,
        intent_uuid: UUID,
        body: AgentIntentEventInput,
        *,
        options: RequestOptions | None = None,
    ) -> SetAgentIntentEventResponse200:
        """Set the intent's action (event)

        Replaces the single action an intent triggers; the new action is stored as a draft and has to be
        published separately before it runs. External apps must already have an active connection made in
        the dashboard.

        Args:
            uuid (UUID):
            intent_uuid (UUID):
            body (AgentIntentEventInput): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            SetAgentIntentEventResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `PUT /api/v1/agents/{uuid}/intents/{intent_uuid}/event`, operation `set_agent_intent_event`.
        """
        return await self._call(
            _call_set_agent_intent_event,
            options,
            {
                "uuid": uuid,
                "intent_uuid": intent_uuid,
                "body": body,
            },
        )

    async def update_interaction_settings(
        self,
        uuid: UUID,
        body: AgentVoiceInteraction,
        *,
        options: RequestOptions | None = None,
    ) -> UpdateAgentInteractionSettingsResponse200:
        """Update interaction settings

        Changes the voice agent's conversational prompts, such as who speaks first, the inbound and outbound
        openers, voicemail, goodbye and silence messages.

        Args:
            uuid (UUID):
            body (AgentVoiceInteraction): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            UpdateAgentInteractionSettingsResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `PATCH /api/v1/agents/{uuid}/interaction`, operation `update_agent_interaction_settings`.
        """
        return await self._call(
            _call_update_agent_interaction_settings,
            options,
            {
                "uuid": uuid,
                "body": body,
            },
        )

    async def add_note(
        self,
        uuid: UUID,
        body: AgentNoteInput,
        *,
        options: RequestOptions | None = None,
    ) -> AddAgentNoteResponse201:
        """Add a single note

        Appends one note to the agent's knowledge notes without touching the existing ones and returns the
        updated agent.

        Args:
            uuid (UUID):
            body (AgentNoteInput): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            AddAgentNoteResponse201: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/agents/{uuid}/notes`, operation `add_agent_note`.
        """
        return await self._call(
            _call_add_agent_note,
            options,
            {
                "uuid": uuid,
                "body": body,
            },
        )

    async def add_procedure(
        self,
        uuid: UUID,
        body: AgentProcedureInput,
        *,
        options: RequestOptions | None = None,
    ) -> AddAgentProcedureResponse201:
        """Add a single procedure (with optional steps)

        Adds one named procedure, optionally with ordered steps, to the agent and returns the updated agent.

        Args:
            uuid (UUID):
            body (AgentProcedureInput): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            AddAgentProcedureResponse201: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/agents/{uuid}/procedures`, operation `add_agent_procedure`.
        """
        return await self._call(
            _call_add_agent_procedure,
            options,
            {
                "uuid": uuid,
                "body": body,
            },
        )

    async def delete_procedure(
        self,
        uuid: UUID,
        procedure_uuid: UUID,
        *,
        options: RequestOptions | None = None,
    ) -> DeleteAgentProcedureResponse200:
        """Delete a single procedure (and its steps)

        Removes one procedure together with its steps from the agent and returns the updated agent.

        Args:
            uuid (UUID):
            procedure_uuid (UUID):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            DeleteAgentProcedureResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `DELETE /api/v1/agents/{uuid}/procedures/{procedure_uuid}`, operation `delete_agent_procedure`.
        """
        return await self._call(
            _call_delete_agent_procedure,
            options,
            {
                "uuid": uuid,
                "procedure_uuid": procedure_uuid,
            },
        )

    async def update_procedure(
        self,
        uuid: UUID,
        procedure_uuid: UUID,
        body: AgentProcedureInput,
        *,
        options: RequestOptions | None = None,
    ) -> UpdateAgentProcedureResponse200:
        """Update a single procedure (and replace its steps if provided)

        Changes one procedure's name or description; when a steps array is sent it replaces that procedure's
        steps. Returns the updated agent.

        Args:
            uuid (UUID):
            procedure_uuid (UUID):
            body (AgentProcedureInput): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            UpdateAgentProcedureResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `PATCH /api/v1/agents/{uuid}/procedures/{procedure_uuid}`, operation `update_agent_procedure`.
        """
        return await self._call(
            _call_update_agent_procedure,
            options,
            {
                "uuid": uuid,
                "procedure_uuid": procedure_uuid,
                "body": body,
            },
        )

    async def replace_training(
        self,
        uuid: UUID,
        body: ReplaceAgentTrainingBody,
        *,
        options: RequestOptions | None = None,
    ) -> ReplaceAgentTrainingResponse200:
        """Replace agent training data

        Overwrites the agent's entire set of training examples with the supplied list and returns the
        updated agent.

        Args:
            uuid (UUID):
            body (ReplaceAgentTrainingBody): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            ReplaceAgentTrainingResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `PUT /api/v1/agents/{uuid}/training`, operation `replace_agent_training`.
        """
        return await self._call(
            _call_replace_agent_training,
            options,
            {
                "uuid": uuid,
                "body": body,
            },
        )

    async def update_training(
        self,
        uuid: UUID,
        training_uuid: UUID,
        body: AgentTrainingInput,
        *,
        options: RequestOptions | None = None,
    ) -> UpdateAgentTrainingResponse200:
        """Update a single training row

        Edits one training example (utterance, intent label or answer) of the agent and returns the updated
        agent.

        Args:
            uuid (UUID):
            training_uuid (UUID):
            body (AgentTrainingInput): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            UpdateAgentTrainingResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `PATCH /api/v1/agents/{uuid}/training/{training_uuid}`, operation `update_agent_training`.
        """
        return await self._call(
            _call_update_agent_training,
            options,
            {
                "uuid": uuid,
                "training_uuid": training_uuid,
                "body": body,
            },
        )

    async def get_voice_settings(
        self,
        uuid: UUID,
        *,
        options: RequestOptions | None = None,
    ) -> GetAgentVoiceSettingsResponse200:
        """Get all voice settings

        Returns every voice-channel setting group of the agent in one object: greetings and prompts,
        interruption handling, voice choice and tuning, call behaviour, compliance flags and normalizers.

        Args:
            uuid (UUID):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            GetAgentVoiceSettingsResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/agents/{uuid}/voice`, operation `get_agent_voice_settings`.
        """
        return await self._call(
            _call_get_agent_voice_settings,
            options,
            {
                "uuid": uuid,
            },
        )

    async def create_webhook(
        self,
        uuid: UUID,
        body: AgentWebhookInput,
        *,
        options: RequestOptions | None = None,
    ) -> CreateAgentWebhookResponse200:
        """Add a webhook

        Registers a new outgoing webhook on an agent with its target URL, event list, optional signing
        secret and active flag.

        Args:
            uuid (UUID):
            body (AgentWebhookInput): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            CreateAgentWebhookResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/agents/{uuid}/webhooks`, operation `create_agent_webhook`.
        """
        return await self._call(
            _call_create_agent_webhook,
            options,
            {
                "uuid": uuid,
                "body": body,
            },
        )

    async def update_webhook(
        self,
        uuid: UUID,
        webhook_uuid: UUID,
        body: AgentWebhookInput,
        *,
        options: RequestOptions | None = None,
    ) -> UpdateAgentWebhookResponse200:
        """Update a webhook

        Edits one outgoing webhook of the agent: target URL, subscribed event types, signing secret and
        active flag. The secret is accepted but never echoed back.

        Args:
            uuid (UUID):
            webhook_uuid (UUID):
            body (AgentWebhookInput): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            UpdateAgentWebhookResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `PATCH /api/v1/agents/{uuid}/webhooks/{webhook_uuid}`, operation `update_agent_webhook`.
        """
        return await self._call(
            _call_update_agent_webhook,
            options,
            {
                "uuid": uuid,
                "webhook_uuid": webhook_uuid,
                "body": body,
            },
        )


class AgentsWithRawResponse:
    """`Agents` methods returning the `RawResponse` of their single request instead of the model."""

    def __init__(self, resource: Agents) -> None:
        self.list = raw_response_wrapper(resource.list)
        self.create = raw_response_wrapper(resource.create)
        self.create_from_website = raw_response_wrapper(resource.create_from_website)
        self.update = raw_response_wrapper(resource.update)
        self.replace_appointments = raw_response_wrapper(resource.replace_appointments)
        self.update_call_behavior = raw_response_wrapper(resource.update_call_behavior)
        self.provision_call_channel = raw_response_wrapper(resource.provision_call_channel)
        self.replace_guidelines = raw_response_wrapper(resource.replace_guidelines)
        self.add_guideline = raw_response_wrapper(resource.add_guideline)
        self.update_intent = raw_response_wrapper(resource.update_intent)
        self.get_intent_event = raw_response_wrapper(resource.get_intent_event)
        self.set_intent_event = raw_response_wrapper(resource.set_intent_event)
        self.update_interaction_settings = raw_response_wrapper(resource.update_interaction_settings)
        self.add_note = raw_response_wrapper(resource.add_note)
        self.add_procedure = raw_response_wrapper(resource.add_procedure)
        self.delete_procedure = raw_response_wrapper(resource.delete_procedure)
        self.update_procedure = raw_response_wrapper(resource.update_procedure)
        self.replace_training = raw_response_wrapper(resource.replace_training)
        self.update_training = raw_response_wrapper(resource.update_training)
        self.get_voice_settings = raw_response_wrapper(resource.get_voice_settings)
        self.create_webhook = raw_response_wrapper(resource.create_webhook)
        self.update_webhook = raw_response_wrapper(resource.update_webhook)
