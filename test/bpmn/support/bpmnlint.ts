import { createRequire } from 'node:module';
import { BpmnModdle } from 'bpmn-moddle';

/** One problem bpmnlint reports: the rule, the element and its message. */
export interface LintProblem {
  readonly rule: string;
  readonly category: 'error' | 'warn' | string;
  readonly id: string;
  readonly message: string;
}

interface BpmnlintLinter {
  lint(definitions: unknown): Promise<Record<string, ReadonlyArray<{ id: string; message: string; category: string }>>>;
}

// bpmnlint is CommonJS without type declarations for its Node API; the same linter its CLI runs.
const require = createRequire(import.meta.url);
const { Linter } = require('bpmnlint') as { Linter: new (options: { config: unknown; resolver: unknown }) => BpmnlintLinter };
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver') as new () => unknown;

/**
 * bpmnlint with its `recommended` configuration, as `.bpmnlintrc` `{ "extends": "bpmnlint:recommended" }` sets it.
 * A new linter per document: some rules (no-duplicate-sequence-flows) keep what they saw in the linter's closure.
 */
export async function lintBpmn(xml: string): Promise<LintProblem[]> {
  const { rootElement } = await new BpmnModdle().fromXML(xml);
  const linter = new Linter({ config: { extends: 'bpmnlint:recommended' }, resolver: new NodeResolver() });
  const results = await linter.lint(rootElement);
  return Object.entries(results).flatMap(([rule, reports]) => reports.map((report) => ({ rule, category: report.category, id: report.id, message: report.message })));
}
