import type { ModdleElement } from 'bpmn-moddle';
import { describe, expect, it } from 'vitest';
import { loadRegulationFiles } from '../../src/adapters/regulations/load-regulation-files.ts';
import { exportInformationSystemsDiagram } from '../../src/core/bpmn/export-is-diagram.ts';
import { FLOW_ITEM_LABELS } from '../../src/core/bpmn/handbook-texts.ts';
import { LANGUAGES } from '../../src/core/i18n/text.ts';
import { REGULATIONS_DIR } from '../support/paths.ts';
import { list, readBpmn } from './support/read-bpmn.ts';

/*
 * The diagram of functional interaction of information systems: a black-box pool per system and participant,
 * message flows for each hand-over, a note per route.
 */

const regulations = await loadRegulationFiles(REGULATIONS_DIR);
const JOB_SEEKERS = 'zhambyl-2017-231-job-seeker-registration';

const ends = (flow: ModdleElement) => [(flow.get('sourceRef') as ModdleElement).id, (flow.get('targetRef') as ModdleElement).id];

describe.each(regulations.map((regulation) => ({ id: regulation.id, regulation })))('information-systems diagram of $id', ({ regulation }) => {
  it('should parse back without warnings, with a pool per information system and a drawn flow per hand-over', async () => {
    const bpmn = await readBpmn(await exportInformationSystemsDiagram(regulation, 'en'));
    expect(bpmn.warnings).toEqual([]);
    const participants = list(bpmn.collaboration, 'participants');
    for (const system of regulation.informationSystems) {
      expect(participants.find((p) => p.id === `System_${system.id}`)?.get('name')).toBe(system.name.en);
    }
    expect(participants.every((p) => p.get('processRef') === undefined)).toBe(true);
    const flows = list(bpmn.collaboration, 'messageFlows');
    expect(flows.length).toBeGreaterThanOrEqual(2 * regulation.routes.length);
    for (const flow of flows) {
      const [source, target] = ends(flow);
      expect(source).not.toBe(target);
      expect(bpmn.drawnIds.has(flow.id!)).toBe(true);
    }
    const notes = list(bpmn.collaboration, 'artifacts').map((a) => a.get('text'));
    for (const route of regulation.routes) expect(notes).toContain(route.name.en);
  });

  it('should send each step that names an information system to that system', async () => {
    const bpmn = await readBpmn(await exportInformationSystemsDiagram(regulation, 'en'));
    const touched = new Set(list(bpmn.collaboration, 'messageFlows').flatMap(ends));
    const used = regulation.routes.flatMap((route) => route.steps).flatMap((id) => regulation.steps.find((s) => s.id === id)!.informationSystems);
    for (const systemId of used) expect(touched.has(`System_${systemId}`), systemId).toBe(true);
  });
});

describe('information-systems diagram of the Zhambyl job-seeker registration', () => {
  const regulation = regulations.find((r) => r.id === JOB_SEEKERS)!;

  it('should run the portal route applicant → portal → gateway → provider → AIS "Employment" and back to the applicant', async () => {
    const bpmn = await readBpmn(await exportInformationSystemsDiagram(regulation, 'en'));
    const flows = list(bpmn.collaboration, 'messageFlows').map(ends);
    const portal = flows.findIndex(([s, t]) => s === 'Actor_applicant' && t === 'System_egov-portal');
    expect(portal).toBeGreaterThanOrEqual(0);
    const after = flows.slice(portal);
    expect(after).toContainEqual(['System_egov-portal', 'System_egov-gateway']);
    expect(after).toContainEqual(['System_egov-gateway', 'Actor_provider']);
    expect(after).toContainEqual(['Actor_provider', 'System_ais-employment']);
    expect(after.at(-1)?.[1]).toBe('Actor_applicant');
  });

  it.each(LANGUAGES)('should name the result hand-over in %s', async (lang) => {
    const bpmn = await readBpmn(await exportInformationSystemsDiagram(regulation, lang));
    const names = list(bpmn.collaboration, 'messageFlows').map((f) => f.get('name'));
    expect(names).toContain(FLOW_ITEM_LABELS.result[lang]);
  });
});
