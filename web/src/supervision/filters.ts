import type { DashboardQuery } from './types.ts';

/** The dashboard's filters as the form holds them: empty strings for "all". */
export interface DashboardFilters {
  readonly region: string;
  readonly from: string;
  readonly to: string;
  readonly providerId: string;
  readonly serviceCode: string;
  readonly channel: string;
}

const FIELDS = ['region', 'from', 'to', 'providerId', 'serviceCode', 'channel'] as const;

/** A local calendar date (YYYY-MM-DD) `days` after `date`. */
function isoDate(date: Date, days = 0): string {
  const shifted = new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
  return `${shifted.getFullYear()}-${String(shifted.getMonth() + 1).padStart(2, '0')}-${String(shifted.getDate()).padStart(2, '0')}`;
}

/** Filters from the address (?from=…&to=…), so a filtered view can be bookmarked; the last 30 days by default. */
export function filtersFromSearch(search: string, today: Date): DashboardFilters {
  const params = new URLSearchParams(search);
  const value = (name: (typeof FIELDS)[number]) => params.get(name) ?? '';
  const valid = (date: string) => /^\d{4}-\d{2}-\d{2}$/.test(date);
  return {
    region: value('region'),
    from: valid(value('from')) ? value('from') : isoDate(today, -29),
    to: valid(value('to')) ? value('to') : isoDate(today),
    providerId: value('providerId'),
    serviceCode: value('serviceCode'),
    channel: value('channel'),
  };
}

/** The filters as the address's query (empty ones left out). */
export function filtersToSearch(filters: DashboardFilters): string {
  const params = new URLSearchParams();
  for (const field of FIELDS) if (filters[field]) params.set(field, filters[field]);
  return params.toString();
}

/** The filters as the API's query. */
export function filtersToQuery(filters: DashboardFilters): DashboardQuery {
  return {
    from: filters.from,
    to: filters.to,
    ...(filters.region ? { region: filters.region as NonNullable<DashboardQuery['region']> } : {}),
    ...(filters.providerId ? { providerId: filters.providerId } : {}),
    ...(filters.serviceCode ? { serviceCode: filters.serviceCode } : {}),
    ...(filters.channel ? { channel: filters.channel as NonNullable<DashboardQuery['channel']> } : {}),
  };
}
