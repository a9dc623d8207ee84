import type { GraphMessageFlow, GraphNode, GraphSequenceFlow, GridRow } from './diagram-graph.ts';

export type NodeSpec = Omit<GraphNode, 'id' | 'column' | 'row'> & {
  /** The id wanted; a suffix (_2, _3, …) keeps it unique. */
  readonly base: string;
  /** The node's grid column; by default the next free one, so nodes run left to right in the order they are added. */
  readonly column?: number;
  readonly row?: GridRow;
};

/** Collects the nodes and flows of a diagram graph, with unique ids and grid columns handed out in order. */
export class GraphCanvas {
  readonly nodes: GraphNode[] = [];
  readonly sequenceFlows: GraphSequenceFlow[] = [];
  readonly messageFlows: GraphMessageFlow[] = [];
  private readonly usedIds = new Set<string>();
  private columns = 0;

  get columnCount(): number {
    return this.columns;
  }

  nextColumn(): number {
    return this.columns++;
  }

  uniqueId(base: string): string {
    let id = base;
    for (let n = 2; this.usedIds.has(id); n += 1) id = `${base}_${n}`;
    this.usedIds.add(id);
    return id;
  }

  addNode(spec: NodeSpec): string {
    const { base, column, row, ...rest } = spec;
    const id = this.uniqueId(base);
    this.nodes.push({ ...rest, id, row: row ?? 'main', column: column ?? this.nextColumn() });
    return id;
  }

  node(id: string): GraphNode {
    const node = this.nodes.find((n) => n.id === id);
    if (!node) throw new Error(`no node ${id}`);
    return node;
  }

  connect(sourceId: string, targetId: string, extra: Omit<GraphSequenceFlow, 'id' | 'sourceId' | 'targetId'> = {}): void {
    this.sequenceFlows.push({ id: this.uniqueId(`Flow_${sourceId}_${targetId}`), sourceId, targetId, ...extra });
  }

  addMessageFlow(sourceId: string, targetId: string, name?: string): void {
    this.messageFlows.push({ id: this.uniqueId(`Message_${sourceId}_${targetId}`), sourceId, targetId, ...(name ? { name } : {}) });
  }
}
