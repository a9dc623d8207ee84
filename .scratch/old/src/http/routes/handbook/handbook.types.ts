import { z } from 'zod';
import { LANGUAGES } from '../../../core/i18n/text.ts';

const ZLang = z.enum(LANGUAGES).optional().describe('Language of the names in the diagram; otherwise Accept-Language, then Kazakh');

export const ZRegulationParams = z.object({ regulationId: z.string().min(1).max(200) });

export const ZBpmnQuery = z.object({
  route: z.string().min(1).max(100).optional().describe("The route's id (see GET /api/regulations/{regulationId}); the first route when absent"),
  lang: ZLang,
});

export const ZDiagramQuery = z.object({ lang: ZLang });

export const ZCompareQuery = z.object({
  left: z.string().min(1).max(200).describe('The regulation version on the left'),
  right: z.string().min(1).max(200).describe('The regulation version on the right'),
  format: z.enum(['json', 'markdown']).default('json').describe('json: the structured comparison; markdown: the same as tables, in `lang`'),
  lang: ZLang,
});

export const ZBpmnXml = z.string().describe('BPMN 2.0 XML (application/xml) with diagram interchange; opens in BPMN tools and bpmn-js');

export const ZComparisonMarkdown = z.string().describe('The comparison as Markdown tables (text/markdown), when format=markdown');
