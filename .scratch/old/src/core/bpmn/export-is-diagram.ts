import type { Language } from '../i18n/text.ts';
import type { Regulation } from '../regulation/schema.ts';
import { buildInformationSystemsGraph } from './build-is-graph.ts';
import { writeBpmnXml } from './write-bpmn-xml.ts';

/**
 * BPMN 2.0 XML of a regulation's diagram of functional interaction of information systems: a black-box pool per
 * system and participant, message flows for the hand-overs of every route (see build-is-graph.ts for the format).
 */
export async function exportInformationSystemsDiagram(regulation: Regulation, lang: Language): Promise<string> {
  return writeBpmnXml(buildInformationSystemsGraph(regulation, lang));
}
