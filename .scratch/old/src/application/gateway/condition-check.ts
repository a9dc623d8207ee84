import type { CONDITION_CHECKS } from '../../core/regulation/schema.ts';

export type ConditionCheck = (typeof CONDITION_CHECKS)[number];
