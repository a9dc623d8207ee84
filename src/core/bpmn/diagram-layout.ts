import type { DiagramGraph, GraphMessageFlow, GraphNode, GraphSequenceFlow, GridRow, NodeType } from './diagram-graph.ts';

/**
 * A simple automatic layout: pools stacked top to bottom with a gap for message flows, lanes stacked inside a pool,
 * one grid column per flow node, left to right in the order the process runs. Every column holds one node of the
 * main row, so a message flow's vertical segments cross no other shape. All sizes are pixels.
 */

export interface Bounds {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

interface Size {
  readonly width: number;
  readonly height: number;
}

export interface DiagramLayout {
  readonly shapes: ReadonlyMap<string, Bounds>;
  readonly edges: ReadonlyMap<string, readonly Point[]>;
  /** Where an edge's name is written, where the default (the edge's middle) would sit on a pool's name. */
  readonly edgeLabels: ReadonlyMap<string, Bounds>;
}

const ORIGIN_X_PX = 40;
const ORIGIN_Y_PX = 40;
const ANNOTATION_BAND_PX = 90;
const POOL_HEADER_PX = 30;
const LANE_HEADER_PX = 30;
const CONTENT_MARGIN_PX = 30;
const COLUMN_WIDTH_PX = 240;
/** Tasks are large because their names are the regulation's full action texts (up to ~280 characters). */
const TASK_SIZE_PX: Size = { width: 200, height: 140 };
const GATEWAY_SIZE_PX: Size = { width: 50, height: 50 };
const EVENT_SIZE_PX: Size = { width: 36, height: 36 };
/** A timer's centre sits this far right of its task's centre; the overdue event above it uses the same shift. */
export const TIMER_OFFSET_X_PX = TASK_SIZE_PX.width / 2 - 30;
/** The overdue end event sits above and to the right of its timer, so its label clears the flow into it. */
export const OVERDUE_OFFSET_X_PX = TIMER_OFFSET_X_PX + 55;
/** A condition's refusal end event sits below and to the right of its gateway. */
export const REFUSAL_OFFSET_X_PX = 60;
const BAND_HEIGHT_PX = 340;
const BLACK_BOX_HEIGHT_PX = 80;
const POOL_GAP_PX = 50;
const MESSAGE_LABEL_HEIGHT_PX = 28;
/** Centre of each row, from the top of its lane. */
const ROW_CENTRE_PX: Readonly<Record<GridRow, number>> = { above: 35, main: 155, below: 265 };

function nodeSize(type: NodeType): Size {
  if (type === 'task') return TASK_SIZE_PX;
  if (type === 'exclusiveGateway') return GATEWAY_SIZE_PX;
  return EVENT_SIZE_PX;
}

const centreX = (b: Bounds) => b.x + b.width / 2;
const centreY = (b: Bounds) => b.y + b.height / 2;
const bottom = (b: Bounds) => b.y + b.height;
const right = (b: Bounds) => b.x + b.width;
// Where an edge leaves or enters a shape: the middle of one of its sides.
const topCentre = (b: Bounds): Point => ({ x: centreX(b), y: b.y });
const bottomCentre = (b: Bounds): Point => ({ x: centreX(b), y: bottom(b) });
const leftMiddle = (b: Bounds): Point => ({ x: b.x, y: centreY(b) });
const rightMiddle = (b: Bounds): Point => ({ x: right(b), y: centreY(b) });

/** Down or up from `start` to height `y`, across, then to `end` (a detour below a row, a message between pools). */
function acrossAtY(start: Point, y: number, end: Point): Point[] {
  return [start, { x: start.x, y }, { x: end.x, y }, end];
}

/** Across from `start` to `x`, up or down, then across to `end` (a flow between rows, turning halfway). */
function alongX(start: Point, x: number, end: Point): Point[] {
  return [start, { x, y: start.y }, { x, y: end.y }, end];
}

/** Up or down from `start` to the height of `end`, then across: one corner. */
function verticalThenAcross(start: Point, end: Point): Point[] {
  return [start, { x: start.x, y: end.y }, end];
}

function columnCentreX(column: number): number {
  return ORIGIN_X_PX + POOL_HEADER_PX + LANE_HEADER_PX + CONTENT_MARGIN_PX + column * COLUMN_WIDTH_PX + COLUMN_WIDTH_PX / 2;
}

/** Pools, lanes and the vertical band each node sits in. */
function layoutBands(graph: DiagramGraph) {
  const shapes = new Map<string, Bounds>();
  const bandTop = new Map<string, number>();
  const poolWidth = POOL_HEADER_PX + LANE_HEADER_PX + 2 * CONTENT_MARGIN_PX + Math.max(graph.columnCount, 1) * COLUMN_WIDTH_PX;
  let y = ORIGIN_Y_PX + (graph.annotations.length > 0 ? ANNOTATION_BAND_PX : 0);
  for (const participant of graph.participants) {
    const height = participant.processId === null ? BLACK_BOX_HEIGHT_PX : BAND_HEIGHT_PX * Math.max(participant.lanes.length, 1);
    shapes.set(participant.id, { x: ORIGIN_X_PX, y, width: poolWidth, height });
    bandTop.set(participant.id, y);
    participant.lanes.forEach((lane, index) => {
      const laneY = y + index * BAND_HEIGHT_PX;
      shapes.set(lane.id, { x: ORIGIN_X_PX + POOL_HEADER_PX, y: laneY, width: poolWidth - POOL_HEADER_PX, height: BAND_HEIGHT_PX });
      bandTop.set(lane.id, laneY);
    });
    y += height + POOL_GAP_PX;
  }
  return { shapes, bandTop };
}

function placeNode(node: GraphNode, bandTop: ReadonlyMap<string, number>, shapes: ReadonlyMap<string, Bounds>): Bounds {
  const size = nodeSize(node.type);
  if (node.type === 'boundaryEvent' && node.attachedTo) {
    // A timer sits on its task's top edge, near the right corner.
    const task = shapes.get(node.attachedTo);
    if (task) return { x: centreX(task) + TIMER_OFFSET_X_PX - size.width / 2, y: task.y - size.height / 2, ...size };
  }
  const top = bandTop.get(node.laneId ?? node.participantId) ?? ORIGIN_Y_PX;
  const x = columnCentreX(node.column) + (node.xOffsetPx ?? 0);
  return { x: x - size.width / 2, y: top + ROW_CENTRE_PX[node.row] - size.height / 2, ...size };
}

function sequenceWaypoints(flow: GraphSequenceFlow, source: Bounds, target: Bounds, belowY: number): Point[] {
  if (flow.routeBelow) return acrossAtY(bottomCentre(source), belowY, bottomCentre(target));
  const nearbyRight = centreX(target) > centreX(source) + 1 && centreX(target) - centreX(source) < COLUMN_WIDTH_PX / 2;
  // Up, then right: a timer to its overdue event.
  if (nearbyRight && bottom(target) <= source.y) return verticalThenAcross(topCentre(source), leftMiddle(target));
  // Down, then right: a gateway to its refusal end event.
  if (nearbyRight && target.y >= bottom(source)) return verticalThenAcross(bottomCentre(source), leftMiddle(target));
  if (Math.abs(centreX(source) - centreX(target)) < 1) {
    const down = centreY(target) > centreY(source);
    return down ? [bottomCentre(source), topCentre(target)] : [topCentre(source), bottomCentre(target)];
  }
  if (Math.abs(centreY(source) - centreY(target)) < 1) return [rightMiddle(source), leftMiddle(target)];
  return alongX(rightMiddle(source), (right(source) + target.x) / 2, leftMiddle(target));
}

function messageWaypoints(flow: GraphMessageFlow, source: Bounds, target: Bounds, targetPool: Bounds, isSourcePool: boolean, isTargetPool: boolean): Point[] {
  const flowX = flow.column !== undefined ? columnCentreX(flow.column) : undefined;
  const sourceX = isSourcePool ? (flowX ?? centreX(source)) : centreX(source);
  const targetX = isTargetPool ? (flowX ?? sourceX) : centreX(target);
  const down = centreY(target) > centreY(source);
  const start = { x: sourceX, y: down ? bottom(source) : source.y };
  const end = { x: targetX, y: down ? target.y : bottom(target) };
  if (Math.abs(sourceX - targetX) < 1) return [start, end];
  const turnY = down ? targetPool.y - POOL_GAP_PX / 2 : bottom(targetPool) + POOL_GAP_PX / 2;
  return acrossAtY(start, turnY, end);
}

/** Coordinates for every pool, lane, node, annotation and flow of the graph. */
export function layoutDiagram(graph: DiagramGraph): DiagramLayout {
  const { shapes, bandTop } = layoutBands(graph);
  const nodesById = new Map(graph.nodes.map((n) => [n.id, n]));
  const participantIds = new Set(graph.participants.map((p) => p.id));
  // Boundary events last: they sit on their task's bounds.
  for (const node of [...graph.nodes].sort((a, b) => Number(a.type === 'boundaryEvent') - Number(b.type === 'boundaryEvent'))) {
    shapes.set(node.id, placeNode(node, bandTop, shapes));
  }
  for (const note of graph.annotations) {
    const x = columnCentreX(note.column) - COLUMN_WIDTH_PX / 2 + 10;
    shapes.set(note.id, { x, y: ORIGIN_Y_PX, width: note.columnSpan * COLUMN_WIDTH_PX - 20, height: ANNOTATION_BAND_PX - 30 });
  }

  const edges = new Map<string, Point[]>();
  const edgeLabels = new Map<string, Bounds>();
  const boundsOf = (id: string): Bounds => {
    const bounds = shapes.get(id);
    if (!bounds) throw new Error(`layout: no shape for ${id}`);
    return bounds;
  };
  for (const flow of graph.sequenceFlows) {
    const sourceNode = nodesById.get(flow.sourceId);
    const targetNode = nodesById.get(flow.targetId);
    const lowestBand = Math.max(
      bandTop.get(sourceNode?.laneId ?? sourceNode?.participantId ?? '') ?? 0,
      bandTop.get(targetNode?.laneId ?? targetNode?.participantId ?? '') ?? 0,
    );
    edges.set(flow.id, sequenceWaypoints(flow, boundsOf(flow.sourceId), boundsOf(flow.targetId), lowestBand + ROW_CENTRE_PX.below));
  }
  for (const flow of graph.messageFlows) {
    const targetPoolId = participantIds.has(flow.targetId) ? flow.targetId : (nodesById.get(flow.targetId)?.participantId ?? '');
    const points = messageWaypoints(flow, boundsOf(flow.sourceId), boundsOf(flow.targetId), boundsOf(targetPoolId), participantIds.has(flow.sourceId), participantIds.has(flow.targetId));
    edges.set(flow.id, points);
    const [start, next] = points;
    if (flow.name && participantIds.has(flow.sourceId) && start && next) {
      // Between two black-box pools: the name goes in the gap just past the source pool, beside the line.
      const down = next.y > start.y;
      edgeLabels.set(flow.id, { x: start.x + 4, y: down ? start.y + 4 : start.y - 4 - MESSAGE_LABEL_HEIGHT_PX, width: COLUMN_WIDTH_PX - 40, height: MESSAGE_LABEL_HEIGHT_PX });
    }
  }
  return { shapes, edges, edgeLabels };
}
