/**
 * The levers of issue #15 that can be switched by configuration, so `npm run bench -- --levers` measures each one
 * off and on in the same sitting, and the ones that cannot, stated as such (not measured, never pretended).
 */

/** A lever switched by environment variables of the server processes (and of the engine's in-process app). */
export interface SwitchableLever {
  readonly name: string;
  /** How an operator switches it (README, configuration table). */
  readonly setting: string;
  /** The environment of the "off" state; "on" is the default configuration. */
  readonly off: Readonly<Record<string, string>>;
  /** Which phases it can change; the surge's app processes and/or the engine's in-process app. */
  readonly phases: readonly ('surge' | 'engine')[];
  /** The surge's server processes with the lever off (only the workers lever changes it). */
  readonly appProcessesOff?: number;
  /** Means nothing on PGlite (one process whatever the setting): not run there. */
  readonly postgresOnly?: boolean;
}

export const SWITCHABLE_LEVERS: readonly SwitchableLever[] = [
  { name: 'workers', setting: 'QYZMET_WORKERS (bench: --app-processes); off = 1 process', off: {}, phases: ['surge'], appProcessesOff: 1, postgresOnly: true },
  { name: 'intake caches', setting: 'QYZMET_INTAKE_CACHES=on|off', off: { QYZMET_INTAKE_CACHES: 'off' }, phases: ['surge'] },
  {
    name: 'envelope not signed inside one server',
    // oneServer (default): the portal and the providers are parts of one server, so the gateway envelope is neither
    // signed nor checked; `always` signs and checks it every time, as between separate systems.
    setting: 'QYZMET_GATEWAY_ENVELOPE_CHECK=oneServer|stored|always',
    off: { QYZMET_GATEWAY_ENVELOPE_CHECK: 'always' },
    phases: ['surge'],
  },
  { name: 'group commit at intake', setting: 'QYZMET_INTAKE_GROUP_COMMIT=on|off (QYZMET_INTAKE_BATCH_MAX, QYZMET_INTAKE_BATCH_WAIT_MS)', off: { QYZMET_INTAKE_GROUP_COMMIT: 'off' }, phases: ['surge', 'engine'] },
  { name: 'compression', setting: 'QYZMET_COMPRESSION=on|off', off: { QYZMET_COMPRESSION: 'off' }, phases: ['surge'] },
  { name: 'prepared statements', setting: 'QYZMET_PREPARED_STATEMENTS=on|off', off: { QYZMET_PREPARED_STATEMENTS: 'off' }, phases: ['surge', 'engine'], postgresOnly: true },
];

/** Landed levers with no switch, and why: their "before" is an older commit, not a setting. */
export const LEVERS_WITHOUT_SWITCH: readonly { readonly name: string; readonly why: string }[] = [
  {
    name: 'native CMS reading (strict DER reader + node:crypto)',
    why: 'src/adapters/pki has no switch to pkijs on the hot path (owned by the #19 helper); measure against commit before e988c1e',
  },
  { name: 'step in one locked read + one write', why: 'structural: the older multi-statement path was removed (06d331f); the round-trip test counts it' },
  { name: 'registry effects in the step’s write', why: 'structural (issue #15 round 5); test/cases/step-round-trips.test.ts counts the round trips' },
  { name: 'one web bundle per area', why: 'build output (vite); measured by `npm run bench:web` (first load on slow 3G), not switchable at run time' },
];

/** The lever names the bench lever-runs: all off at once, or one off at a time (each against the all-on default). */
export type LeverMode = 'all' | 'each';

export interface LeverRun {
  /** "all off", or "<lever> off"; the all-on figures are the bench's main phases of the same run. */
  readonly label: string;
  readonly env: Readonly<Record<string, string>>;
  readonly appProcesses: number | null;
}

/** The runs `--levers MODE` adds to the main (all-on) phases. */
export function leverRuns(mode: LeverMode, appProcessesOn: number): LeverRun[] {
  if (mode === 'all') {
    const env = Object.assign({}, ...SWITCHABLE_LEVERS.map((lever) => lever.off)) as Record<string, string>;
    return [{ label: 'all levers off', env, appProcesses: 1 }];
  }
  return SWITCHABLE_LEVERS.map((lever) => ({
    label: `${lever.name} off`,
    env: lever.off,
    appProcesses: lever.appProcessesOff ?? appProcessesOn,
  }));
}

/** Environment variables the levers use, read by the bench's app context (bench/lib/databases.ts). */
export const LEVER_VARIABLES = [
  'QYZMET_INTAKE_CACHES',
  'QYZMET_COMPRESSION',
  'QYZMET_INTAKE_GROUP_COMMIT',
  'QYZMET_INTAKE_BATCH_MAX',
  'QYZMET_INTAKE_BATCH_WAIT_MS',
  'QYZMET_GATEWAY_ENVELOPE_CHECK',
  'QYZMET_PREPARED_STATEMENTS',
] as const;
