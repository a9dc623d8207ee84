/**
 * bpmn-moddle ships its element types under `bpmn-moddle/types` but no declaration for its entry point; this is the
 * narrow part Qyzmet uses: create elements, write XML, read it back.
 */
declare module 'bpmn-moddle' {
  /** A BPMN model element; properties follow the BPMN 2.0 meta-model (id, name, flowElements, bounds, …). */
  export interface ModdleElement {
    readonly $type: string;
    readonly id?: string;
    [property: string]: unknown;
    get(name: string): unknown;
    set(name: string, value: unknown): void;
  }

  export interface ImportWarning {
    readonly message: string;
  }

  export interface ParseResult {
    readonly rootElement: ModdleElement;
    readonly warnings: readonly ImportWarning[];
    readonly elementsById: Readonly<Record<string, ModdleElement>>;
  }

  export class BpmnModdle {
    constructor(packages?: Record<string, unknown>, options?: Record<string, unknown>);
    create(type: string, attrs?: Record<string, unknown>): ModdleElement;
    toXML(element: ModdleElement, options?: { format?: boolean; preamble?: boolean }): Promise<{ xml: string }>;
    fromXML(xml: string, typeName?: string): Promise<ParseResult>;
  }
}
