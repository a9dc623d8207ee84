import { describe, expect, it } from 'vitest';
import { loadRegulationFiles } from '../../src/adapters/regulations/load-regulation-files.ts';
import { exportInformationSystemsDiagram } from '../../src/core/bpmn/export-is-diagram.ts';
import { exportRouteBpmn } from '../../src/core/bpmn/export-route-bpmn.ts';
import { LANGUAGES } from '../../src/core/i18n/text.ts';
import { REGULATIONS_DIR } from '../support/paths.ts';
import { lintBpmn } from './support/bpmnlint.ts';
import { list, readBpmn } from './support/read-bpmn.ts';

/*
 * Every route of every regulation version, in every export language, through bpmnlint with its recommended rules —
 * what a modeller's tool-chain runs. Before issue 18 the exports had 132 label-required errors per language (end
 * events and message events without a name).
 */

const regulations = await loadRegulationFiles(REGULATIONS_DIR);
const exports = regulations.flatMap((regulation) =>
  LANGUAGES.flatMap((lang) => [
    ...regulation.routes.map((route) => ({ name: `${regulation.id} / ${route.id} (${lang})`, xml: () => exportRouteBpmn(regulation, route.id, lang) })),
    { name: `${regulation.id} / information systems (${lang})`, xml: () => exportInformationSystemsDiagram(regulation, lang) },
  ]),
);

describe('BPMN exports under bpmnlint (recommended)', () => {
  it('should cover every route of every regulation version', () => {
    const routeCount = regulations.reduce((sum, regulation) => sum + regulation.routes.length, 0);
    expect(routeCount).toBeGreaterThanOrEqual(50);
    expect(exports).toHaveLength((routeCount + regulations.length) * LANGUAGES.length);
  });

  it.each(exports)('should report no problem for $name', async ({ xml }) => {
    const problems = await lintBpmn(await xml());
    expect(problems.map((p) => `${p.category} ${p.rule} ${p.id}: ${p.message}`)).toEqual([]);
  });

  it.each(exports)('should name every flow node, lane and pool of $name', async ({ xml }) => {
    const bpmn = await readBpmn(await xml());
    const lanes = bpmn.processes.flatMap((process) => list(process, 'laneSets').flatMap((set) => list(set, 'lanes')));
    const unnamed = [...bpmn.flowElements.filter((element) => element.$type !== 'bpmn:SequenceFlow'), ...lanes, ...list(bpmn.collaboration, 'participants')]
      .filter((element) => String(element.get('name') ?? '').trim() === '')
      .map((element) => element.id);
    expect(unnamed).toEqual([]);
  });
});
