import { z } from 'zod';
import type { AppContext } from '../../../application/app-context.ts';
import { exportInformationSystemsDiagram } from '../../../core/bpmn/export-is-diagram.ts';
import { exportRouteBpmn } from '../../../core/bpmn/export-route-bpmn.ts';
import { compareRegulations } from '../../../core/comparison/compare-regulations.ts';
import { ZRegulationComparison } from '../../../core/comparison/comparison-schema.ts';
import { renderComparisonMarkdown } from '../../../core/comparison/render-comparison-markdown.ts';
import { requestLanguage } from '../../request-language.ts';
import { routeKit } from '../../route-kit.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import { ZBpmnQuery, ZBpmnXml, ZCompareQuery, ZComparisonMarkdown, ZDiagramQuery, ZRegulationParams } from './handbook.types.ts';

const XML = 'application/xml; charset=utf-8';

/** The diagrams answer BPMN XML to anyone; only an unknown regulation is an error. */
const diagram = { method: 'GET', tag: 'handbook', caller: 'public', params: ZRegulationParams, produces: ['application/xml'], response: ZBpmnXml, errors: [404] } as const;

/** The business-process handbook of the regulations (issue #8): BPMN diagrams and side-by-side comparison. */
export function registerHandbookRoutes(app: ZodFastify, ctx: AppContext): void {
  const route = routeKit(app, ctx);
  route(
    {
      ...diagram,
      url: '/api/regulations/:regulationId/bpmn',
      summary: 'BPMN 2.0 diagram of one route: pools, lanes per role, a task and a timer per step, a gateway per condition',
      query: ZBpmnQuery,
    },
    async ({ params, query, request, reply }) => {
      const regulation = ctx.catalog.get(params.regulationId);
      const xml = await exportRouteBpmn(regulation, query.route, requestLanguage(request));
      const fileName = `${regulation.id}.${query.route ?? regulation.routes[0]?.id ?? 'route'}.bpmn`;
      return reply.type(XML).header('content-disposition', `inline; filename="${fileName}"`).send(xml);
    },
  );

  route(
    {
      ...diagram,
      url: '/api/regulations/:regulationId/is-diagram',
      summary: 'Diagram of functional interaction of the information systems (BPMN 2.0 collaboration of black-box pools)',
      query: ZDiagramQuery,
    },
    async ({ params, request, reply }) => {
      const regulation = ctx.catalog.get(params.regulationId);
      const xml = await exportInformationSystemsDiagram(regulation, requestLanguage(request));
      return reply.type(XML).header('content-disposition', `inline; filename="${regulation.id}.is.bpmn"`).send(xml);
    },
  );

  route(
    {
      method: 'GET',
      url: '/api/regulations/compare',
      tag: 'handbook',
      summary: 'Two regulation versions side by side: channels, steps and limits, conditions, roles, results, systems',
      caller: 'public',
      query: ZCompareQuery,
      produces: ['application/json', 'text/markdown'],
      response: z.union([ZRegulationComparison, ZComparisonMarkdown]),
      errors: [404],
    },
    ({ query, request, reply }) => {
      const comparison = compareRegulations(ctx.catalog.get(query.left), ctx.catalog.get(query.right));
      if (query.format === 'markdown') return reply.type('text/markdown; charset=utf-8').send(renderComparisonMarkdown(comparison, requestLanguage(request)));
      return comparison;
    },
  );
}
