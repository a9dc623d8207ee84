import { BpmnModdle, type ModdleElement } from 'bpmn-moddle';

/** A BPMN document read back with bpmn-moddle, with the lookups the tests need. */
export interface ReadBpmn {
  readonly warnings: readonly string[];
  readonly definitions: ModdleElement;
  readonly byId: Readonly<Record<string, ModdleElement>>;
  readonly processes: readonly ModdleElement[];
  readonly collaboration: ModdleElement;
  /** Every flow element of every process. */
  readonly flowElements: readonly ModdleElement[];
  /** The ids every BPMNShape and BPMNEdge of the diagram draws. */
  readonly drawnIds: ReadonlySet<string>;
}

const list = (element: ModdleElement, property: string): ModdleElement[] => (element.get(property) as ModdleElement[] | undefined) ?? [];

export async function readBpmn(xml: string): Promise<ReadBpmn> {
  const { rootElement, warnings, elementsById } = await new BpmnModdle().fromXML(xml);
  const rootElements = list(rootElement, 'rootElements');
  const processes = rootElements.filter((e) => e.$type === 'bpmn:Process');
  const collaboration = rootElements.find((e) => e.$type === 'bpmn:Collaboration');
  if (!collaboration) throw new Error('no collaboration');
  const [diagram] = list(rootElement, 'diagrams');
  const plane = diagram?.get('plane') as ModdleElement | undefined;
  const drawnIds = new Set(list(plane ?? rootElement, 'planeElement').map((di) => (di.get('bpmnElement') as ModdleElement).id ?? ''));
  return {
    warnings: warnings.map((w) => w.message),
    definitions: rootElement,
    byId: elementsById,
    processes,
    collaboration,
    flowElements: processes.flatMap((p) => list(p, 'flowElements')),
    drawnIds,
  };
}

export { list };
