"""Attribute-style namespaces over the generated operations: `await mihu.contacts.list(page=2)`.

`Namespaces` is mixed into `mihu_client.MihuClient`: one cached property per tag of the spec, each
importing its namespace module on first use, so `import mihu_client` loads no operation or model.

Method names (generated, never listed by hand):
  1. take the operation's snake_case operationId (`list_contacts`);
  2. drop every word that names the tag: a word of the tag, or adjacent tag words run together
     (`whatsapp` for the tag WhatsApp), singular or plural alike;
  3. keep the full snake name instead when nothing is left, when the rest is a Python keyword or a
     name the namespace uses itself (`with_options`, `with_raw_response`), or when another operation
     of the tag leaves the same rest.
  listContacts in Contacts -> `list`; getPbxExtensionConnector in PBX Extension Connectors -> `get`;
  addContactToBlacklist in Contacts -> `add_to_blacklist`; listConversationMessages in
  Conversations -> `list_messages`; initiateCall in Call -> `initiate`.
A list operation whose response schema has a known page shape also gets a paginating method: its
first word, `all`, then the rest (`list` -> `list_all`, `list_messages` -> `list_all_messages`).

Every namespace has `with_raw_response` (the same methods returning `mihu_client.RawResponse`) and
`with_options(...)`; every method takes `options=RequestOptions(...)` for one call.
"""

from __future__ import annotations

from functools import cached_property
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from ..._resource import ResourceClient
    from .agent_channel_bindings import AgentChannelBindings
    from .agents import Agents
    from .analytics import Analytics
    from .appointment_requests import AppointmentRequests
    from .appointments import Appointments
    from .call import Call
    from .call_actions import CallActions
    from .campaigns import Campaigns
    from .contact_analyzers import ContactAnalyzers
    from .contact_approvals import ContactApprovals
    from .contact_fields import ContactFields
    from .contacts import Contacts
    from .conversations import Conversations
    from .evaluate import Evaluate
    from .evaluations import Evaluations
    from .flow_catalog import FlowCatalog
    from .flow_steps import FlowSteps
    from .flows import Flows
    from .listings import Listings
    from .logs import Logs
    from .pbx_extension_connectors import PbxExtensionConnectors
    from .phone_numbers import PhoneNumbers
    from .pools import Pools
    from .rules import Rules
    from .schedules import Schedules
    from .sessions import Sessions
    from .sip_trunk import SipTrunk
    from .sms import Sms
    from .tables import Tables
    from .tasks import Tasks
    from .transcriptions import Transcriptions
    from .voice_ivr_guards import VoiceIvrGuards
    from .whats_app import WhatsApp
    from .whats_app_templates import WhatsAppTemplates
if TYPE_CHECKING:
    from . import (
        agent_channel_bindings,
        agents,
        analytics,
        appointment_requests,
        appointments,
        call,
        call_actions,
        campaigns,
        contact_analyzers,
        contact_approvals,
        contact_fields,
        contacts,
        conversations,
        evaluate,
        evaluations,
        flow_catalog,
        flow_steps,
        flows,
        listings,
        logs,
        pbx_extension_connectors,
        phone_numbers,
        pools,
        rules,
        schedules,
        sessions,
        sip_trunk,
        sms,
        tables,
        tasks,
        transcriptions,
        voice_ivr_guards,
        whats_app,
        whats_app_templates,
    )

__all__ = [
    "NAMESPACES",
    "Namespaces",
    "agent_channel_bindings",
    "agents",
    "analytics",
    "appointment_requests",
    "appointments",
    "call",
    "call_actions",
    "campaigns",
    "contact_analyzers",
    "contact_approvals",
    "contact_fields",
    "contacts",
    "conversations",
    "evaluate",
    "evaluations",
    "flow_catalog",
    "flow_steps",
    "flows",
    "listings",
    "logs",
    "pbx_extension_connectors",
    "phone_numbers",
    "pools",
    "rules",
    "schedules",
    "sessions",
    "sip_trunk",
    "sms",
    "tables",
    "tasks",
    "transcriptions",
    "voice_ivr_guards",
    "whats_app",
    "whats_app_templates",
]

NAMESPACES: tuple[str, ...] = (
    "agent_channel_bindings",
    "agents",
    "analytics",
    "appointment_requests",
    "appointments",
    "call",
    "call_actions",
    "campaigns",
    "contact_analyzers",
    "contact_approvals",
    "contact_fields",
    "contacts",
    "conversations",
    "evaluate",
    "evaluations",
    "flow_catalog",
    "flow_steps",
    "flows",
    "listings",
    "logs",
    "pbx_extension_connectors",
    "phone_numbers",
    "pools",
    "rules",
    "schedules",
    "sessions",
    "sip_trunk",
    "sms",
    "tables",
    "tasks",
    "transcriptions",
    "voice_ivr_guards",
    "whats_app",
    "whats_app_templates",
)
"""The namespace attribute names, one per tag."""


class Namespaces:
    """One attribute per tag of the spec (`mihu.contacts`, `mihu.call`, …), each created on first use."""

    @cached_property
    def agent_channel_bindings(self) -> AgentChannelBindings:
        """The `agent_channel_bindings` operations (1)."""
        from .agent_channel_bindings import AgentChannelBindings

        return AgentChannelBindings(cast("ResourceClient", self))

    @cached_property
    def agents(self) -> Agents:
        """The `agents` operations (22)."""
        from .agents import Agents

        return Agents(cast("ResourceClient", self))

    @cached_property
    def analytics(self) -> Analytics:
        """The `analytics` operations (3)."""
        from .analytics import Analytics

        return Analytics(cast("ResourceClient", self))

    @cached_property
    def appointment_requests(self) -> AppointmentRequests:
        """The `appointment_requests` operations (4)."""
        from .appointment_requests import AppointmentRequests

        return AppointmentRequests(cast("ResourceClient", self))

    @cached_property
    def appointments(self) -> Appointments:
        """The `appointments` operations (6)."""
        from .appointments import Appointments

        return Appointments(cast("ResourceClient", self))

    @cached_property
    def call(self) -> Call:
        """The `call` operations (3)."""
        from .call import Call

        return Call(cast("ResourceClient", self))

    @cached_property
    def call_actions(self) -> CallActions:
        """The `call_actions` operations (5)."""
        from .call_actions import CallActions

        return CallActions(cast("ResourceClient", self))

    @cached_property
    def campaigns(self) -> Campaigns:
        """The `campaigns` operations (7)."""
        from .campaigns import Campaigns

        return Campaigns(cast("ResourceClient", self))

    @cached_property
    def contact_analyzers(self) -> ContactAnalyzers:
        """The `contact_analyzers` operations (1)."""
        from .contact_analyzers import ContactAnalyzers

        return ContactAnalyzers(cast("ResourceClient", self))

    @cached_property
    def contact_approvals(self) -> ContactApprovals:
        """The `contact_approvals` operations (1)."""
        from .contact_approvals import ContactApprovals

        return ContactApprovals(cast("ResourceClient", self))

    @cached_property
    def contact_fields(self) -> ContactFields:
        """The `contact_fields` operations (2)."""
        from .contact_fields import ContactFields

        return ContactFields(cast("ResourceClient", self))

    @cached_property
    def contacts(self) -> Contacts:
        """The `contacts` operations (8)."""
        from .contacts import Contacts

        return Contacts(cast("ResourceClient", self))

    @cached_property
    def conversations(self) -> Conversations:
        """The `conversations` operations (3)."""
        from .conversations import Conversations

        return Conversations(cast("ResourceClient", self))

    @cached_property
    def evaluate(self) -> Evaluate:
        """The `evaluate` operations (6)."""
        from .evaluate import Evaluate

        return Evaluate(cast("ResourceClient", self))

    @cached_property
    def evaluations(self) -> Evaluations:
        """The `evaluations` operations (3)."""
        from .evaluations import Evaluations

        return Evaluations(cast("ResourceClient", self))

    @cached_property
    def flow_catalog(self) -> FlowCatalog:
        """The `flow_catalog` operations (4)."""
        from .flow_catalog import FlowCatalog

        return FlowCatalog(cast("ResourceClient", self))

    @cached_property
    def flow_steps(self) -> FlowSteps:
        """The `flow_steps` operations (3)."""
        from .flow_steps import FlowSteps

        return FlowSteps(cast("ResourceClient", self))

    @cached_property
    def flows(self) -> Flows:
        """The `flows` operations (3)."""
        from .flows import Flows

        return Flows(cast("ResourceClient", self))

    @cached_property
    def listings(self) -> Listings:
        """The `listings` operations (4)."""
        from .listings import Listings

        return Listings(cast("ResourceClient", self))

    @cached_property
    def logs(self) -> Logs:
        """The `logs` operations (1)."""
        from .logs import Logs

        return Logs(cast("ResourceClient", self))

    @cached_property
    def pbx_extension_connectors(self) -> PbxExtensionConnectors:
        """The `pbx_extension_connectors` operations (2)."""
        from .pbx_extension_connectors import PbxExtensionConnectors

        return PbxExtensionConnectors(cast("ResourceClient", self))

    @cached_property
    def phone_numbers(self) -> PhoneNumbers:
        """The `phone_numbers` operations (11)."""
        from .phone_numbers import PhoneNumbers

        return PhoneNumbers(cast("ResourceClient", self))

    @cached_property
    def pools(self) -> Pools:
        """The `pools` operations (8)."""
        from .pools import Pools

        return Pools(cast("ResourceClient", self))

    @cached_property
    def rules(self) -> Rules:
        """The `rules` operations (4)."""
        from .rules import Rules

        return Rules(cast("ResourceClient", self))

    @cached_property
    def schedules(self) -> Schedules:
        """The `schedules` operations (4)."""
        from .schedules import Schedules

        return Schedules(cast("ResourceClient", self))

    @cached_property
    def sessions(self) -> Sessions:
        """The `sessions` operations (2)."""
        from .sessions import Sessions

        return Sessions(cast("ResourceClient", self))

    @cached_property
    def sip_trunk(self) -> SipTrunk:
        """The `sip_trunk` operations (2)."""
        from .sip_trunk import SipTrunk

        return SipTrunk(cast("ResourceClient", self))

    @cached_property
    def sms(self) -> Sms:
        """The `sms` operations (1)."""
        from .sms import Sms

        return Sms(cast("ResourceClient", self))

    @cached_property
    def tables(self) -> Tables:
        """The `tables` operations (12)."""
        from .tables import Tables

        return Tables(cast("ResourceClient", self))

    @cached_property
    def tasks(self) -> Tasks:
        """The `tasks` operations (8)."""
        from .tasks import Tasks

        return Tasks(cast("ResourceClient", self))

    @cached_property
    def transcriptions(self) -> Transcriptions:
        """The `transcriptions` operations (3)."""
        from .transcriptions import Transcriptions

        return Transcriptions(cast("ResourceClient", self))

    @cached_property
    def voice_ivr_guards(self) -> VoiceIvrGuards:
        """The `voice_ivr_guards` operations (8)."""
        from .voice_ivr_guards import VoiceIvrGuards

        return VoiceIvrGuards(cast("ResourceClient", self))

    @cached_property
    def whats_app(self) -> WhatsApp:
        """The `whats_app` operations (1)."""
        from .whats_app import WhatsApp

        return WhatsApp(cast("ResourceClient", self))

    @cached_property
    def whats_app_templates(self) -> WhatsAppTemplates:
        """The `whats_app_templates` operations (6)."""
        from .whats_app_templates import WhatsAppTemplates

        return WhatsAppTemplates(cast("ResourceClient", self))


def __getattr__(name: str) -> ModuleType:
    """`mihu_client.api.contacts` and its siblings: each tag package is imported on first access."""
    if name in NAMESPACES:
        return import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
