import { STANDARD_ERRORS, type ErrorStatus } from '../../route-kit.ts';

/** Every registry route serves signed-in staff and may find a state registry not answering (503). */
export const registryStaff = { tag: 'registries', caller: 'staff', errors: [...STANDARD_ERRORS, 503] as readonly ErrorStatus[] } as const;
