import type { Text } from '../i18n/text.ts';
import type { RegionCode } from '../regulation/schema.ts';
import type { DiffStatus, LimitChange } from './comparison-schema.ts';
import { labelTables } from '../i18n/label-tables.ts';
import labelData from './comparison-texts.labels.json' with { type: 'json' };

/** The kk/ru/en texts of this module are data: comparison-texts.labels.json (checked on load by labelTables). */
const labels = labelTables(labelData, 'comparison-texts.labels.json');

/** The words of a comparison in kk/ru/en (role, kind and channel names are in ../bpmn/handbook-texts.ts). */

export const REGION_NAMES: Readonly<Record<RegionCode, Text>> = labels.regionNames;

export const CONDITION_CHECK_LABELS = labels.conditionCheckLabels satisfies Record<string, Text>;

export const STATUS_LABELS: Readonly<Record<DiffStatus, Text>> = labels.statusLabels;

export const LIMIT_CHANGE_LABELS: Readonly<Record<LimitChange, Text>> = labels.limitChangeLabels;

export const COMPARISON_LABELS = labels.comparisonLabels satisfies Record<string, Text>;
