"""Contains all the data models used in inputs/outputs.

Models load on first use: importing this package costs nothing until a name is looked up.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_agent_guideline_response_201 import AddAgentGuidelineResponse201
    from .add_agent_note_response_201 import AddAgentNoteResponse201
    from .add_agent_procedure_response_201 import AddAgentProcedureResponse201
    from .add_contact_tag_response_200 import AddContactTagResponse200
    from .add_contact_to_blacklist_response_200 import AddContactToBlacklistResponse200
    from .add_guard_rule_response_201 import AddGuardRuleResponse201
    from .add_listing_contacts_response_200 import AddListingContactsResponse200
    from .add_pool_contacts_response_200 import AddPoolContactsResponse200
    from .add_routing_rule_response_201 import AddRoutingRuleResponse201
    from .agent import Agent
    from .agent_appointments_input import AgentAppointmentsInput
    from .agent_call_behavior import AgentCallBehavior
    from .agent_from_website_input import AgentFromWebsiteInput
    from .agent_guideline import AgentGuideline
    from .agent_guideline_input import AgentGuidelineInput
    from .agent_input import AgentInput
    from .agent_input_guard_rules_item import AgentInputGuardRulesItem
    from .agent_input_settings import AgentInputSettings
    from .agent_input_settings_text import AgentInputSettingsText
    from .agent_input_settings_voice import AgentInputSettingsVoice
    from .agent_intent import AgentIntent
    from .agent_intent_event import AgentIntentEvent
    from .agent_intent_event_action import AgentIntentEventAction
    from .agent_intent_event_app import AgentIntentEventApp
    from .agent_intent_event_config import AgentIntentEventConfig
    from .agent_intent_event_event_type import AgentIntentEventEventType
    from .agent_intent_event_input import AgentIntentEventInput
    from .agent_intent_event_input_channel import AgentIntentEventInputChannel
    from .agent_intent_event_input_config import AgentIntentEventInputConfig
    from .agent_intent_event_input_event_type import AgentIntentEventInputEventType
    from .agent_intent_input import AgentIntentInput
    from .agent_intent_parameter import AgentIntentParameter
    from .agent_intent_webhook import AgentIntentWebhook
    from .agent_note import AgentNote
    from .agent_note_input import AgentNoteInput
    from .agent_procedure import AgentProcedure
    from .agent_procedure_input import AgentProcedureInput
    from .agent_procedure_step import AgentProcedureStep
    from .agent_routing_rule_input import AgentRoutingRuleInput
    from .agent_routing_rule_input_detection_mode import AgentRoutingRuleInputDetectionMode
    from .agent_schedule_approval import AgentScheduleApproval
    from .agent_schedule_assignment import AgentScheduleAssignment
    from .agent_schedule_cancellation import AgentScheduleCancellation
    from .agent_schedule_custom_question import AgentScheduleCustomQuestion
    from .agent_schedule_questions import AgentScheduleQuestions
    from .agent_schedule_rescheduling import AgentScheduleRescheduling
    from .agent_schedule_slot_rules import AgentScheduleSlotRules
    from .agent_settings import AgentSettings
    from .agent_settings_evaluation import AgentSettingsEvaluation
    from .agent_settings_memorize import AgentSettingsMemorize
    from .agent_settings_text import AgentSettingsText
    from .agent_settings_voice import AgentSettingsVoice
    from .agent_training_input import AgentTrainingInput
    from .agent_training_item import AgentTrainingItem
    from .agent_voice_advanced import AgentVoiceAdvanced
    from .agent_voice_compliance import AgentVoiceCompliance
    from .agent_voice_interaction import AgentVoiceInteraction
    from .agent_voice_interruption import AgentVoiceInterruption
    from .agent_voice_interruption_advanced import AgentVoiceInterruptionAdvanced
    from .agent_voice_profile import AgentVoiceProfile
    from .agent_voice_settings import AgentVoiceSettings
    from .agent_voice_settings_normalizers import AgentVoiceSettingsNormalizers
    from .agent_webhook import AgentWebhook
    from .agent_webhook_event import AgentWebhookEvent
    from .agent_webhook_input import AgentWebhookInput
    from .analytics_call_metrics import AnalyticsCallMetrics
    from .analytics_call_metrics_buckets import AnalyticsCallMetricsBuckets
    from .analytics_call_metrics_cost import AnalyticsCallMetricsCost
    from .analytics_call_metrics_duration_sec import AnalyticsCallMetricsDurationSec
    from .analytics_call_metrics_meta import AnalyticsCallMetricsMeta
    from .analytics_call_metrics_outcome import AnalyticsCallMetricsOutcome
    from .analytics_call_metrics_previous_type_0 import AnalyticsCallMetricsPreviousType0
    from .analytics_call_totals import AnalyticsCallTotals
    from .analytics_session_metrics import AnalyticsSessionMetrics
    from .analytics_session_metrics_duration_sec import AnalyticsSessionMetricsDurationSec
    from .analytics_session_metrics_latency_ms_type_0 import AnalyticsSessionMetricsLatencyMsType0
    from .analytics_session_metrics_messages_per_session import AnalyticsSessionMetricsMessagesPerSession
    from .analytics_session_metrics_meta import AnalyticsSessionMetricsMeta
    from .analytics_session_metrics_previous_type_0 import AnalyticsSessionMetricsPreviousType0
    from .analytics_session_metrics_rates import AnalyticsSessionMetricsRates
    from .analytics_session_metrics_totals import AnalyticsSessionMetricsTotals
    from .appointment import Appointment
    from .appointment_create_request import AppointmentCreateRequest
    from .appointment_create_request_custom_answers import AppointmentCreateRequestCustomAnswers
    from .appointment_request import AppointmentRequest
    from .appointment_request_appointment_type_0 import AppointmentRequestAppointmentType0
    from .appointment_request_contact import AppointmentRequestContact
    from .appointment_request_create_request import AppointmentRequestCreateRequest
    from .appointment_request_schedule import AppointmentRequestSchedule
    from .appointment_status_update_request import AppointmentStatusUpdateRequest
    from .appointment_status_update_request_status import AppointmentStatusUpdateRequestStatus
    from .appointment_update_request import AppointmentUpdateRequest
    from .appointment_update_request_status import AppointmentUpdateRequestStatus
    from .assign_agent_evaluate_settings_response_200 import AssignAgentEvaluateSettingsResponse200
    from .assign_agent_sms_channel_body import AssignAgentSmsChannelBody
    from .assign_agent_sms_channel_response_200 import AssignAgentSmsChannelResponse200
    from .assign_campaign_rule_response_200 import AssignCampaignRuleResponse200
    from .assign_external_trunk_response_200 import AssignExternalTrunkResponse200
    from .assign_sip_trunk_connection_response_200 import AssignSipTrunkConnectionResponse200
    from .assign_table_body import AssignTableBody
    from .assign_table_response_200 import AssignTableResponse200
    from .attach_campaign_pools_response_200 import AttachCampaignPoolsResponse200
    from .buy_phone_number_response_201 import BuyPhoneNumberResponse201
    from .call_action_forward_request import CallActionForwardRequest
    from .call_action_hangup_request import CallActionHangupRequest
    from .call_action_say_request import CallActionSayRequest
    from .call_greeting import CallGreeting
    from .call_initiate_request import CallInitiateRequest
    from .call_initiate_result import CallInitiateResult
    from .call_participant import CallParticipant
    from .call_prompt import CallPrompt
    from .call_record import CallRecord
    from .call_record_agent_type_0 import CallRecordAgentType0
    from .call_record_page import CallRecordPage
    from .campaign import Campaign
    from .campaign_page import CampaignPage
    from .campaign_pools_attach_request import CampaignPoolsAttachRequest
    from .campaign_pools_attach_result import CampaignPoolsAttachResult
    from .campaign_rule_assign_request import CampaignRuleAssignRequest
    from .campaign_rule_assignment import CampaignRuleAssignment
    from .campaign_rule_snapshot import CampaignRuleSnapshot
    from .campaign_rule_snapshot_type import CampaignRuleSnapshotType
    from .campaign_update_request import CampaignUpdateRequest
    from .campaign_update_request_rules_type_0 import CampaignUpdateRequestRulesType0
    from .campaign_update_request_status import CampaignUpdateRequestStatus
    from .cancel_appointment_request_response_200 import CancelAppointmentRequestResponse200
    from .cancel_task_response_200 import CancelTaskResponse200
    from .contact import Contact
    from .contact_analyzer_update import ContactAnalyzerUpdate
    from .contact_analyzer_update_update_behavior import ContactAnalyzerUpdateUpdateBehavior
    from .contact_approval_list import ContactApprovalList
    from .contact_approval_list_data import ContactApprovalListData
    from .contact_blacklist_entry import ContactBlacklistEntry
    from .contact_blacklist_request import ContactBlacklistRequest
    from .contact_blacklist_request_type import ContactBlacklistRequestType
    from .contact_blacklist_result import ContactBlacklistResult
    from .contact_field import ContactField
    from .contact_input import ContactInput
    from .contact_input_status import ContactInputStatus
    from .contact_paginated_list import ContactPaginatedList
    from .contact_tag import ContactTag
    from .contact_tag_assign_request import ContactTagAssignRequest
    from .conversation import Conversation
    from .conversation_call import ConversationCall
    from .conversation_contact import ConversationContact
    from .conversation_message_page import ConversationMessagePage
    from .conversation_page import ConversationPage
    from .create_agent_from_website_response_201 import CreateAgentFromWebsiteResponse201
    from .create_agent_from_website_response_201_data import CreateAgentFromWebsiteResponse201Data
    from .create_agent_response_201 import CreateAgentResponse201
    from .create_agent_webhook_response_200 import CreateAgentWebhookResponse200
    from .create_agent_webhook_response_200_data import CreateAgentWebhookResponse200Data
    from .create_appointment_request_response_201 import CreateAppointmentRequestResponse201
    from .create_campaign_response_201 import CreateCampaignResponse201
    from .create_contact_field_body import CreateContactFieldBody
    from .create_contact_field_response_201 import CreateContactFieldResponse201
    from .create_contact_response_201 import CreateContactResponse201
    from .create_external_trunk_response_201 import CreateExternalTrunkResponse201
    from .create_flow_step_body import CreateFlowStepBody
    from .create_flow_step_body_branch_key import CreateFlowStepBodyBranchKey
    from .create_flow_step_body_config import CreateFlowStepBodyConfig
    from .create_flow_step_body_kind import CreateFlowStepBodyKind
    from .create_flow_step_response_201 import CreateFlowStepResponse201
    from .create_pbx_extension_connector_response_201 import CreatePbxExtensionConnectorResponse201
    from .create_pool_response_201 import CreatePoolResponse201
    from .create_rule_response_201 import CreateRuleResponse201
    from .create_schedule_response_201 import CreateScheduleResponse201
    from .create_sip_trunk_connection_response_201 import CreateSipTrunkConnectionResponse201
    from .create_table_body import CreateTableBody
    from .create_table_record_body import CreateTableRecordBody
    from .create_table_record_body_record import CreateTableRecordBodyRecord
    from .create_table_record_response_200 import CreateTableRecordResponse200
    from .create_table_response_201 import CreateTableResponse201
    from .create_task_response_201 import CreateTaskResponse201
    from .create_transcription_response_200 import CreateTranscriptionResponse200
    from .create_whatsapp_template_response_201 import CreateWhatsappTemplateResponse201
    from .delete_agent_procedure_response_200 import DeleteAgentProcedureResponse200
    from .delete_appointment_response_200 import DeleteAppointmentResponse200
    from .delete_campaign_response_200 import DeleteCampaignResponse200
    from .delete_contact_response_200 import DeleteContactResponse200
    from .delete_external_trunk_channel import DeleteExternalTrunkChannel
    from .delete_external_trunk_response_200 import DeleteExternalTrunkResponse200
    from .delete_external_trunk_response_200_data_type_0 import DeleteExternalTrunkResponse200DataType0
    from .delete_guard_rule_response_200 import DeleteGuardRuleResponse200
    from .delete_pool_response_200 import DeletePoolResponse200
    from .delete_pool_response_200_data import DeletePoolResponse200Data
    from .delete_routing_rule_response_200 import DeleteRoutingRuleResponse200
    from .delete_table_record_response_200 import DeleteTableRecordResponse200
    from .delete_task_response_200 import DeleteTaskResponse200
    from .deploy_flow_response_200 import DeployFlowResponse200
    from .duplicate_pool_response_201 import DuplicatePoolResponse201
    from .evaluate_channel_settings import EvaluateChannelSettings
    from .evaluate_feature import EvaluateFeature
    from .evaluate_sessionization import EvaluateSessionization
    from .evaluate_settings import EvaluateSettings
    from .evaluate_settings_update import EvaluateSettingsUpdate
    from .evaluation import Evaluation
    from .evaluation_metric import EvaluationMetric
    from .evaluation_page import EvaluationPage
    from .flow import Flow
    from .flow_step import FlowStep
    from .flow_step_action_type_0 import FlowStepActionType0
    from .flow_step_agent_type_0 import FlowStepAgentType0
    from .flow_step_app import FlowStepApp
    from .flow_step_app_connection_type_0 import FlowStepAppConnectionType0
    from .flow_step_branch_key_type_0 import FlowStepBranchKeyType0
    from .flow_step_config import FlowStepConfig
    from .flow_step_kind import FlowStepKind
    from .flow_step_last_test_type_0 import FlowStepLastTestType0
    from .flow_step_last_test_type_0_data import FlowStepLastTestType0Data
    from .flow_step_test_result import FlowStepTestResult
    from .flow_step_test_result_data import FlowStepTestResultData
    from .flow_step_test_result_kind import FlowStepTestResultKind
    from .flow_step_test_result_resolved_type_0 import FlowStepTestResultResolvedType0
    from .flow_step_test_result_selected_type_0 import FlowStepTestResultSelectedType0
    from .flow_step_test_sample import FlowStepTestSample
    from .flow_step_trigger_type_0 import FlowStepTriggerType0
    from .forward_call_response_200 import ForwardCallResponse200
    from .forward_call_response_200_data import ForwardCallResponse200Data
    from .get_action_log_response_200 import GetActionLogResponse200
    from .get_action_log_type import GetActionLogType
    from .get_agent_intent_event_response_200 import GetAgentIntentEventResponse200
    from .get_agent_voice_settings_response_200 import GetAgentVoiceSettingsResponse200
    from .get_appointment_request_response_200 import GetAppointmentRequestResponse200
    from .get_appointment_response_200 import GetAppointmentResponse200
    from .get_call_analytics_granularity import GetCallAnalyticsGranularity
    from .get_call_response_200 import GetCallResponse200
    from .get_campaign_response_200 import GetCampaignResponse200
    from .get_contact_response_200 import GetContactResponse200
    from .get_conversation_response_200 import GetConversationResponse200
    from .get_default_evaluate_settings_response_200 import GetDefaultEvaluateSettingsResponse200
    from .get_evaluation_analytics_response_200 import GetEvaluationAnalyticsResponse200
    from .get_evaluation_response_200 import GetEvaluationResponse200
    from .get_pbx_extension_connector_response_200 import GetPbxExtensionConnectorResponse200
    from .get_rule_response_200 import GetRuleResponse200
    from .get_schedule_response_200 import GetScheduleResponse200
    from .get_session_analytics_granularity import GetSessionAnalyticsGranularity
    from .get_session_evaluation_response_200 import GetSessionEvaluationResponse200
    from .get_table_response_200 import GetTableResponse200
    from .get_task_response_200 import GetTaskResponse200
    from .get_transcription_response_200 import GetTranscriptionResponse200
    from .get_transcription_transcript_response_200 import GetTranscriptionTranscriptResponse200
    from .hangup_call_response_200 import HangupCallResponse200
    from .hangup_call_response_200_data import HangupCallResponse200Data
    from .import_table_from_file_body import ImportTableFromFileBody
    from .import_table_from_file_response_200 import ImportTableFromFileResponse200
    from .import_table_from_text_body import ImportTableFromTextBody
    from .import_table_from_text_response_200 import ImportTableFromTextResponse200
    from .import_table_from_website_body import ImportTableFromWebsiteBody
    from .import_table_from_website_response_200 import ImportTableFromWebsiteResponse200
    from .initiate_call_response_200 import InitiateCallResponse200
    from .list_agents_response_200 import ListAgentsResponse200
    from .list_agents_response_200_data import ListAgentsResponse200Data
    from .list_appointment_requests_response_200 import ListAppointmentRequestsResponse200
    from .list_appointment_requests_status import ListAppointmentRequestsStatus
    from .list_appointments_response_200 import ListAppointmentsResponse200
    from .list_appointments_response_200_data_item import ListAppointmentsResponse200DataItem
    from .list_calls_response_200 import ListCallsResponse200
    from .list_campaigns_response_200 import ListCampaignsResponse200
    from .list_contact_approvals_confidence import ListContactApprovalsConfidence
    from .list_contact_approvals_status import ListContactApprovalsStatus
    from .list_contact_fields_response_200 import ListContactFieldsResponse200
    from .list_contacts_contact_channel import ListContactsContactChannel
    from .list_contacts_response_200 import ListContactsResponse200
    from .list_contacts_status import ListContactsStatus
    from .list_conversation_messages_response_200 import ListConversationMessagesResponse200
    from .list_conversation_messages_sender import ListConversationMessagesSender
    from .list_conversation_messages_sort_dir import ListConversationMessagesSortDir
    from .list_conversation_sessions_response_200 import ListConversationSessionsResponse200
    from .list_conversations_response_200 import ListConversationsResponse200
    from .list_evaluations_response_200 import ListEvaluationsResponse200
    from .list_external_trunks_response_200 import ListExternalTrunksResponse200
    from .list_flow_app_actions_response_200 import ListFlowAppActionsResponse200
    from .list_flow_app_triggers_response_200 import ListFlowAppTriggersResponse200
    from .list_flow_apps_response_200 import ListFlowAppsResponse200
    from .list_flow_connections_response_200 import ListFlowConnectionsResponse200
    from .list_flows_response_200 import ListFlowsResponse200
    from .list_listings_response_200 import ListListingsResponse200
    from .list_listings_response_200_data_item import ListListingsResponse200DataItem
    from .list_outbound_call_rates_response_200 import ListOutboundCallRatesResponse200
    from .list_phone_number_search_requirements_response_200 import ListPhoneNumberSearchRequirementsResponse200
    from .list_phone_numbers_response_200 import ListPhoneNumbersResponse200
    from .list_pool_contacts_response_200 import ListPoolContactsResponse200
    from .list_pool_contacts_status import ListPoolContactsStatus
    from .list_pools_response_200 import ListPoolsResponse200
    from .list_pools_type import ListPoolsType
    from .list_rules_response_200 import ListRulesResponse200
    from .list_rules_type import ListRulesType
    from .list_schedules_response_200 import ListSchedulesResponse200
    from .list_schedules_response_200_data_item import ListSchedulesResponse200DataItem
    from .list_session_messages_response_200 import ListSessionMessagesResponse200
    from .list_session_messages_sender import ListSessionMessagesSender
    from .list_session_messages_sort_dir import ListSessionMessagesSortDir
    from .list_table_fields_response_200 import ListTableFieldsResponse200
    from .list_table_records_response_200 import ListTableRecordsResponse200
    from .list_table_records_response_200_data import ListTableRecordsResponse200Data
    from .list_table_records_response_200_data_data_item import ListTableRecordsResponse200DataDataItem
    from .list_tasks_response_200 import ListTasksResponse200
    from .list_tasks_status import ListTasksStatus
    from .list_tasks_type import ListTasksType
    from .list_whatsapp_business_accounts_response_200 import ListWhatsappBusinessAccountsResponse200
    from .list_whatsapp_business_accounts_response_200_data_item import ListWhatsappBusinessAccountsResponse200DataItem
    from .list_whatsapp_templates_response_200 import ListWhatsappTemplatesResponse200
    from .listing_contact import ListingContact
    from .listing_contacts_add_request import ListingContactsAddRequest
    from .listing_contacts_add_request_contacts_item import ListingContactsAddRequestContactsItem
    from .listing_create_request import ListingCreateRequest
    from .listing_create_request_campaign_type import ListingCreateRequestCampaignType
    from .listing_rule import ListingRule
    from .log_action_detail import LogActionDetail
    from .log_action_detail_agent import LogActionDetailAgent
    from .log_action_detail_contact_type_0 import LogActionDetailContactType0
    from .log_action_detail_customer_type_0 import LogActionDetailCustomerType0
    from .log_action_detail_extras import LogActionDetailExtras
    from .log_action_detail_request import LogActionDetailRequest
    from .log_action_detail_response import LogActionDetailResponse
    from .log_action_detail_type import LogActionDetailType
    from .mute_call_agent_response_200 import MuteCallAgentResponse200
    from .mute_call_agent_response_200_data import MuteCallAgentResponse200Data
    from .pbx_extension_connector_create_request import PbxExtensionConnectorCreateRequest
    from .pbx_extension_connector_create_request_connection_type import PbxExtensionConnectorCreateRequestConnectionType
    from .pbx_extension_connector_create_request_normalizer import PbxExtensionConnectorCreateRequestNormalizer
    from .pbx_extension_connector_create_request_setup_mode import PbxExtensionConnectorCreateRequestSetupMode
    from .pbx_extension_connector_item import PbxExtensionConnectorItem
    from .pbx_extension_connector_item_auth import PbxExtensionConnectorItemAuth
    from .pbx_extension_connector_item_connection_type_type_0 import PbxExtensionConnectorItemConnectionTypeType0
    from .pbx_extension_connector_item_inbound import PbxExtensionConnectorItemInbound
    from .pbx_extension_connector_item_normalizer import PbxExtensionConnectorItemNormalizer
    from .pbx_extension_connector_item_pbx import PbxExtensionConnectorItemPbx
    from .pbx_extension_connector_item_setup_mode_type_0 import PbxExtensionConnectorItemSetupModeType0
    from .pbx_extension_connector_item_status import PbxExtensionConnectorItemStatus
    from .phone_number import PhoneNumber
    from .phone_number_billing import PhoneNumberBilling
    from .phone_number_binding import PhoneNumberBinding
    from .phone_number_bindings import PhoneNumberBindings
    from .phone_number_buy_request import PhoneNumberBuyRequest
    from .phone_number_buy_request_capabilities import PhoneNumberBuyRequestCapabilities
    from .phone_number_buy_request_type import PhoneNumberBuyRequestType
    from .phone_number_capabilities import PhoneNumberCapabilities
    from .phone_number_channel_settings import PhoneNumberChannelSettings
    from .phone_number_channel_state import PhoneNumberChannelState
    from .phone_number_channels import PhoneNumberChannels
    from .phone_number_channels_channels import PhoneNumberChannelsChannels
    from .phone_number_compliance import PhoneNumberCompliance
    from .phone_number_compliance_address import PhoneNumberComplianceAddress
    from .phone_number_compliance_requirement import PhoneNumberComplianceRequirement
    from .phone_number_inbound_setting import PhoneNumberInboundSetting
    from .phone_number_list import PhoneNumberList
    from .phone_number_outbound_channel_setting import PhoneNumberOutboundChannelSetting
    from .phone_number_pagination import PhoneNumberPagination
    from .phone_number_rate import PhoneNumberRate
    from .phone_number_rate_list import PhoneNumberRateList
    from .phone_number_rate_price import PhoneNumberRatePrice
    from .phone_number_requirement_value import PhoneNumberRequirementValue
    from .phone_number_trunk_assign_request import PhoneNumberTrunkAssignRequest
    from .phone_number_trunk_assign_request_channel import PhoneNumberTrunkAssignRequestChannel
    from .phone_number_trunk_create_request import PhoneNumberTrunkCreateRequest
    from .phone_number_trunk_create_request_additional_settings import PhoneNumberTrunkCreateRequestAdditionalSettings
    from .phone_number_trunk_create_request_channel import PhoneNumberTrunkCreateRequestChannel
    from .phone_number_trunk_create_request_direction import PhoneNumberTrunkCreateRequestDirection
    from .phone_number_trunk_list import PhoneNumberTrunkList
    from .phone_number_trunk_sip import PhoneNumberTrunkSip
    from .phone_number_trunk_update_request import PhoneNumberTrunkUpdateRequest
    from .phone_number_trunk_update_request_additional_settings import PhoneNumberTrunkUpdateRequestAdditionalSettings
    from .phone_number_trunk_update_request_channel import PhoneNumberTrunkUpdateRequestChannel
    from .phone_number_trunk_update_request_direction import PhoneNumberTrunkUpdateRequestDirection
    from .phone_number_type import PhoneNumberType
    from .phone_number_update_channel_settings_request import PhoneNumberUpdateChannelSettingsRequest
    from .pool import Pool
    from .pool_contact import PoolContact
    from .pool_contact_paginated_list import PoolContactPaginatedList
    from .pool_contacts_add_request import PoolContactsAddRequest
    from .pool_contacts_add_result import PoolContactsAddResult
    from .pool_create_request import PoolCreateRequest
    from .pool_create_request_type import PoolCreateRequestType
    from .pool_duplicate_request import PoolDuplicateRequest
    from .pool_duplicate_result import PoolDuplicateResult
    from .pool_paginated_list import PoolPaginatedList
    from .pool_type import PoolType
    from .pool_update_request import PoolUpdateRequest
    from .pool_update_request_type import PoolUpdateRequestType
    from .provision_agent_call_channel_body import ProvisionAgentCallChannelBody
    from .provision_agent_call_channel_response_200 import ProvisionAgentCallChannelResponse200
    from .provision_agent_call_channel_response_200_data import ProvisionAgentCallChannelResponse200Data
    from .queue_task_response_200 import QueueTaskResponse200
    from .reassign_agent_evaluate_settings_response_200 import ReassignAgentEvaluateSettingsResponse200
    from .remove_contact_tag_response_200 import RemoveContactTagResponse200
    from .remove_listing_contact_response_200 import RemoveListingContactResponse200
    from .remove_pool_contact_response_200 import RemovePoolContactResponse200
    from .remove_pool_contact_response_200_data import RemovePoolContactResponse200Data
    from .replace_agent_appointments_response_200 import ReplaceAgentAppointmentsResponse200
    from .replace_agent_guidelines_body import ReplaceAgentGuidelinesBody
    from .replace_agent_guidelines_response_200 import ReplaceAgentGuidelinesResponse200
    from .replace_agent_training_body import ReplaceAgentTrainingBody
    from .replace_agent_training_response_200 import ReplaceAgentTrainingResponse200
    from .replace_guard_rules_body import ReplaceGuardRulesBody
    from .replace_guard_rules_response_200 import ReplaceGuardRulesResponse200
    from .replace_routing_rules_body import ReplaceRoutingRulesBody
    from .replace_routing_rules_response_200 import ReplaceRoutingRulesResponse200
    from .retry_task_response_200 import RetryTaskResponse200
    from .rule import Rule
    from .rule_create_request import RuleCreateRequest
    from .rule_create_request_type import RuleCreateRequestType
    from .rule_page import RulePage
    from .rule_type import RuleType
    from .rule_update_request import RuleUpdateRequest
    from .rule_update_request_type import RuleUpdateRequestType
    from .say_call_message_response_200 import SayCallMessageResponse200
    from .say_call_message_response_200_data import SayCallMessageResponse200Data
    from .schedule import Schedule
    from .schedule_create_request import ScheduleCreateRequest
    from .schedule_custom_question import ScheduleCustomQuestion
    from .schedule_update_request import ScheduleUpdateRequest
    from .search_phone_numbers_response_200 import SearchPhoneNumbersResponse200
    from .send_sms_response_200 import SendSmsResponse200
    from .send_whatsapp_template_message_response_200 import SendWhatsappTemplateMessageResponse200
    from .session import Session
    from .session_page import SessionPage
    from .set_agent_intent_event_response_200 import SetAgentIntentEventResponse200
    from .sip_trunk_assign_request import SipTrunkAssignRequest
    from .sip_trunk_assignment import SipTrunkAssignment
    from .sip_trunk_connection import SipTrunkConnection
    from .sip_trunk_connection_create_request import SipTrunkConnectionCreateRequest
    from .sms_send_request import SmsSendRequest
    from .sms_send_result import SmsSendResult
    from .sync_table_response_200 import SyncTableResponse200
    from .sync_whatsapp_template_response_200 import SyncWhatsappTemplateResponse200
    from .sync_whatsapp_templates_body import SyncWhatsappTemplatesBody
    from .sync_whatsapp_templates_response_200 import SyncWhatsappTemplatesResponse200
    from .sync_whatsapp_templates_response_200_data import SyncWhatsappTemplatesResponse200Data
    from .table import Table
    from .table_column import TableColumn
    from .table_column_input import TableColumnInput
    from .table_column_input_data_type import TableColumnInputDataType
    from .task import Task
    from .task_contact_input import TaskContactInput
    from .task_create_request import TaskCreateRequest
    from .task_create_request_metadata import TaskCreateRequestMetadata
    from .task_create_request_type import TaskCreateRequestType
    from .task_data import TaskData
    from .task_metadata_type_0 import TaskMetadataType0
    from .task_page import TaskPage
    from .task_status import TaskStatus
    from .task_task_data_type_0 import TaskTaskDataType0
    from .task_type import TaskType
    from .task_update_request import TaskUpdateRequest
    from .test_flow_step_body import TestFlowStepBody
    from .test_flow_step_body_config_override import TestFlowStepBodyConfigOverride
    from .test_flow_step_body_data import TestFlowStepBodyData
    from .test_flow_step_body_input_data import TestFlowStepBodyInputData
    from .test_flow_step_response_200 import TestFlowStepResponse200
    from .transcription import Transcription
    from .transcription_conversation import TranscriptionConversation
    from .transcription_create_request import TranscriptionCreateRequest
    from .transcription_message import TranscriptionMessage
    from .transcription_session import TranscriptionSession
    from .transcription_transcript import TranscriptionTranscript
    from .transcription_transcript_evaluations_type_0 import TranscriptionTranscriptEvaluationsType0
    from .undeploy_flow_response_200 import UndeployFlowResponse200
    from .unmute_call_agent_response_200 import UnmuteCallAgentResponse200
    from .unmute_call_agent_response_200_data import UnmuteCallAgentResponse200Data
    from .update_agent_call_behavior_response_200 import UpdateAgentCallBehaviorResponse200
    from .update_agent_evaluate_settings_response_200 import UpdateAgentEvaluateSettingsResponse200
    from .update_agent_intent_response_200 import UpdateAgentIntentResponse200
    from .update_agent_interaction_settings_response_200 import UpdateAgentInteractionSettingsResponse200
    from .update_agent_procedure_response_200 import UpdateAgentProcedureResponse200
    from .update_agent_response_200 import UpdateAgentResponse200
    from .update_agent_training_response_200 import UpdateAgentTrainingResponse200
    from .update_agent_webhook_response_200 import UpdateAgentWebhookResponse200
    from .update_appointment_response_200 import UpdateAppointmentResponse200
    from .update_appointment_status_response_200 import UpdateAppointmentStatusResponse200
    from .update_campaign_response_200 import UpdateCampaignResponse200
    from .update_contact_response_200 import UpdateContactResponse200
    from .update_default_evaluate_settings_response_200 import UpdateDefaultEvaluateSettingsResponse200
    from .update_external_trunk_response_200 import UpdateExternalTrunkResponse200
    from .update_flow_step_body import UpdateFlowStepBody
    from .update_flow_step_body_config import UpdateFlowStepBodyConfig
    from .update_flow_step_response_200 import UpdateFlowStepResponse200
    from .update_guard_rule_response_200 import UpdateGuardRuleResponse200
    from .update_phone_number_channel_settings_response_200 import UpdatePhoneNumberChannelSettingsResponse200
    from .update_pool_response_200 import UpdatePoolResponse200
    from .update_routing_rule_response_200 import UpdateRoutingRuleResponse200
    from .update_rule_response_200 import UpdateRuleResponse200
    from .update_table_record_body import UpdateTableRecordBody
    from .update_table_record_body_record import UpdateTableRecordBodyRecord
    from .update_table_record_response_200 import UpdateTableRecordResponse200
    from .update_task_response_200 import UpdateTaskResponse200
    from .upload_whatsapp_template_media_response_200 import UploadWhatsappTemplateMediaResponse200
    from .voice_ivr_agent import VoiceIvrAgent
    from .voice_ivr_agent_guidelines_item import VoiceIvrAgentGuidelinesItem
    from .voice_ivr_agent_notes_item import VoiceIvrAgentNotesItem
    from .voice_ivr_agent_procedures_item import VoiceIvrAgentProceduresItem
    from .voice_ivr_agent_procedures_item_steps_item import VoiceIvrAgentProceduresItemStepsItem
    from .voice_ivr_agent_settings import VoiceIvrAgentSettings
    from .voice_ivr_agent_settings_evaluation import VoiceIvrAgentSettingsEvaluation
    from .voice_ivr_agent_settings_memorize import VoiceIvrAgentSettingsMemorize
    from .voice_ivr_agent_settings_text import VoiceIvrAgentSettingsText
    from .voice_ivr_agent_settings_voice import VoiceIvrAgentSettingsVoice
    from .voice_ivr_agent_training_item import VoiceIvrAgentTrainingItem
    from .voice_ivr_guard_rule import VoiceIvrGuardRule
    from .voice_ivr_guard_rule_create import VoiceIvrGuardRuleCreate
    from .voice_ivr_guard_rule_create_selected_channels_item import VoiceIvrGuardRuleCreateSelectedChannelsItem
    from .voice_ivr_guard_rule_create_then_action import VoiceIvrGuardRuleCreateThenAction
    from .voice_ivr_guard_rule_input import VoiceIvrGuardRuleInput
    from .voice_ivr_guard_rule_input_selected_channels_item import VoiceIvrGuardRuleInputSelectedChannelsItem
    from .voice_ivr_guard_rule_input_then_action import VoiceIvrGuardRuleInputThenAction
    from .voice_ivr_guard_rule_selected_channels_item import VoiceIvrGuardRuleSelectedChannelsItem
    from .voice_ivr_guard_rule_then_action import VoiceIvrGuardRuleThenAction
    from .voice_ivr_routing_rule import VoiceIvrRoutingRule
    from .voice_ivr_routing_rule_detection_mode import VoiceIvrRoutingRuleDetectionMode
    from .voice_ivr_routing_rule_input import VoiceIvrRoutingRuleInput
    from .voice_ivr_routing_rule_input_detection_mode import VoiceIvrRoutingRuleInputDetectionMode
    from .whatsapp_template import WhatsappTemplate
    from .whatsapp_template_button import WhatsappTemplateButton
    from .whatsapp_template_button_type import WhatsappTemplateButtonType
    from .whatsapp_template_category import WhatsappTemplateCategory
    from .whatsapp_template_component import WhatsappTemplateComponent
    from .whatsapp_template_component_example import WhatsappTemplateComponentExample
    from .whatsapp_template_component_format import WhatsappTemplateComponentFormat
    from .whatsapp_template_component_type import WhatsappTemplateComponentType
    from .whatsapp_template_components_item import WhatsappTemplateComponentsItem
    from .whatsapp_template_create_request import WhatsappTemplateCreateRequest
    from .whatsapp_template_create_request_category import WhatsappTemplateCreateRequestCategory
    from .whatsapp_template_media_upload import WhatsappTemplateMediaUpload
    from .whatsapp_template_media_upload_media_type import WhatsappTemplateMediaUploadMediaType
    from .whatsapp_template_media_upload_request import WhatsappTemplateMediaUploadRequest
    from .whatsapp_template_media_upload_request_media_type import WhatsappTemplateMediaUploadRequestMediaType
    from .whatsapp_template_send_header import WhatsappTemplateSendHeader
    from .whatsapp_template_send_request import WhatsappTemplateSendRequest
    from .whatsapp_template_send_request_parameters import WhatsappTemplateSendRequestParameters
    from .whatsapp_template_send_result import WhatsappTemplateSendResult

_MODULES = {
    "AddAgentGuidelineResponse201": ".add_agent_guideline_response_201",
    "AddAgentNoteResponse201": ".add_agent_note_response_201",
    "AddAgentProcedureResponse201": ".add_agent_procedure_response_201",
    "AddContactTagResponse200": ".add_contact_tag_response_200",
    "AddContactToBlacklistResponse200": ".add_contact_to_blacklist_response_200",
    "AddGuardRuleResponse201": ".add_guard_rule_response_201",
    "AddListingContactsResponse200": ".add_listing_contacts_response_200",
    "AddPoolContactsResponse200": ".add_pool_contacts_response_200",
    "AddRoutingRuleResponse201": ".add_routing_rule_response_201",
    "Agent": ".agent",
    "AgentAppointmentsInput": ".agent_appointments_input",
    "AgentCallBehavior": ".agent_call_behavior",
    "AgentFromWebsiteInput": ".agent_from_website_input",
    "AgentGuideline": ".agent_guideline",
    "AgentGuidelineInput": ".agent_guideline_input",
    "AgentInput": ".agent_input",
    "AgentInputGuardRulesItem": ".agent_input_guard_rules_item",
    "AgentInputSettings": ".agent_input_settings",
    "AgentInputSettingsText": ".agent_input_settings_text",
    "AgentInputSettingsVoice": ".agent_input_settings_voice",
    "AgentIntent": ".agent_intent",
    "AgentIntentEvent": ".agent_intent_event",
    "AgentIntentEventAction": ".agent_intent_event_action",
    "AgentIntentEventApp": ".agent_intent_event_app",
    "AgentIntentEventConfig": ".agent_intent_event_config",
    "AgentIntentEventEventType": ".agent_intent_event_event_type",
    "AgentIntentEventInput": ".agent_intent_event_input",
    "AgentIntentEventInputChannel": ".agent_intent_event_input_channel",
    "AgentIntentEventInputConfig": ".agent_intent_event_input_config",
    "AgentIntentEventInputEventType": ".agent_intent_event_input_event_type",
    "AgentIntentInput": ".agent_intent_input",
    "AgentIntentParameter": ".agent_intent_parameter",
    "AgentIntentWebhook": ".agent_intent_webhook",
    "AgentNote": ".agent_note",
    "AgentNoteInput": ".agent_note_input",
    "AgentProcedure": ".agent_procedure",
    "AgentProcedureInput": ".agent_procedure_input",
    "AgentProcedureStep": ".agent_procedure_step",
    "AgentRoutingRuleInput": ".agent_routing_rule_input",
    "AgentRoutingRuleInputDetectionMode": ".agent_routing_rule_input_detection_mode",
    "AgentScheduleApproval": ".agent_schedule_approval",
    "AgentScheduleAssignment": ".agent_schedule_assignment",
    "AgentScheduleCancellation": ".agent_schedule_cancellation",
    "AgentScheduleCustomQuestion": ".agent_schedule_custom_question",
    "AgentScheduleQuestions": ".agent_schedule_questions",
    "AgentScheduleRescheduling": ".agent_schedule_rescheduling",
    "AgentScheduleSlotRules": ".agent_schedule_slot_rules",
    "AgentSettings": ".agent_settings",
    "AgentSettingsEvaluation": ".agent_settings_evaluation",
    "AgentSettingsMemorize": ".agent_settings_memorize",
    "AgentSettingsText": ".agent_settings_text",
    "AgentSettingsVoice": ".agent_settings_voice",
    "AgentTrainingInput": ".agent_training_input",
    "AgentTrainingItem": ".agent_training_item",
    "AgentVoiceAdvanced": ".agent_voice_advanced",
    "AgentVoiceCompliance": ".agent_voice_compliance",
    "AgentVoiceInteraction": ".agent_voice_interaction",
    "AgentVoiceInterruption": ".agent_voice_interruption",
    "AgentVoiceInterruptionAdvanced": ".agent_voice_interruption_advanced",
    "AgentVoiceProfile": ".agent_voice_profile",
    "AgentVoiceSettings": ".agent_voice_settings",
    "AgentVoiceSettingsNormalizers": ".agent_voice_settings_normalizers",
    "AgentWebhook": ".agent_webhook",
    "AgentWebhookEvent": ".agent_webhook_event",
    "AgentWebhookInput": ".agent_webhook_input",
    "AnalyticsCallMetrics": ".analytics_call_metrics",
    "AnalyticsCallMetricsBuckets": ".analytics_call_metrics_buckets",
    "AnalyticsCallMetricsCost": ".analytics_call_metrics_cost",
    "AnalyticsCallMetricsDurationSec": ".analytics_call_metrics_duration_sec",
    "AnalyticsCallMetricsMeta": ".analytics_call_metrics_meta",
    "AnalyticsCallMetricsOutcome": ".analytics_call_metrics_outcome",
    "AnalyticsCallMetricsPreviousType0": ".analytics_call_metrics_previous_type_0",
    "AnalyticsCallTotals": ".analytics_call_totals",
    "AnalyticsSessionMetrics": ".analytics_session_metrics",
    "AnalyticsSessionMetricsDurationSec": ".analytics_session_metrics_duration_sec",
    "AnalyticsSessionMetricsLatencyMsType0": ".analytics_session_metrics_latency_ms_type_0",
    "AnalyticsSessionMetricsMessagesPerSession": ".analytics_session_metrics_messages_per_session",
    "AnalyticsSessionMetricsMeta": ".analytics_session_metrics_meta",
    "AnalyticsSessionMetricsPreviousType0": ".analytics_session_metrics_previous_type_0",
    "AnalyticsSessionMetricsRates": ".analytics_session_metrics_rates",
    "AnalyticsSessionMetricsTotals": ".analytics_session_metrics_totals",
    "Appointment": ".appointment",
    "AppointmentCreateRequest": ".appointment_create_request",
    "AppointmentCreateRequestCustomAnswers": ".appointment_create_request_custom_answers",
    "AppointmentRequest": ".appointment_request",
    "AppointmentRequestAppointmentType0": ".appointment_request_appointment_type_0",
    "AppointmentRequestContact": ".appointment_request_contact",
    "AppointmentRequestCreateRequest": ".appointment_request_create_request",
    "AppointmentRequestSchedule": ".appointment_request_schedule",
    "AppointmentStatusUpdateRequest": ".appointment_status_update_request",
    "AppointmentStatusUpdateRequestStatus": ".appointment_status_update_request_status",
    "AppointmentUpdateRequest": ".appointment_update_request",
    "AppointmentUpdateRequestStatus": ".appointment_update_request_status",
    "AssignAgentEvaluateSettingsResponse200": ".assign_agent_evaluate_settings_response_200",
    "AssignAgentSmsChannelBody": ".assign_agent_sms_channel_body",
    "AssignAgentSmsChannelResponse200": ".assign_agent_sms_channel_response_200",
    "AssignCampaignRuleResponse200": ".assign_campaign_rule_response_200",
    "AssignExternalTrunkResponse200": ".assign_external_trunk_response_200",
    "AssignSipTrunkConnectionResponse200": ".assign_sip_trunk_connection_response_200",
    "AssignTableBody": ".assign_table_body",
    "AssignTableResponse200": ".assign_table_response_200",
    "AttachCampaignPoolsResponse200": ".attach_campaign_pools_response_200",
    "BuyPhoneNumberResponse201": ".buy_phone_number_response_201",
    "CallActionForwardRequest": ".call_action_forward_request",
    "CallActionHangupRequest": ".call_action_hangup_request",
    "CallActionSayRequest": ".call_action_say_request",
    "CallGreeting": ".call_greeting",
    "CallInitiateRequest": ".call_initiate_request",
    "CallInitiateResult": ".call_initiate_result",
    "CallParticipant": ".call_participant",
    "CallPrompt": ".call_prompt",
    "CallRecord": ".call_record",
    "CallRecordAgentType0": ".call_record_agent_type_0",
    "CallRecordPage": ".call_record_page",
    "Campaign": ".campaign",
    "CampaignPage": ".campaign_page",
    "CampaignPoolsAttachRequest": ".campaign_pools_attach_request",
    "CampaignPoolsAttachResult": ".campaign_pools_attach_result",
    "CampaignRuleAssignRequest": ".campaign_rule_assign_request",
    "CampaignRuleAssignment": ".campaign_rule_assignment",
    "CampaignRuleSnapshot": ".campaign_rule_snapshot",
    "CampaignRuleSnapshotType": ".campaign_rule_snapshot_type",
    "CampaignUpdateRequest": ".campaign_update_request",
    "CampaignUpdateRequestRulesType0": ".campaign_update_request_rules_type_0",
    "CampaignUpdateRequestStatus": ".campaign_update_request_status",
    "CancelAppointmentRequestResponse200": ".cancel_appointment_request_response_200",
    "CancelTaskResponse200": ".cancel_task_response_200",
    "Contact": ".contact",
    "ContactAnalyzerUpdate": ".contact_analyzer_update",
    "ContactAnalyzerUpdateUpdateBehavior": ".contact_analyzer_update_update_behavior",
    "ContactApprovalList": ".contact_approval_list",
    "ContactApprovalListData": ".contact_approval_list_data",
    "ContactBlacklistEntry": ".contact_blacklist_entry",
    "ContactBlacklistRequest": ".contact_blacklist_request",
    "ContactBlacklistRequestType": ".contact_blacklist_request_type",
    "ContactBlacklistResult": ".contact_blacklist_result",
    "ContactField": ".contact_field",
    "ContactInput": ".contact_input",
    "ContactInputStatus": ".contact_input_status",
    "ContactPaginatedList": ".contact_paginated_list",
    "ContactTag": ".contact_tag",
    "ContactTagAssignRequest": ".contact_tag_assign_request",
    "Conversation": ".conversation",
    "ConversationCall": ".conversation_call",
    "ConversationContact": ".conversation_contact",
    "ConversationMessagePage": ".conversation_message_page",
    "ConversationPage": ".conversation_page",
    "CreateAgentFromWebsiteResponse201": ".create_agent_from_website_response_201",
    "CreateAgentFromWebsiteResponse201Data": ".create_agent_from_website_response_201_data",
    "CreateAgentResponse201": ".create_agent_response_201",
    "CreateAgentWebhookResponse200": ".create_agent_webhook_response_200",
    "CreateAgentWebhookResponse200Data": ".create_agent_webhook_response_200_data",
    "CreateAppointmentRequestResponse201": ".create_appointment_request_response_201",
    "CreateCampaignResponse201": ".create_campaign_response_201",
    "CreateContactFieldBody": ".create_contact_field_body",
    "CreateContactFieldResponse201": ".create_contact_field_response_201",
    "CreateContactResponse201": ".create_contact_response_201",
    "CreateExternalTrunkResponse201": ".create_external_trunk_response_201",
    "CreateFlowStepBody": ".create_flow_step_body",
    "CreateFlowStepBodyBranchKey": ".create_flow_step_body_branch_key",
    "CreateFlowStepBodyConfig": ".create_flow_step_body_config",
    "CreateFlowStepBodyKind": ".create_flow_step_body_kind",
    "CreateFlowStepResponse201": ".create_flow_step_response_201",
    "CreatePbxExtensionConnectorResponse201": ".create_pbx_extension_connector_response_201",
    "CreatePoolResponse201": ".create_pool_response_201",
    "CreateRuleResponse201": ".create_rule_response_201",
    "CreateScheduleResponse201": ".create_schedule_response_201",
    "CreateSipTrunkConnectionResponse201": ".create_sip_trunk_connection_response_201",
    "CreateTableBody": ".create_table_body",
    "CreateTableRecordBody": ".create_table_record_body",
    "CreateTableRecordBodyRecord": ".create_table_record_body_record",
    "CreateTableRecordResponse200": ".create_table_record_response_200",
    "CreateTableResponse201": ".create_table_response_201",
    "CreateTaskResponse201": ".create_task_response_201",
    "CreateTranscriptionResponse200": ".create_transcription_response_200",
    "CreateWhatsappTemplateResponse201": ".create_whatsapp_template_response_201",
    "DeleteAgentProcedureResponse200": ".delete_agent_procedure_response_200",
    "DeleteAppointmentResponse200": ".delete_appointment_response_200",
    "DeleteCampaignResponse200": ".delete_campaign_response_200",
    "DeleteContactResponse200": ".delete_contact_response_200",
    "DeleteExternalTrunkChannel": ".delete_external_trunk_channel",
    "DeleteExternalTrunkResponse200": ".delete_external_trunk_response_200",
    "DeleteExternalTrunkResponse200DataType0": ".delete_external_trunk_response_200_data_type_0",
    "DeleteGuardRuleResponse200": ".delete_guard_rule_response_200",
    "DeletePoolResponse200": ".delete_pool_response_200",
    "DeletePoolResponse200Data": ".delete_pool_response_200_data",
    "DeleteRoutingRuleResponse200": ".delete_routing_rule_response_200",
    "DeleteTableRecordResponse200": ".delete_table_record_response_200",
    "DeleteTaskResponse200": ".delete_task_response_200",
    "DeployFlowResponse200": ".deploy_flow_response_200",
    "DuplicatePoolResponse201": ".duplicate_pool_response_201",
    "EvaluateChannelSettings": ".evaluate_channel_settings",
    "EvaluateFeature": ".evaluate_feature",
    "EvaluateSessionization": ".evaluate_sessionization",
    "EvaluateSettings": ".evaluate_settings",
    "EvaluateSettingsUpdate": ".evaluate_settings_update",
    "Evaluation": ".evaluation",
    "EvaluationMetric": ".evaluation_metric",
    "EvaluationPage": ".evaluation_page",
    "Flow": ".flow",
    "FlowStep": ".flow_step",
    "FlowStepActionType0": ".flow_step_action_type_0",
    "FlowStepAgentType0": ".flow_step_agent_type_0",
    "FlowStepApp": ".flow_step_app",
    "FlowStepAppConnectionType0": ".flow_step_app_connection_type_0",
    "FlowStepBranchKeyType0": ".flow_step_branch_key_type_0",
    "FlowStepConfig": ".flow_step_config",
    "FlowStepKind": ".flow_step_kind",
    "FlowStepLastTestType0": ".flow_step_last_test_type_0",
    "FlowStepLastTestType0Data": ".flow_step_last_test_type_0_data",
    "FlowStepTestResult": ".flow_step_test_result",
    "FlowStepTestResultData": ".flow_step_test_result_data",
    "FlowStepTestResultKind": ".flow_step_test_result_kind",
    "FlowStepTestResultResolvedType0": ".flow_step_test_result_resolved_type_0",
    "FlowStepTestResultSelectedType0": ".flow_step_test_result_selected_type_0",
    "FlowStepTestSample": ".flow_step_test_sample",
    "FlowStepTriggerType0": ".flow_step_trigger_type_0",
    "ForwardCallResponse200": ".forward_call_response_200",
    "ForwardCallResponse200Data": ".forward_call_response_200_data",
    "GetActionLogResponse200": ".get_action_log_response_200",
    "GetActionLogType": ".get_action_log_type",
    "GetAgentIntentEventResponse200": ".get_agent_intent_event_response_200",
    "GetAgentVoiceSettingsResponse200": ".get_agent_voice_settings_response_200",
    "GetAppointmentRequestResponse200": ".get_appointment_request_response_200",
    "GetAppointmentResponse200": ".get_appointment_response_200",
    "GetCallAnalyticsGranularity": ".get_call_analytics_granularity",
    "GetCallResponse200": ".get_call_response_200",
    "GetCampaignResponse200": ".get_campaign_response_200",
    "GetContactResponse200": ".get_contact_response_200",
    "GetConversationResponse200": ".get_conversation_response_200",
    "GetDefaultEvaluateSettingsResponse200": ".get_default_evaluate_settings_response_200",
    "GetEvaluationAnalyticsResponse200": ".get_evaluation_analytics_response_200",
    "GetEvaluationResponse200": ".get_evaluation_response_200",
    "GetPbxExtensionConnectorResponse200": ".get_pbx_extension_connector_response_200",
    "GetRuleResponse200": ".get_rule_response_200",
    "GetScheduleResponse200": ".get_schedule_response_200",
    "GetSessionAnalyticsGranularity": ".get_session_analytics_granularity",
    "GetSessionEvaluationResponse200": ".get_session_evaluation_response_200",
    "GetTableResponse200": ".get_table_response_200",
    "GetTaskResponse200": ".get_task_response_200",
    "GetTranscriptionResponse200": ".get_transcription_response_200",
    "GetTranscriptionTranscriptResponse200": ".get_transcription_transcript_response_200",
    "HangupCallResponse200": ".hangup_call_response_200",
    "HangupCallResponse200Data": ".hangup_call_response_200_data",
    "ImportTableFromFileBody": ".import_table_from_file_body",
    "ImportTableFromFileResponse200": ".import_table_from_file_response_200",
    "ImportTableFromTextBody": ".import_table_from_text_body",
    "ImportTableFromTextResponse200": ".import_table_from_text_response_200",
    "ImportTableFromWebsiteBody": ".import_table_from_website_body",
    "ImportTableFromWebsiteResponse200": ".import_table_from_website_response_200",
    "InitiateCallResponse200": ".initiate_call_response_200",
    "ListAgentsResponse200": ".list_agents_response_200",
    "ListAgentsResponse200Data": ".list_agents_response_200_data",
    "ListAppointmentRequestsResponse200": ".list_appointment_requests_response_200",
    "ListAppointmentRequestsStatus": ".list_appointment_requests_status",
    "ListAppointmentsResponse200": ".list_appointments_response_200",
    "ListAppointmentsResponse200DataItem": ".list_appointments_response_200_data_item",
    "ListCallsResponse200": ".list_calls_response_200",
    "ListCampaignsResponse200": ".list_campaigns_response_200",
    "ListContactApprovalsConfidence": ".list_contact_approvals_confidence",
    "ListContactApprovalsStatus": ".list_contact_approvals_status",
    "ListContactFieldsResponse200": ".list_contact_fields_response_200",
    "ListContactsContactChannel": ".list_contacts_contact_channel",
    "ListContactsResponse200": ".list_contacts_response_200",
    "ListContactsStatus": ".list_contacts_status",
    "ListConversationMessagesResponse200": ".list_conversation_messages_response_200",
    "ListConversationMessagesSender": ".list_conversation_messages_sender",
    "ListConversationMessagesSortDir": ".list_conversation_messages_sort_dir",
    "ListConversationSessionsResponse200": ".list_conversation_sessions_response_200",
    "ListConversationsResponse200": ".list_conversations_response_200",
    "ListEvaluationsResponse200": ".list_evaluations_response_200",
    "ListExternalTrunksResponse200": ".list_external_trunks_response_200",
    "ListFlowAppActionsResponse200": ".list_flow_app_actions_response_200",
    "ListFlowAppTriggersResponse200": ".list_flow_app_triggers_response_200",
    "ListFlowAppsResponse200": ".list_flow_apps_response_200",
    "ListFlowConnectionsResponse200": ".list_flow_connections_response_200",
    "ListFlowsResponse200": ".list_flows_response_200",
    "ListListingsResponse200": ".list_listings_response_200",
    "ListListingsResponse200DataItem": ".list_listings_response_200_data_item",
    "ListOutboundCallRatesResponse200": ".list_outbound_call_rates_response_200",
    "ListPhoneNumberSearchRequirementsResponse200": ".list_phone_number_search_requirements_response_200",
    "ListPhoneNumbersResponse200": ".list_phone_numbers_response_200",
    "ListPoolContactsResponse200": ".list_pool_contacts_response_200",
    "ListPoolContactsStatus": ".list_pool_contacts_status",
    "ListPoolsResponse200": ".list_pools_response_200",
    "ListPoolsType": ".list_pools_type",
    "ListRulesResponse200": ".list_rules_response_200",
    "ListRulesType": ".list_rules_type",
    "ListSchedulesResponse200": ".list_schedules_response_200",
    "ListSchedulesResponse200DataItem": ".list_schedules_response_200_data_item",
    "ListSessionMessagesResponse200": ".list_session_messages_response_200",
    "ListSessionMessagesSender": ".list_session_messages_sender",
    "ListSessionMessagesSortDir": ".list_session_messages_sort_dir",
    "ListTableFieldsResponse200": ".list_table_fields_response_200",
    "ListTableRecordsResponse200": ".list_table_records_response_200",
    "ListTableRecordsResponse200Data": ".list_table_records_response_200_data",
    "ListTableRecordsResponse200DataDataItem": ".list_table_records_response_200_data_data_item",
    "ListTasksResponse200": ".list_tasks_response_200",
    "ListTasksStatus": ".list_tasks_status",
    "ListTasksType": ".list_tasks_type",
    "ListWhatsappBusinessAccountsResponse200": ".list_whatsapp_business_accounts_response_200",
    "ListWhatsappBusinessAccountsResponse200DataItem": ".list_whatsapp_business_accounts_response_200_data_item",
    "ListWhatsappTemplatesResponse200": ".list_whatsapp_templates_response_200",
    "ListingContact": ".listing_contact",
    "ListingContactsAddRequest": ".listing_contacts_add_request",
    "ListingContactsAddRequestContactsItem": ".listing_contacts_add_request_contacts_item",
    "ListingCreateRequest": ".listing_create_request",
    "ListingCreateRequestCampaignType": ".listing_create_request_campaign_type",
    "ListingRule": ".listing_rule",
    "LogActionDetail": ".log_action_detail",
    "LogActionDetailAgent": ".log_action_detail_agent",
    "LogActionDetailContactType0": ".log_action_detail_contact_type_0",
    "LogActionDetailCustomerType0": ".log_action_detail_customer_type_0",
    "LogActionDetailExtras": ".log_action_detail_extras",
    "LogActionDetailRequest": ".log_action_detail_request",
    "LogActionDetailResponse": ".log_action_detail_response",
    "LogActionDetailType": ".log_action_detail_type",
    "MuteCallAgentResponse200": ".mute_call_agent_response_200",
    "MuteCallAgentResponse200Data": ".mute_call_agent_response_200_data",
    "PbxExtensionConnectorCreateRequest": ".pbx_extension_connector_create_request",
    "PbxExtensionConnectorCreateRequestConnectionType": ".pbx_extension_connector_create_request_connection_type",
    "PbxExtensionConnectorCreateRequestNormalizer": ".pbx_extension_connector_create_request_normalizer",
    "PbxExtensionConnectorCreateRequestSetupMode": ".pbx_extension_connector_create_request_setup_mode",
    "PbxExtensionConnectorItem": ".pbx_extension_connector_item",
    "PbxExtensionConnectorItemAuth": ".pbx_extension_connector_item_auth",
    "PbxExtensionConnectorItemConnectionTypeType0": ".pbx_extension_connector_item_connection_type_type_0",
    "PbxExtensionConnectorItemInbound": ".pbx_extension_connector_item_inbound",
    "PbxExtensionConnectorItemNormalizer": ".pbx_extension_connector_item_normalizer",
    "PbxExtensionConnectorItemPbx": ".pbx_extension_connector_item_pbx",
    "PbxExtensionConnectorItemSetupModeType0": ".pbx_extension_connector_item_setup_mode_type_0",
    "PbxExtensionConnectorItemStatus": ".pbx_extension_connector_item_status",
    "PhoneNumber": ".phone_number",
    "PhoneNumberBilling": ".phone_number_billing",
    "PhoneNumberBinding": ".phone_number_binding",
    "PhoneNumberBindings": ".phone_number_bindings",
    "PhoneNumberBuyRequest": ".phone_number_buy_request",
    "PhoneNumberBuyRequestCapabilities": ".phone_number_buy_request_capabilities",
    "PhoneNumberBuyRequestType": ".phone_number_buy_request_type",
    "PhoneNumberCapabilities": ".phone_number_capabilities",
    "PhoneNumberChannelSettings": ".phone_number_channel_settings",
    "PhoneNumberChannelState": ".phone_number_channel_state",
    "PhoneNumberChannels": ".phone_number_channels",
    "PhoneNumberChannelsChannels": ".phone_number_channels_channels",
    "PhoneNumberCompliance": ".phone_number_compliance",
    "PhoneNumberComplianceAddress": ".phone_number_compliance_address",
    "PhoneNumberComplianceRequirement": ".phone_number_compliance_requirement",
    "PhoneNumberInboundSetting": ".phone_number_inbound_setting",
    "PhoneNumberList": ".phone_number_list",
    "PhoneNumberOutboundChannelSetting": ".phone_number_outbound_channel_setting",
    "PhoneNumberPagination": ".phone_number_pagination",
    "PhoneNumberRate": ".phone_number_rate",
    "PhoneNumberRateList": ".phone_number_rate_list",
    "PhoneNumberRatePrice": ".phone_number_rate_price",
    "PhoneNumberRequirementValue": ".phone_number_requirement_value",
    "PhoneNumberTrunkAssignRequest": ".phone_number_trunk_assign_request",
    "PhoneNumberTrunkAssignRequestChannel": ".phone_number_trunk_assign_request_channel",
    "PhoneNumberTrunkCreateRequest": ".phone_number_trunk_create_request",
    "PhoneNumberTrunkCreateRequestAdditionalSettings": ".phone_number_trunk_create_request_additional_settings",
    "PhoneNumberTrunkCreateRequestChannel": ".phone_number_trunk_create_request_channel",
    "PhoneNumberTrunkCreateRequestDirection": ".phone_number_trunk_create_request_direction",
    "PhoneNumberTrunkList": ".phone_number_trunk_list",
    "PhoneNumberTrunkSip": ".phone_number_trunk_sip",
    "PhoneNumberTrunkUpdateRequest": ".phone_number_trunk_update_request",
    "PhoneNumberTrunkUpdateRequestAdditionalSettings": ".phone_number_trunk_update_request_additional_settings",
    "PhoneNumberTrunkUpdateRequestChannel": ".phone_number_trunk_update_request_channel",
    "PhoneNumberTrunkUpdateRequestDirection": ".phone_number_trunk_update_request_direction",
    "PhoneNumberType": ".phone_number_type",
    "PhoneNumberUpdateChannelSettingsRequest": ".phone_number_update_channel_settings_request",
    "Pool": ".pool",
    "PoolContact": ".pool_contact",
    "PoolContactPaginatedList": ".pool_contact_paginated_list",
    "PoolContactsAddRequest": ".pool_contacts_add_request",
    "PoolContactsAddResult": ".pool_contacts_add_result",
    "PoolCreateRequest": ".pool_create_request",
    "PoolCreateRequestType": ".pool_create_request_type",
    "PoolDuplicateRequest": ".pool_duplicate_request",
    "PoolDuplicateResult": ".pool_duplicate_result",
    "PoolPaginatedList": ".pool_paginated_list",
    "PoolType": ".pool_type",
    "PoolUpdateRequest": ".pool_update_request",
    "PoolUpdateRequestType": ".pool_update_request_type",
    "ProvisionAgentCallChannelBody": ".provision_agent_call_channel_body",
    "ProvisionAgentCallChannelResponse200": ".provision_agent_call_channel_response_200",
    "ProvisionAgentCallChannelResponse200Data": ".provision_agent_call_channel_response_200_data",
    "QueueTaskResponse200": ".queue_task_response_200",
    "ReassignAgentEvaluateSettingsResponse200": ".reassign_agent_evaluate_settings_response_200",
    "RemoveContactTagResponse200": ".remove_contact_tag_response_200",
    "RemoveListingContactResponse200": ".remove_listing_contact_response_200",
    "RemovePoolContactResponse200": ".remove_pool_contact_response_200",
    "RemovePoolContactResponse200Data": ".remove_pool_contact_response_200_data",
    "ReplaceAgentAppointmentsResponse200": ".replace_agent_appointments_response_200",
    "ReplaceAgentGuidelinesBody": ".replace_agent_guidelines_body",
    "ReplaceAgentGuidelinesResponse200": ".replace_agent_guidelines_response_200",
    "ReplaceAgentTrainingBody": ".replace_agent_training_body",
    "ReplaceAgentTrainingResponse200": ".replace_agent_training_response_200",
    "ReplaceGuardRulesBody": ".replace_guard_rules_body",
    "ReplaceGuardRulesResponse200": ".replace_guard_rules_response_200",
    "ReplaceRoutingRulesBody": ".replace_routing_rules_body",
    "ReplaceRoutingRulesResponse200": ".replace_routing_rules_response_200",
    "RetryTaskResponse200": ".retry_task_response_200",
    "Rule": ".rule",
    "RuleCreateRequest": ".rule_create_request",
    "RuleCreateRequestType": ".rule_create_request_type",
    "RulePage": ".rule_page",
    "RuleType": ".rule_type",
    "RuleUpdateRequest": ".rule_update_request",
    "RuleUpdateRequestType": ".rule_update_request_type",
    "SayCallMessageResponse200": ".say_call_message_response_200",
    "SayCallMessageResponse200Data": ".say_call_message_response_200_data",
    "Schedule": ".schedule",
    "ScheduleCreateRequest": ".schedule_create_request",
    "ScheduleCustomQuestion": ".schedule_custom_question",
    "ScheduleUpdateRequest": ".schedule_update_request",
    "SearchPhoneNumbersResponse200": ".search_phone_numbers_response_200",
    "SendSmsResponse200": ".send_sms_response_200",
    "SendWhatsappTemplateMessageResponse200": ".send_whatsapp_template_message_response_200",
    "Session": ".session",
    "SessionPage": ".session_page",
    "SetAgentIntentEventResponse200": ".set_agent_intent_event_response_200",
    "SipTrunkAssignRequest": ".sip_trunk_assign_request",
    "SipTrunkAssignment": ".sip_trunk_assignment",
    "SipTrunkConnection": ".sip_trunk_connection",
    "SipTrunkConnectionCreateRequest": ".sip_trunk_connection_create_request",
    "SmsSendRequest": ".sms_send_request",
    "SmsSendResult": ".sms_send_result",
    "SyncTableResponse200": ".sync_table_response_200",
    "SyncWhatsappTemplateResponse200": ".sync_whatsapp_template_response_200",
    "SyncWhatsappTemplatesBody": ".sync_whatsapp_templates_body",
    "SyncWhatsappTemplatesResponse200": ".sync_whatsapp_templates_response_200",
    "SyncWhatsappTemplatesResponse200Data": ".sync_whatsapp_templates_response_200_data",
    "Table": ".table",
    "TableColumn": ".table_column",
    "TableColumnInput": ".table_column_input",
    "TableColumnInputDataType": ".table_column_input_data_type",
    "Task": ".task",
    "TaskContactInput": ".task_contact_input",
    "TaskCreateRequest": ".task_create_request",
    "TaskCreateRequestMetadata": ".task_create_request_metadata",
    "TaskCreateRequestType": ".task_create_request_type",
    "TaskData": ".task_data",
    "TaskMetadataType0": ".task_metadata_type_0",
    "TaskPage": ".task_page",
    "TaskStatus": ".task_status",
    "TaskTaskDataType0": ".task_task_data_type_0",
    "TaskType": ".task_type",
    "TaskUpdateRequest": ".task_update_request",
    "TestFlowStepBody": ".test_flow_step_body",
    "TestFlowStepBodyConfigOverride": ".test_flow_step_body_config_override",
    "TestFlowStepBodyData": ".test_flow_step_body_data",
    "TestFlowStepBodyInputData": ".test_flow_step_body_input_data",
    "TestFlowStepResponse200": ".test_flow_step_response_200",
    "Transcription": ".transcription",
    "TranscriptionConversation": ".transcription_conversation",
    "TranscriptionCreateRequest": ".transcription_create_request",
    "TranscriptionMessage": ".transcription_message",
    "TranscriptionSession": ".transcription_session",
    "TranscriptionTranscript": ".transcription_transcript",
    "TranscriptionTranscriptEvaluationsType0": ".transcription_transcript_evaluations_type_0",
    "UndeployFlowResponse200": ".undeploy_flow_response_200",
    "UnmuteCallAgentResponse200": ".unmute_call_agent_response_200",
    "UnmuteCallAgentResponse200Data": ".unmute_call_agent_response_200_data",
    "UpdateAgentCallBehaviorResponse200": ".update_agent_call_behavior_response_200",
    "UpdateAgentEvaluateSettingsResponse200": ".update_agent_evaluate_settings_response_200",
    "UpdateAgentIntentResponse200": ".update_agent_intent_response_200",
    "UpdateAgentInteractionSettingsResponse200": ".update_agent_interaction_settings_response_200",
    "UpdateAgentProcedureResponse200": ".update_agent_procedure_response_200",
    "UpdateAgentResponse200": ".update_agent_response_200",
    "UpdateAgentTrainingResponse200": ".update_agent_training_response_200",
    "UpdateAgentWebhookResponse200": ".update_agent_webhook_response_200",
    "UpdateAppointmentResponse200": ".update_appointment_response_200",
    "UpdateAppointmentStatusResponse200": ".update_appointment_status_response_200",
    "UpdateCampaignResponse200": ".update_campaign_response_200",
    "UpdateContactResponse200": ".update_contact_response_200",
    "UpdateDefaultEvaluateSettingsResponse200": ".update_default_evaluate_settings_response_200",
    "UpdateExternalTrunkResponse200": ".update_external_trunk_response_200",
    "UpdateFlowStepBody": ".update_flow_step_body",
    "UpdateFlowStepBodyConfig": ".update_flow_step_body_config",
    "UpdateFlowStepResponse200": ".update_flow_step_response_200",
    "UpdateGuardRuleResponse200": ".update_guard_rule_response_200",
    "UpdatePhoneNumberChannelSettingsResponse200": ".update_phone_number_channel_settings_response_200",
    "UpdatePoolResponse200": ".update_pool_response_200",
    "UpdateRoutingRuleResponse200": ".update_routing_rule_response_200",
    "UpdateRuleResponse200": ".update_rule_response_200",
    "UpdateTableRecordBody": ".update_table_record_body",
    "UpdateTableRecordBodyRecord": ".update_table_record_body_record",
    "UpdateTableRecordResponse200": ".update_table_record_response_200",
    "UpdateTaskResponse200": ".update_task_response_200",
    "UploadWhatsappTemplateMediaResponse200": ".upload_whatsapp_template_media_response_200",
    "VoiceIvrAgent": ".voice_ivr_agent",
    "VoiceIvrAgentGuidelinesItem": ".voice_ivr_agent_guidelines_item",
    "VoiceIvrAgentNotesItem": ".voice_ivr_agent_notes_item",
    "VoiceIvrAgentProceduresItem": ".voice_ivr_agent_procedures_item",
    "VoiceIvrAgentProceduresItemStepsItem": ".voice_ivr_agent_procedures_item_steps_item",
    "VoiceIvrAgentSettings": ".voice_ivr_agent_settings",
    "VoiceIvrAgentSettingsEvaluation": ".voice_ivr_agent_settings_evaluation",
    "VoiceIvrAgentSettingsMemorize": ".voice_ivr_agent_settings_memorize",
    "VoiceIvrAgentSettingsText": ".voice_ivr_agent_settings_text",
    "VoiceIvrAgentSettingsVoice": ".voice_ivr_agent_settings_voice",
    "VoiceIvrAgentTrainingItem": ".voice_ivr_agent_training_item",
    "VoiceIvrGuardRule": ".voice_ivr_guard_rule",
    "VoiceIvrGuardRuleCreate": ".voice_ivr_guard_rule_create",
    "VoiceIvrGuardRuleCreateSelectedChannelsItem": ".voice_ivr_guard_rule_create_selected_channels_item",
    "VoiceIvrGuardRuleCreateThenAction": ".voice_ivr_guard_rule_create_then_action",
    "VoiceIvrGuardRuleInput": ".voice_ivr_guard_rule_input",
    "VoiceIvrGuardRuleInputSelectedChannelsItem": ".voice_ivr_guard_rule_input_selected_channels_item",
    "VoiceIvrGuardRuleInputThenAction": ".voice_ivr_guard_rule_input_then_action",
    "VoiceIvrGuardRuleSelectedChannelsItem": ".voice_ivr_guard_rule_selected_channels_item",
    "VoiceIvrGuardRuleThenAction": ".voice_ivr_guard_rule_then_action",
    "VoiceIvrRoutingRule": ".voice_ivr_routing_rule",
    "VoiceIvrRoutingRuleDetectionMode": ".voice_ivr_routing_rule_detection_mode",
    "VoiceIvrRoutingRuleInput": ".voice_ivr_routing_rule_input",
    "VoiceIvrRoutingRuleInputDetectionMode": ".voice_ivr_routing_rule_input_detection_mode",
    "WhatsappTemplate": ".whatsapp_template",
    "WhatsappTemplateButton": ".whatsapp_template_button",
    "WhatsappTemplateButtonType": ".whatsapp_template_button_type",
    "WhatsappTemplateCategory": ".whatsapp_template_category",
    "WhatsappTemplateComponent": ".whatsapp_template_component",
    "WhatsappTemplateComponentExample": ".whatsapp_template_component_example",
    "WhatsappTemplateComponentFormat": ".whatsapp_template_component_format",
    "WhatsappTemplateComponentType": ".whatsapp_template_component_type",
    "WhatsappTemplateComponentsItem": ".whatsapp_template_components_item",
    "WhatsappTemplateCreateRequest": ".whatsapp_template_create_request",
    "WhatsappTemplateCreateRequestCategory": ".whatsapp_template_create_request_category",
    "WhatsappTemplateMediaUpload": ".whatsapp_template_media_upload",
    "WhatsappTemplateMediaUploadMediaType": ".whatsapp_template_media_upload_media_type",
    "WhatsappTemplateMediaUploadRequest": ".whatsapp_template_media_upload_request",
    "WhatsappTemplateMediaUploadRequestMediaType": ".whatsapp_template_media_upload_request_media_type",
    "WhatsappTemplateSendHeader": ".whatsapp_template_send_header",
    "WhatsappTemplateSendRequest": ".whatsapp_template_send_request",
    "WhatsappTemplateSendRequestParameters": ".whatsapp_template_send_request_parameters",
    "WhatsappTemplateSendResult": ".whatsapp_template_send_result",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_MODULES)


__all__ = (
    "AddAgentGuidelineResponse201",
    "AddAgentNoteResponse201",
    "AddAgentProcedureResponse201",
    "AddContactTagResponse200",
    "AddContactToBlacklistResponse200",
    "AddGuardRuleResponse201",
    "AddListingContactsResponse200",
    "AddPoolContactsResponse200",
    "AddRoutingRuleResponse201",
    "Agent",
    "AgentAppointmentsInput",
    "AgentCallBehavior",
    "AgentFromWebsiteInput",
    "AgentGuideline",
    "AgentGuidelineInput",
    "AgentInput",
    "AgentInputGuardRulesItem",
    "AgentInputSettings",
    "AgentInputSettingsText",
    "AgentInputSettingsVoice",
    "AgentIntent",
    "AgentIntentEvent",
    "AgentIntentEventAction",
    "AgentIntentEventApp",
    "AgentIntentEventConfig",
    "AgentIntentEventEventType",
    "AgentIntentEventInput",
    "AgentIntentEventInputChannel",
    "AgentIntentEventInputConfig",
    "AgentIntentEventInputEventType",
    "AgentIntentInput",
    "AgentIntentParameter",
    "AgentIntentWebhook",
    "AgentNote",
    "AgentNoteInput",
    "AgentProcedure",
    "AgentProcedureInput",
    "AgentProcedureStep",
    "AgentRoutingRuleInput",
    "AgentRoutingRuleInputDetectionMode",
    "AgentScheduleApproval",
    "AgentScheduleAssignment",
    "AgentScheduleCancellation",
    "AgentScheduleCustomQuestion",
    "AgentScheduleQuestions",
    "AgentScheduleRescheduling",
    "AgentScheduleSlotRules",
    "AgentSettings",
    "AgentSettingsEvaluation",
    "AgentSettingsMemorize",
    "AgentSettingsText",
    "AgentSettingsVoice",
    "AgentTrainingInput",
    "AgentTrainingItem",
    "AgentVoiceAdvanced",
    "AgentVoiceCompliance",
    "AgentVoiceInteraction",
    "AgentVoiceInterruption",
    "AgentVoiceInterruptionAdvanced",
    "AgentVoiceProfile",
    "AgentVoiceSettings",
    "AgentVoiceSettingsNormalizers",
    "AgentWebhook",
    "AgentWebhookEvent",
    "AgentWebhookInput",
    "AnalyticsCallMetrics",
    "AnalyticsCallMetricsBuckets",
    "AnalyticsCallMetricsCost",
    "AnalyticsCallMetricsDurationSec",
    "AnalyticsCallMetricsMeta",
    "AnalyticsCallMetricsOutcome",
    "AnalyticsCallMetricsPreviousType0",
    "AnalyticsCallTotals",
    "AnalyticsSessionMetrics",
    "AnalyticsSessionMetricsDurationSec",
    "AnalyticsSessionMetricsLatencyMsType0",
    "AnalyticsSessionMetricsMessagesPerSession",
    "AnalyticsSessionMetricsMeta",
    "AnalyticsSessionMetricsPreviousType0",
    "AnalyticsSessionMetricsRates",
    "AnalyticsSessionMetricsTotals",
    "Appointment",
    "AppointmentCreateRequest",
    "AppointmentCreateRequestCustomAnswers",
    "AppointmentRequest",
    "AppointmentRequestAppointmentType0",
    "AppointmentRequestContact",
    "AppointmentRequestCreateRequest",
    "AppointmentRequestSchedule",
    "AppointmentStatusUpdateRequest",
    "AppointmentStatusUpdateRequestStatus",
    "AppointmentUpdateRequest",
    "AppointmentUpdateRequestStatus",
    "AssignAgentEvaluateSettingsResponse200",
    "AssignAgentSmsChannelBody",
    "AssignAgentSmsChannelResponse200",
    "AssignCampaignRuleResponse200",
    "AssignExternalTrunkResponse200",
    "AssignSipTrunkConnectionResponse200",
    "AssignTableBody",
    "AssignTableResponse200",
    "AttachCampaignPoolsResponse200",
    "BuyPhoneNumberResponse201",
    "CallActionForwardRequest",
    "CallActionHangupRequest",
    "CallActionSayRequest",
    "CallGreeting",
    "CallInitiateRequest",
    "CallInitiateResult",
    "CallParticipant",
    "CallPrompt",
    "CallRecord",
    "CallRecordAgentType0",
    "CallRecordPage",
    "Campaign",
    "CampaignPage",
    "CampaignPoolsAttachRequest",
    "CampaignPoolsAttachResult",
    "CampaignRuleAssignRequest",
    "CampaignRuleAssignment",
    "CampaignRuleSnapshot",
    "CampaignRuleSnapshotType",
    "CampaignUpdateRequest",
    "CampaignUpdateRequestRulesType0",
    "CampaignUpdateRequestStatus",
    "CancelAppointmentRequestResponse200",
    "CancelTaskResponse200",
    "Contact",
    "ContactAnalyzerUpdate",
    "ContactAnalyzerUpdateUpdateBehavior",
    "ContactApprovalList",
    "ContactApprovalListData",
    "ContactBlacklistEntry",
    "ContactBlacklistRequest",
    "ContactBlacklistRequestType",
    "ContactBlacklistResult",
    "ContactField",
    "ContactInput",
    "ContactInputStatus",
    "ContactPaginatedList",
    "ContactTag",
    "ContactTagAssignRequest",
    "Conversation",
    "ConversationCall",
    "ConversationContact",
    "ConversationMessagePage",
    "ConversationPage",
    "CreateAgentFromWebsiteResponse201",
    "CreateAgentFromWebsiteResponse201Data",
    "CreateAgentResponse201",
    "CreateAgentWebhookResponse200",
    "CreateAgentWebhookResponse200Data",
    "CreateAppointmentRequestResponse201",
    "CreateCampaignResponse201",
    "CreateContactFieldBody",
    "CreateContactFieldResponse201",
    "CreateContactResponse201",
    "CreateExternalTrunkResponse201",
    "CreateFlowStepBody",
    "CreateFlowStepBodyBranchKey",
    "CreateFlowStepBodyConfig",
    "CreateFlowStepBodyKind",
    "CreateFlowStepResponse201",
    "CreatePbxExtensionConnectorResponse201",
    "CreatePoolResponse201",
    "CreateRuleResponse201",
    "CreateScheduleResponse201",
    "CreateSipTrunkConnectionResponse201",
    "CreateTableBody",
    "CreateTableRecordBody",
    "CreateTableRecordBodyRecord",
    "CreateTableRecordResponse200",
    "CreateTableResponse201",
    "CreateTaskResponse201",
    "CreateTranscriptionResponse200",
    "CreateWhatsappTemplateResponse201",
    "DeleteAgentProcedureResponse200",
    "DeleteAppointmentResponse200",
    "DeleteCampaignResponse200",
    "DeleteContactResponse200",
    "DeleteExternalTrunkChannel",
    "DeleteExternalTrunkResponse200",
    "DeleteExternalTrunkResponse200DataType0",
    "DeleteGuardRuleResponse200",
    "DeletePoolResponse200",
    "DeletePoolResponse200Data",
    "DeleteRoutingRuleResponse200",
    "DeleteTableRecordResponse200",
    "DeleteTaskResponse200",
    "DeployFlowResponse200",
    "DuplicatePoolResponse201",
    "EvaluateChannelSettings",
    "EvaluateFeature",
    "EvaluateSessionization",
    "EvaluateSettings",
    "EvaluateSettingsUpdate",
    "Evaluation",
    "EvaluationMetric",
    "EvaluationPage",
    "Flow",
    "FlowStep",
    "FlowStepActionType0",
    "FlowStepAgentType0",
    "FlowStepApp",
    "FlowStepAppConnectionType0",
    "FlowStepBranchKeyType0",
    "FlowStepConfig",
    "FlowStepKind",
    "FlowStepLastTestType0",
    "FlowStepLastTestType0Data",
    "FlowStepTestResult",
    "FlowStepTestResultData",
    "FlowStepTestResultKind",
    "FlowStepTestResultResolvedType0",
    "FlowStepTestResultSelectedType0",
    "FlowStepTestSample",
    "FlowStepTriggerType0",
    "ForwardCallResponse200",
    "ForwardCallResponse200Data",
    "GetActionLogResponse200",
    "GetActionLogType",
    "GetAgentIntentEventResponse200",
    "GetAgentVoiceSettingsResponse200",
    "GetAppointmentRequestResponse200",
    "GetAppointmentResponse200",
    "GetCallAnalyticsGranularity",
    "GetCallResponse200",
    "GetCampaignResponse200",
    "GetContactResponse200",
    "GetConversationResponse200",
    "GetDefaultEvaluateSettingsResponse200",
    "GetEvaluationAnalyticsResponse200",
    "GetEvaluationResponse200",
    "GetPbxExtensionConnectorResponse200",
    "GetRuleResponse200",
    "GetScheduleResponse200",
    "GetSessionAnalyticsGranularity",
    "GetSessionEvaluationResponse200",
    "GetTableResponse200",
    "GetTaskResponse200",
    "GetTranscriptionResponse200",
    "GetTranscriptionTranscriptResponse200",
    "HangupCallResponse200",
    "HangupCallResponse200Data",
    "ImportTableFromFileBody",
    "ImportTableFromFileResponse200",
    "ImportTableFromTextBody",
    "ImportTableFromTextResponse200",
    "ImportTableFromWebsiteBody",
    "ImportTableFromWebsiteResponse200",
    "InitiateCallResponse200",
    "ListAgentsResponse200",
    "ListAgentsResponse200Data",
    "ListAppointmentRequestsResponse200",
    "ListAppointmentRequestsStatus",
    "ListAppointmentsResponse200",
    "ListAppointmentsResponse200DataItem",
    "ListCallsResponse200",
    "ListCampaignsResponse200",
    "ListContactApprovalsConfidence",
    "ListContactApprovalsStatus",
    "ListContactFieldsResponse200",
    "ListContactsContactChannel",
    "ListContactsResponse200",
    "ListContactsStatus",
    "ListConversationMessagesResponse200",
    "ListConversationMessagesSender",
    "ListConversationMessagesSortDir",
    "ListConversationSessionsResponse200",
    "ListConversationsResponse200",
    "ListEvaluationsResponse200",
    "ListExternalTrunksResponse200",
    "ListFlowAppActionsResponse200",
    "ListFlowAppTriggersResponse200",
    "ListFlowAppsResponse200",
    "ListFlowConnectionsResponse200",
    "ListFlowsResponse200",
    "ListListingsResponse200",
    "ListListingsResponse200DataItem",
    "ListOutboundCallRatesResponse200",
    "ListPhoneNumberSearchRequirementsResponse200",
    "ListPhoneNumbersResponse200",
    "ListPoolContactsResponse200",
    "ListPoolContactsStatus",
    "ListPoolsResponse200",
    "ListPoolsType",
    "ListRulesResponse200",
    "ListRulesType",
    "ListSchedulesResponse200",
    "ListSchedulesResponse200DataItem",
    "ListSessionMessagesResponse200",
    "ListSessionMessagesSender",
    "ListSessionMessagesSortDir",
    "ListTableFieldsResponse200",
    "ListTableRecordsResponse200",
    "ListTableRecordsResponse200Data",
    "ListTableRecordsResponse200DataDataItem",
    "ListTasksResponse200",
    "ListTasksStatus",
    "ListTasksType",
    "ListWhatsappBusinessAccountsResponse200",
    "ListWhatsappBusinessAccountsResponse200DataItem",
    "ListWhatsappTemplatesResponse200",
    "ListingContact",
    "ListingContactsAddRequest",
    "ListingContactsAddRequestContactsItem",
    "ListingCreateRequest",
    "ListingCreateRequestCampaignType",
    "ListingRule",
    "LogActionDetail",
    "LogActionDetailAgent",
    "LogActionDetailContactType0",
    "LogActionDetailCustomerType0",
    "LogActionDetailExtras",
    "LogActionDetailRequest",
    "LogActionDetailResponse",
    "LogActionDetailType",
    "MuteCallAgentResponse200",
    "MuteCallAgentResponse200Data",
    "PbxExtensionConnectorCreateRequest",
    "PbxExtensionConnectorCreateRequestConnectionType",
    "PbxExtensionConnectorCreateRequestNormalizer",
    "PbxExtensionConnectorCreateRequestSetupMode",
    "PbxExtensionConnectorItem",
    "PbxExtensionConnectorItemAuth",
    "PbxExtensionConnectorItemConnectionTypeType0",
    "PbxExtensionConnectorItemInbound",
    "PbxExtensionConnectorItemNormalizer",
    "PbxExtensionConnectorItemPbx",
    "PbxExtensionConnectorItemSetupModeType0",
    "PbxExtensionConnectorItemStatus",
    "PhoneNumber",
    "PhoneNumberBilling",
    "PhoneNumberBinding",
    "PhoneNumberBindings",
    "PhoneNumberBuyRequest",
    "PhoneNumberBuyRequestCapabilities",
    "PhoneNumberBuyRequestType",
    "PhoneNumberCapabilities",
    "PhoneNumberChannelSettings",
    "PhoneNumberChannelState",
    "PhoneNumberChannels",
    "PhoneNumberChannelsChannels",
    "PhoneNumberCompliance",
    "PhoneNumberComplianceAddress",
    "PhoneNumberComplianceRequirement",
    "PhoneNumberInboundSetting",
    "PhoneNumberList",
    "PhoneNumberOutboundChannelSetting",
    "PhoneNumberPagination",
    "PhoneNumberRate",
    "PhoneNumberRateList",
    "PhoneNumberRatePrice",
    "PhoneNumberRequirementValue",
    "PhoneNumberTrunkAssignRequest",
    "PhoneNumberTrunkAssignRequestChannel",
    "PhoneNumberTrunkCreateRequest",
    "PhoneNumberTrunkCreateRequestAdditionalSettings",
    "PhoneNumberTrunkCreateRequestChannel",
    "PhoneNumberTrunkCreateRequestDirection",
    "PhoneNumberTrunkList",
    "PhoneNumberTrunkSip",
    "PhoneNumberTrunkUpdateRequest",
    "PhoneNumberTrunkUpdateRequestAdditionalSettings",
    "PhoneNumberTrunkUpdateRequestChannel",
    "PhoneNumberTrunkUpdateRequestDirection",
    "PhoneNumberType",
    "PhoneNumberUpdateChannelSettingsRequest",
    "Pool",
    "PoolContact",
    "PoolContactPaginatedList",
    "PoolContactsAddRequest",
    "PoolContactsAddResult",
    "PoolCreateRequest",
    "PoolCreateRequestType",
    "PoolDuplicateRequest",
    "PoolDuplicateResult",
    "PoolPaginatedList",
    "PoolType",
    "PoolUpdateRequest",
    "PoolUpdateRequestType",
    "ProvisionAgentCallChannelBody",
    "ProvisionAgentCallChannelResponse200",
    "ProvisionAgentCallChannelResponse200Data",
    "QueueTaskResponse200",
    "ReassignAgentEvaluateSettingsResponse200",
    "RemoveContactTagResponse200",
    "RemoveListingContactResponse200",
    "RemovePoolContactResponse200",
    "RemovePoolContactResponse200Data",
    "ReplaceAgentAppointmentsResponse200",
    "ReplaceAgentGuidelinesBody",
    "ReplaceAgentGuidelinesResponse200",
    "ReplaceAgentTrainingBody",
    "ReplaceAgentTrainingResponse200",
    "ReplaceGuardRulesBody",
    "ReplaceGuardRulesResponse200",
    "ReplaceRoutingRulesBody",
    "ReplaceRoutingRulesResponse200",
    "RetryTaskResponse200",
    "Rule",
    "RuleCreateRequest",
    "RuleCreateRequestType",
    "RulePage",
    "RuleType",
    "RuleUpdateRequest",
    "RuleUpdateRequestType",
    "SayCallMessageResponse200",
    "SayCallMessageResponse200Data",
    "Schedule",
    "ScheduleCreateRequest",
    "ScheduleCustomQuestion",
    "ScheduleUpdateRequest",
    "SearchPhoneNumbersResponse200",
    "SendSmsResponse200",
    "SendWhatsappTemplateMessageResponse200",
    "Session",
    "SessionPage",
    "SetAgentIntentEventResponse200",
    "SipTrunkAssignRequest",
    "SipTrunkAssignment",
    "SipTrunkConnection",
    "SipTrunkConnectionCreateRequest",
    "SmsSendRequest",
    "SmsSendResult",
    "SyncTableResponse200",
    "SyncWhatsappTemplateResponse200",
    "SyncWhatsappTemplatesBody",
    "SyncWhatsappTemplatesResponse200",
    "SyncWhatsappTemplatesResponse200Data",
    "Table",
    "TableColumn",
    "TableColumnInput",
    "TableColumnInputDataType",
    "Task",
    "TaskContactInput",
    "TaskCreateRequest",
    "TaskCreateRequestMetadata",
    "TaskCreateRequestType",
    "TaskData",
    "TaskMetadataType0",
    "TaskPage",
    "TaskStatus",
    "TaskTaskDataType0",
    "TaskType",
    "TaskUpdateRequest",
    "TestFlowStepBody",
    "TestFlowStepBodyConfigOverride",
    "TestFlowStepBodyData",
    "TestFlowStepBodyInputData",
    "TestFlowStepResponse200",
    "Transcription",
    "TranscriptionConversation",
    "TranscriptionCreateRequest",
    "TranscriptionMessage",
    "TranscriptionSession",
    "TranscriptionTranscript",
    "TranscriptionTranscriptEvaluationsType0",
    "UndeployFlowResponse200",
    "UnmuteCallAgentResponse200",
    "UnmuteCallAgentResponse200Data",
    "UpdateAgentCallBehaviorResponse200",
    "UpdateAgentEvaluateSettingsResponse200",
    "UpdateAgentIntentResponse200",
    "UpdateAgentInteractionSettingsResponse200",
    "UpdateAgentProcedureResponse200",
    "UpdateAgentResponse200",
    "UpdateAgentTrainingResponse200",
    "UpdateAgentWebhookResponse200",
    "UpdateAppointmentResponse200",
    "UpdateAppointmentStatusResponse200",
    "UpdateCampaignResponse200",
    "UpdateContactResponse200",
    "UpdateDefaultEvaluateSettingsResponse200",
    "UpdateExternalTrunkResponse200",
    "UpdateFlowStepBody",
    "UpdateFlowStepBodyConfig",
    "UpdateFlowStepResponse200",
    "UpdateGuardRuleResponse200",
    "UpdatePhoneNumberChannelSettingsResponse200",
    "UpdatePoolResponse200",
    "UpdateRoutingRuleResponse200",
    "UpdateRuleResponse200",
    "UpdateTableRecordBody",
    "UpdateTableRecordBodyRecord",
    "UpdateTableRecordResponse200",
    "UpdateTaskResponse200",
    "UploadWhatsappTemplateMediaResponse200",
    "VoiceIvrAgent",
    "VoiceIvrAgentGuidelinesItem",
    "VoiceIvrAgentNotesItem",
    "VoiceIvrAgentProceduresItem",
    "VoiceIvrAgentProceduresItemStepsItem",
    "VoiceIvrAgentSettings",
    "VoiceIvrAgentSettingsEvaluation",
    "VoiceIvrAgentSettingsMemorize",
    "VoiceIvrAgentSettingsText",
    "VoiceIvrAgentSettingsVoice",
    "VoiceIvrAgentTrainingItem",
    "VoiceIvrGuardRule",
    "VoiceIvrGuardRuleCreate",
    "VoiceIvrGuardRuleCreateSelectedChannelsItem",
    "VoiceIvrGuardRuleCreateThenAction",
    "VoiceIvrGuardRuleInput",
    "VoiceIvrGuardRuleInputSelectedChannelsItem",
    "VoiceIvrGuardRuleInputThenAction",
    "VoiceIvrGuardRuleSelectedChannelsItem",
    "VoiceIvrGuardRuleThenAction",
    "VoiceIvrRoutingRule",
    "VoiceIvrRoutingRuleDetectionMode",
    "VoiceIvrRoutingRuleInput",
    "VoiceIvrRoutingRuleInputDetectionMode",
    "WhatsappTemplate",
    "WhatsappTemplateButton",
    "WhatsappTemplateButtonType",
    "WhatsappTemplateCategory",
    "WhatsappTemplateComponent",
    "WhatsappTemplateComponentExample",
    "WhatsappTemplateComponentFormat",
    "WhatsappTemplateComponentType",
    "WhatsappTemplateComponentsItem",
    "WhatsappTemplateCreateRequest",
    "WhatsappTemplateCreateRequestCategory",
    "WhatsappTemplateMediaUpload",
    "WhatsappTemplateMediaUploadMediaType",
    "WhatsappTemplateMediaUploadRequest",
    "WhatsappTemplateMediaUploadRequestMediaType",
    "WhatsappTemplateSendHeader",
    "WhatsappTemplateSendRequest",
    "WhatsappTemplateSendRequestParameters",
    "WhatsappTemplateSendResult",
)
