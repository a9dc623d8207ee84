/**
 * A BPMN collaboration as plain data, before it becomes moddle elements: who takes part (pools and lanes), the flow
 * nodes with their place on a grid (a column, left to right, and a row within the lane), and the flows. The builders
 * (route process, information-systems interaction) produce it; `layoutDiagram` turns the grid into coordinates and
 * `writeBpmnXml` into BPMN 2.0 XML.
 */

export type NodeType =
  | 'startEvent'
  | 'endEvent'
  | 'task'
  | 'exclusiveGateway'
  | 'intermediateThrowEvent'
  | 'intermediateCatchEvent'
  | 'boundaryEvent';

/** Rows of a lane: timers' overdue events above the tasks, refusal end events and skip paths below. */
export type GridRow = 'above' | 'main' | 'below';

export interface GraphLane {
  readonly id: string;
  readonly name: string;
}

export interface GraphParticipant {
  readonly id: string;
  readonly name: string;
  readonly documentation?: string;
  /** Null for a black-box pool (the information-systems diagram draws every system as one). */
  readonly processId: string | null;
  /** Empty when the pool has no lanes. */
  readonly lanes: readonly GraphLane[];
}

export interface GraphNode {
  readonly id: string;
  readonly type: NodeType;
  readonly name: string;
  readonly documentation?: string;
  readonly participantId: string;
  readonly laneId: string | null;
  readonly column: number;
  readonly row: GridRow;
  /** Shift of the node's centre from its column's centre, in pixels (an overdue event sits above its timer). */
  readonly xOffsetPx?: number;
  readonly eventDefinition?: 'message' | 'timer';
  /** ISO-8601 duration of a timer (PT20M, P5D). */
  readonly timerDuration?: string;
  /** The task a boundary event is attached to. */
  readonly attachedTo?: string;
}

export interface GraphSequenceFlow {
  readonly id: string;
  readonly sourceId: string;
  readonly targetId: string;
  readonly name?: string;
  /** A plain-text condition on a gateway's outgoing flow. */
  readonly condition?: string;
  /** The flow a gateway takes when no condition holds. */
  readonly isDefault?: boolean;
  /** Drawn along the lane's bottom row (the "skip" branch of a decision). */
  readonly routeBelow?: boolean;
}

export interface GraphMessageFlow {
  readonly id: string;
  /** A flow node or a participant (black-box pool). */
  readonly sourceId: string;
  readonly targetId: string;
  readonly name?: string;
  readonly documentation?: string;
  /** Where a flow between two black-box pools is drawn; flows between nodes use the nodes' columns. */
  readonly column?: number;
}

export interface GraphAnnotation {
  readonly id: string;
  readonly text: string;
  readonly column: number;
  /** How many columns the note spans. */
  readonly columnSpan: number;
}

export interface DiagramGraph {
  readonly id: string;
  readonly name: string;
  readonly participants: readonly GraphParticipant[];
  readonly nodes: readonly GraphNode[];
  readonly sequenceFlows: readonly GraphSequenceFlow[];
  readonly messageFlows: readonly GraphMessageFlow[];
  readonly annotations: readonly GraphAnnotation[];
  readonly columnCount: number;
}
