import type { WorkingHoursSpec } from '../calendar/working-hours.ts';
import type { Text } from '../i18n/text.ts';
import type { REGIONS } from '../regulation/schema.ts';

export type Region = (typeof REGIONS)[number];

/**
 * A service provider, rural akim's office or State Corporation branch. Its region and working hours are checked once,
 * when the store reads the row, so no use case parses them again.
 */
export interface Provider {
  readonly id: string;
  readonly code: string;
  readonly region: Region;
  readonly bin: string;
  readonly name: Text;
  readonly kind: 'provider' | 'ruralAkim' | 'stateCorporation';
  /** The provider's own hours (weekday → intervals), or null for the default state office day. */
  readonly workingHours: WorkingHoursSpec | null;
}
