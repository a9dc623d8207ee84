import { z } from 'zod';
import type { AppContext } from '../../../application/app-context.ts';
import { exportInformationSystemsDiagram } from '../../../core/bpmn/export-is-diagram.ts';
import { exportRouteBpmn } from '../../../core/bpmn/export-route-bpmn.ts';
import { compareRegulations } from '../../../core/comparison/compare-regulations.ts';
import { ZRegulationComparison } from '../../../core/comparison/comparison-schema.ts';
import { renderComparisonMarkdown } from '../../../core/comparison/render-comparison-markdown.ts';
import { requestLanguage } from '../../request-language.ts';
import { errorResponses } from '../../schemas.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import { ZBpmnQuery, ZBpmnXml, ZCompareQuery, ZComparisonMarkdown, ZDiagramQuery, ZRegulationParams } from './handbook.types.ts';

const XML = 'application/xml; charset=utf-8';

/** The business-process handbook of the regulations (issue #8): BPMN diagrams and side-by-side comparison. */
export function registerHandbookRoutes(app: ZodFastify, ctx: AppContext): void {
  app.get(
    '/api/regulations/:regulationId/bpmn',
    {
      schema: {
        tags: ['handbook'],
        summary: 'BPMN 2.0 diagram of one route: pools, lanes per role, a task and a timer per step, a gateway per condition',
        params: ZRegulationParams,
        querystring: ZBpmnQuery,
        produces: ['application/xml'],
        response: { 200: ZBpmnXml, 404: errorResponses[404] },
      },
    },
    async (request, reply) => {
      const regulation = ctx.catalog.get(request.params.regulationId);
      const xml = await exportRouteBpmn(regulation, request.query.route, requestLanguage(request));
      const fileName = `${regulation.id}.${request.query.route ?? regulation.routes[0]?.id ?? 'route'}.bpmn`;
      return reply.type(XML).header('content-disposition', `inline; filename="${fileName}"`).send(xml);
    },
  );

  app.get(
    '/api/regulations/:regulationId/is-diagram',
    {
      schema: {
        tags: ['handbook'],
        summary: 'Diagram of functional interaction of the information systems (BPMN 2.0 collaboration of black-box pools)',
        params: ZRegulationParams,
        querystring: ZDiagramQuery,
        produces: ['application/xml'],
        response: { 200: ZBpmnXml, 404: errorResponses[404] },
      },
    },
    async (request, reply) => {
      const regulation = ctx.catalog.get(request.params.regulationId);
      const xml = await exportInformationSystemsDiagram(regulation, requestLanguage(request));
      return reply.type(XML).header('content-disposition', `inline; filename="${regulation.id}.is.bpmn"`).send(xml);
    },
  );

  app.get(
    '/api/regulations/compare',
    {
      schema: {
        tags: ['handbook'],
        summary: 'Two regulation versions side by side: channels, steps and limits, conditions, roles, results, systems',
        querystring: ZCompareQuery,
        produces: ['application/json', 'text/markdown'],
        response: { 200: z.union([ZRegulationComparison, ZComparisonMarkdown]), 404: errorResponses[404] },
      },
    },
    async (request, reply) => {
      const comparison = compareRegulations(ctx.catalog.get(request.query.left), ctx.catalog.get(request.query.right));
      if (request.query.format === 'markdown') {
        return reply.type('text/markdown; charset=utf-8').send(renderComparisonMarkdown(comparison, requestLanguage(request)));
      }
      return comparison;
    },
  );
}
