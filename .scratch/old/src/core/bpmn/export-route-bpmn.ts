import { AppError } from '../errors/app-error.ts';
import type { Language } from '../i18n/text.ts';
import type { Regulation } from '../regulation/schema.ts';
import { buildRouteGraph } from './build-route-graph.ts';
import { writeBpmnXml } from './write-bpmn-xml.ts';

/**
 * BPMN 2.0 XML of one route of a regulation version: a pool per participant, lanes per staff role, a task per step
 * with a timer carrying its limit, a gateway and a refusal end event per intake condition, message flows between
 * pools, and diagram interchange so it opens in BPMN tools and bpmn-js. Without `routeId`, the first route.
 */
export async function exportRouteBpmn(regulation: Regulation, routeId: string | undefined, lang: Language): Promise<string> {
  const route = routeId === undefined ? regulation.routes[0] : regulation.routes.find((r) => r.id === routeId);
  if (!route) {
    throw new AppError('NOT_FOUND', `regulation ${regulation.id} has no route ${routeId}`, { what: `${regulation.id} / ${routeId}` });
  }
  return writeBpmnXml(buildRouteGraph(regulation, route, lang));
}
