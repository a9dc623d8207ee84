import type { ComponentType } from 'react';
import { BackOfficeApp } from '../back-office/BackOfficeApp.tsx';
import { BackOfficeMenu } from '../back-office/BackOfficeMenu.tsx';
import type { MessageKey } from '../i18n/translate.ts';

/**
 * The channel areas of the app, each under its own path with its own sign-in and screens (issue #7):
 * - /office — the provider back office (clerk, head, executor; rural akims use the same screens);
 * - TODO(#7): /portal — the citizen portal (IIN + password or EDS sign-in, catalog, application, personal cabinet),
 *   once the EDS and registry APIs land;
 * - TODO(#7): /desk — the State Corporation operator desk (queue ticket, applicant lookup, power of attorney, print).
 * An area is a component taking the path (and a header menu); it shares the shell (header, language, skip link) and the API client.
 */
export interface Area {
  readonly id: string;
  readonly basePath: string;
  readonly titleKey: MessageKey;
  readonly Component: ComponentType<{ readonly pathname: string }>;
  /** The area's menu in the header (shown by the area itself only when it applies, e.g. signed in). */
  readonly Menu?: ComponentType<{ readonly pathname: string }>;
}

export const AREAS: readonly Area[] = [{ id: 'office', basePath: '/office', titleKey: 'app.area.backOffice', Component: BackOfficeApp, Menu: BackOfficeMenu }];

/** The area a path belongs to; `/` opens the first area. */
export function areaOf(pathname: string): Area | null {
  return AREAS.find((area) => pathname === area.basePath || pathname.startsWith(`${area.basePath}/`)) ?? null;
}
