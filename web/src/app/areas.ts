import { lazy, type ComponentType } from 'react';
import type { MessageKey } from '../i18n/translate.ts';

/**
 * The channel areas of the app, each under its own path with its own sign-in and screens (issue #7):
 * - /office — the provider back office (clerk, head, executor; rural akims use the same screens);
 * - /portal — the citizen portal (IIN + password or EDS sign-in, catalog, application, personal cabinet);
 * - /desk — the State Corporation operator desk (queue ticket, applicant lookup, power of attorney, sign, forward, print);
 * - /supervision — the region's supervisor dashboard; /handbook — the public business-process handbook;
 * - /verify — the public check of a result document (the QR code opens /verify/<code>).
 * An area is a component taking the path (and a header menu); it shares the shell (header, language, skip link) and the API client.
 * Each area is its own bundle, loaded when its path is first opened (issue #15): a citizen on the portal or a
 * stranger checking a QR code downloads the portal or the check, not the back office, the dashboard and bpmn-js.
 */
export interface Area {
  readonly id: string;
  readonly basePath: string;
  readonly titleKey: MessageKey;
  readonly Component: ComponentType<{ readonly pathname: string }>;
  /** The area's menu in the header (shown by the area itself only when it applies, e.g. signed in). */
  readonly Menu?: ComponentType<{ readonly pathname: string }>;
}

/** A component from a module loaded on first use (React.lazy wants a default export; ours are named). */
function loadOnFirstUse<K extends string>(load: () => Promise<Record<K, ComponentType<{ readonly pathname: string }>>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const BackOfficeApp = loadOnFirstUse(() => import('../back-office/BackOfficeApp.tsx'), 'BackOfficeApp');
const BackOfficeMenu = loadOnFirstUse(() => import('../back-office/BackOfficeMenu.tsx'), 'BackOfficeMenu');
const PortalApp = loadOnFirstUse(() => import('../portal/PortalApp.tsx'), 'PortalApp');
const DeskApp = loadOnFirstUse(() => import('../desk/DeskApp.tsx'), 'DeskApp');
const DeskMenu = loadOnFirstUse(() => import('../desk/DeskMenu.tsx'), 'DeskMenu');
const SupervisionApp = loadOnFirstUse(() => import('../supervision/SupervisionApp.tsx'), 'SupervisionApp');
const SupervisionMenu = loadOnFirstUse(() => import('../supervision/SupervisionMenu.tsx'), 'SupervisionMenu');
const HandbookApp = loadOnFirstUse(() => import('../handbook/HandbookApp.tsx'), 'HandbookApp');
const HandbookMenu = loadOnFirstUse(() => import('../handbook/HandbookMenu.tsx'), 'HandbookMenu');
const VerifyApp = loadOnFirstUse(() => import('../verify/VerifyApp.tsx'), 'VerifyApp');

export const AREAS: readonly Area[] = [
  { id: 'office', basePath: '/office', titleKey: 'app.area.backOffice', Component: BackOfficeApp, Menu: BackOfficeMenu },
  // #7: the citizen portal (IIN + password or EDS sign-in, catalog, application, personal cabinet)
  { id: 'portal', basePath: '/portal', titleKey: 'portal.area', Component: PortalApp },
  // #7: the State Corporation operator desk (queue, lookup, power of attorney, sign and forward, print)
  { id: 'desk', basePath: '/desk', titleKey: 'desk.area', Component: DeskApp, Menu: DeskMenu },
  // #8: the region's supervisor dashboard (staff sign-in) and the public business-process handbook
  { id: 'supervision', basePath: '/supervision', titleKey: 'supervision.area', Component: SupervisionApp, Menu: SupervisionMenu },
  { id: 'handbook', basePath: '/handbook', titleKey: 'handbook.area', Component: HandbookApp, Menu: HandbookMenu },
  // #5: the public check of a result document (the QR opens /verify/<code>; no sign-in)
  { id: 'verify', basePath: '/verify', titleKey: 'verify.area', Component: VerifyApp },
];

/** The area a path belongs to; `/` opens the first area. */
export function areaOf(pathname: string): Area | null {
  return AREAS.find((area) => pathname === area.basePath || pathname.startsWith(`${area.basePath}/`)) ?? null;
}
