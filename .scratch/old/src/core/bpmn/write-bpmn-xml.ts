import { BpmnModdle, type ModdleElement } from 'bpmn-moddle';
import type { DiagramGraph, GraphNode } from './diagram-graph.ts';
import { layoutDiagram, type Bounds, type Point } from './diagram-layout.ts';

const NODE_TYPES: Readonly<Record<GraphNode['type'], string>> = {
  startEvent: 'bpmn:StartEvent',
  endEvent: 'bpmn:EndEvent',
  task: 'bpmn:Task',
  exclusiveGateway: 'bpmn:ExclusiveGateway',
  intermediateThrowEvent: 'bpmn:IntermediateThrowEvent',
  intermediateCatchEvent: 'bpmn:IntermediateCatchEvent',
  boundaryEvent: 'bpmn:BoundaryEvent',
};

/** Collects the elements of one diagram; every id is unique in the document. */
class ModelBuilder {
  readonly moddle = new BpmnModdle();
  private readonly byId = new Map<string, ModdleElement>();

  create(type: string, attrs: Record<string, unknown>): ModdleElement {
    // An attribute left undefined must not reach the XML.
    const defined = Object.fromEntries(Object.entries(attrs).filter(([, value]) => value !== undefined));
    const element = this.moddle.create(type, defined);
    if (typeof attrs.id === 'string') {
      if (this.byId.has(attrs.id)) throw new Error(`BPMN: duplicate id ${attrs.id}`);
      this.byId.set(attrs.id, element);
    }
    return element;
  }

  get(id: string): ModdleElement {
    const element = this.byId.get(id);
    if (!element) throw new Error(`BPMN: no element ${id}`);
    return element;
  }

  documentation(text: string | undefined): ModdleElement[] {
    return text ? [this.moddle.create('bpmn:Documentation', { text })] : [];
  }

  bounds(b: Bounds): ModdleElement {
    return this.moddle.create('dc:Bounds', { x: Math.round(b.x), y: Math.round(b.y), width: Math.round(b.width), height: Math.round(b.height) });
  }

  waypoints(points: readonly Point[]): ModdleElement[] {
    return points.map((p) => this.moddle.create('dc:Point', { x: Math.round(p.x), y: Math.round(p.y) }));
  }
}

function createNode(model: ModelBuilder, node: GraphNode): ModdleElement {
  const eventDefinitions: ModdleElement[] = [];
  if (node.eventDefinition === 'message') eventDefinitions.push(model.create('bpmn:MessageEventDefinition', { id: `${node.id}_message` }));
  if (node.eventDefinition === 'timer') {
    const timeDuration = model.create('bpmn:FormalExpression', { id: `${node.id}_duration`, body: node.timerDuration });
    eventDefinitions.push(model.create('bpmn:TimerEventDefinition', { id: `${node.id}_timer`, timeDuration }));
  }
  return model.create(NODE_TYPES[node.type], {
    id: node.id,
    name: node.name || undefined,
    documentation: model.documentation(node.documentation),
    ...(eventDefinitions.length > 0 ? { eventDefinitions } : {}),
    // A late step stays open: the timer marks it overdue and notifies, it does not cancel the task.
    ...(node.type === 'boundaryEvent' ? { attachedToRef: model.get(node.attachedTo ?? ''), cancelActivity: false } : {}),
  });
}

function buildProcesses(model: ModelBuilder, graph: DiagramGraph): ModdleElement[] {
  const processes: ModdleElement[] = [];
  for (const participant of graph.participants) {
    if (participant.processId === null) continue;
    const nodes = graph.nodes.filter((n) => n.participantId === participant.id);
    // Tasks before boundary events: a boundary event refers to its task.
    const ordered = [...nodes].sort((a, b) => Number(a.type === 'boundaryEvent') - Number(b.type === 'boundaryEvent'));
    const flowElements = ordered.map((node) => createNode(model, node));
    const nodeIds = new Set(nodes.map((n) => n.id));
    for (const flow of graph.sequenceFlows.filter((f) => nodeIds.has(f.sourceId))) {
      const source = model.get(flow.sourceId);
      const target = model.get(flow.targetId);
      const sequenceFlow = model.create('bpmn:SequenceFlow', {
        id: flow.id,
        name: flow.name || undefined,
        sourceRef: source,
        targetRef: target,
        ...(flow.condition ? { conditionExpression: model.create('bpmn:FormalExpression', { id: `${flow.id}_condition`, body: flow.condition }) } : {}),
      });
      (source.get('outgoing') as ModdleElement[]).push(sequenceFlow);
      (target.get('incoming') as ModdleElement[]).push(sequenceFlow);
      if (flow.isDefault) source.set('default', sequenceFlow);
      flowElements.push(sequenceFlow);
    }
    const laneSets = participant.lanes.length === 0
      ? []
      : [
          model.create('bpmn:LaneSet', {
            id: `${participant.processId}_lanes`,
            lanes: participant.lanes.map((lane) =>
              model.create('bpmn:Lane', { id: lane.id, name: lane.name, flowNodeRef: nodes.filter((n) => n.laneId === lane.id).map((n) => model.get(n.id)) }),
            ),
          }),
        ];
    processes.push(model.create('bpmn:Process', { id: participant.processId, isExecutable: false, laneSets, flowElements }));
  }
  return processes;
}

function buildCollaboration(model: ModelBuilder, graph: DiagramGraph, processes: readonly ModdleElement[]): ModdleElement {
  const participants = graph.participants.map((p) =>
    model.create('bpmn:Participant', {
      id: p.id,
      name: p.name,
      documentation: model.documentation(p.documentation),
      ...(p.processId ? { processRef: processes.find((process) => process.id === p.processId) } : {}),
    }),
  );
  const messageFlows = graph.messageFlows.map((flow) =>
    model.create('bpmn:MessageFlow', {
      id: flow.id,
      name: flow.name || undefined,
      documentation: model.documentation(flow.documentation),
      sourceRef: model.get(flow.sourceId),
      targetRef: model.get(flow.targetId),
    }),
  );
  const artifacts = graph.annotations.map((note) => model.create('bpmn:TextAnnotation', { id: note.id, text: note.text }));
  return model.create('bpmn:Collaboration', { id: `Collaboration_${graph.id}`, participants, messageFlows, artifacts });
}

function buildDiagram(model: ModelBuilder, graph: DiagramGraph, collaboration: ModdleElement): ModdleElement {
  const layout = layoutDiagram(graph);
  const planeElement: ModdleElement[] = [];
  for (const [id, bounds] of layout.shapes) {
    const element = model.get(id);
    const horizontal = element.$type === 'bpmn:Participant' || element.$type === 'bpmn:Lane';
    planeElement.push(
      model.moddle.create('bpmndi:BPMNShape', {
        id: `${id}_di`,
        bpmnElement: element,
        bounds: model.bounds(bounds),
        ...(horizontal ? { isHorizontal: true } : {}),
      }),
    );
  }
  for (const [id, points] of layout.edges) {
    const labelBounds = layout.edgeLabels.get(id);
    planeElement.push(
      model.moddle.create('bpmndi:BPMNEdge', {
        id: `${id}_di`,
        bpmnElement: model.get(id),
        waypoint: model.waypoints(points),
        ...(labelBounds ? { label: model.moddle.create('bpmndi:BPMNLabel', { bounds: model.bounds(labelBounds) }) } : {}),
      }),
    );
  }
  const plane = model.moddle.create('bpmndi:BPMNPlane', { id: `Plane_${graph.id}`, bpmnElement: collaboration, planeElement });
  return model.moddle.create('bpmndi:BPMNDiagram', { id: `Diagram_${graph.id}`, name: graph.name, plane });
}

/** The graph as BPMN 2.0 XML with diagram interchange (shapes and edges), built with bpmn-moddle. */
export async function writeBpmnXml(graph: DiagramGraph): Promise<string> {
  const model = new ModelBuilder();
  const processes = buildProcesses(model, graph);
  const collaboration = buildCollaboration(model, graph, processes);
  const definitions = model.moddle.create('bpmn:Definitions', {
    id: `Definitions_${graph.id}`,
    name: graph.name,
    targetNamespace: 'https://qyzmet.kz/bpmn',
    exporter: 'Qyzmet',
    exporterVersion: '1',
    rootElements: [collaboration, ...processes],
    diagrams: [buildDiagram(model, graph, collaboration)],
  });
  const { xml } = await model.moddle.toXML(definitions, { format: true });
  return xml;
}
