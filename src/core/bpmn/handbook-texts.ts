import type { Text } from '../i18n/text.ts';
import type { Channel, Role, StepKind } from '../regulation/schema.ts';
import { labelTables } from '../i18n/label-tables.ts';
import labelData from './handbook-texts.labels.json' with { type: 'json' };

/** The kk/ru/en texts of this module are data: handbook-texts.labels.json (checked on load by labelTables). */
const labels = labelTables(labelData, 'handbook-texts.labels.json');

/**
 * The words of the business-process handbook (diagrams and comparisons) in kk/ru/en. Role, kind and channel names
 * match the web app's (web/src/i18n/messages).
 */

export const ROLE_LABELS: Readonly<Record<Role, Text>> = labels.roleLabels;

export const STEP_KIND_LABELS: Readonly<Record<StepKind, Text>> = labels.stepKindLabels;

export const CHANNEL_LABELS: Readonly<Record<Channel, Text>> = labels.channelLabels;

/** The participants of a route's collaboration; the provider's pool is named after the regulation's provider. */
export const PARTICIPANT_LABELS = labels.participantLabels satisfies Record<string, Text>;

export const EVENT_LABELS = labels.eventLabels satisfies Record<string, Text>;

export const GATEWAY_LABELS = labels.gatewayLabels satisfies Record<string, Text>;

export const FLOW_ITEM_LABELS = labels.flowItemLabels satisfies Record<string, Text>;
