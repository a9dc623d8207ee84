import { z } from 'zod';
import { ZChannel, ZConditionCheck, ZLimitUnit, ZRegion, ZRole, ZStepKind, ZText } from '../regulation/schema.ts';

/**
 * The side-by-side comparison of two regulation versions (two regions, or two editions), as data a UI renders:
 * every row says what the left and the right version have and whether they differ. The HTTP API serves it as is.
 */

/** same: both have it alike; changed: both have it, differently; leftOnly / rightOnly: one version has it. */
export const ZDiffStatus = z.enum(['same', 'changed', 'leftOnly', 'rightOnly']);
export type DiffStatus = z.infer<typeof ZDiffStatus>;

/**
 * How the right version's limit stands to the left one's. Minutes and hours compare as working time; other units
 * compare only with the same unit (a working day is not a fixed number of calendar days): `otherUnit` otherwise.
 */
export const ZLimitChange = z.enum(['same', 'longer', 'shorter', 'otherUnit', 'onlyLeft', 'onlyRight', 'neither']);
export type LimitChange = z.infer<typeof ZLimitChange>;

export const ZLimitView = z.object({
  value: z.number(),
  unit: ZLimitUnit,
  text: ZText,
  /** The limit in working minutes where the unit is minutes or hours; null for days and months. */
  workingMinutes: z.number().nullable(),
});

export const ZVersionRef = z.object({
  id: z.string(),
  serviceCode: z.string(),
  serviceName: ZText,
  region: ZRegion,
  regionName: ZText,
  district: z.string().nullable(),
  actDate: z.string(),
  actNumber: z.string(),
  provider: ZText,
});

const ZStepSide = z.object({ stepId: z.string(), role: ZRole, roleLabel: ZText, action: ZText, limit: ZLimitView.nullable() });

export const ZStepRow = z.object({
  kind: ZStepKind,
  kindLabel: ZText,
  left: ZStepSide.nullable(),
  right: ZStepSide.nullable(),
  status: ZDiffStatus,
  /** Both versions have the step, performed by different roles (e.g. the executor signs on one side, the head on the other). */
  roleChanged: z.boolean(),
  /** Both versions have the step and word its action differently (in any of kk/ru/en). */
  actionChanged: z.boolean(),
  /** Null when only one version has the step. */
  limitChange: ZLimitChange.nullable(),
});

const ZConditionSide = z.object({ itemId: z.string(), number: z.number().int().nullable(), text: ZText, refusal: ZText.nullable() });

export const ZConditionRow = z.object({
  check: ZConditionCheck,
  checkLabel: ZText,
  left: ZConditionSide.nullable(),
  right: ZConditionSide.nullable(),
  status: ZDiffStatus,
});

/** The sum of a route's step limits, by how they count; steps without a limit are counted apart. */
export const ZLimitTotal = z.object({
  workingMinutes: z.number(),
  workingDays: z.number(),
  calendarDays: z.number(),
  months: z.number(),
  stepsWithoutLimit: z.number().int(),
  text: ZText,
});

const ZRouteSide = z.object({ routeId: z.string(), name: ZText });

export const ZRouteComparison = z.object({
  channel: ZChannel,
  channelLabel: ZText,
  left: ZRouteSide.nullable(),
  right: ZRouteSide.nullable(),
  status: ZDiffStatus,
  steps: z.array(ZStepRow),
  conditions: z.array(ZConditionRow),
  totals: z.object({ left: ZLimitTotal.nullable(), right: ZLimitTotal.nullable() }),
});

export const ZChannelRow = z.object({ channel: ZChannel, channelLabel: ZText, leftRoutes: z.number().int(), rightRoutes: z.number().int(), status: ZDiffStatus });

export const ZRoleRow = z.object({ role: ZRole, roleLabel: ZText, leftSteps: z.number().int(), rightSteps: z.number().int(), status: ZDiffStatus });

const ZResultSide = z.object({ resultId: z.string(), kind: z.enum(['positive', 'refusal']), name: ZText, template: z.string() });
export const ZResultRow = z.object({ left: ZResultSide.nullable(), right: ZResultSide.nullable(), status: ZDiffStatus });
export const ZResultCounts = z.object({ positive: z.number().int(), refusal: z.number().int(), total: z.number().int() });

const ZSystemSide = z.object({ id: z.string(), name: ZText });
export const ZSystemRow = z.object({ left: ZSystemSide.nullable(), right: ZSystemSide.nullable(), status: ZDiffStatus });

export const ZRegulationComparison = z
  .object({
    left: ZVersionRef,
    right: ZVersionRef,
    sameService: z.boolean(),
    channels: z.array(ZChannelRow),
    routes: z.array(ZRouteComparison),
    roles: z.array(ZRoleRow),
    results: z.object({ rows: z.array(ZResultRow), left: ZResultCounts, right: ZResultCounts }),
    informationSystems: z.array(ZSystemRow),
    /** Rows of every table whose status is not `same`. */
    differenceCount: z.number().int(),
  })
  .meta({ id: 'RegulationComparison' });

export type RegulationComparison = z.infer<typeof ZRegulationComparison>;
export type RouteComparison = z.infer<typeof ZRouteComparison>;
export type StepRow = z.infer<typeof ZStepRow>;
export type ConditionRow = z.infer<typeof ZConditionRow>;
export type LimitView = z.infer<typeof ZLimitView>;
export type LimitTotal = z.infer<typeof ZLimitTotal>;
export type VersionRef = z.infer<typeof ZVersionRef>;
export type ResultRow = z.infer<typeof ZResultRow>;
export type ResultCounts = z.infer<typeof ZResultCounts>;
