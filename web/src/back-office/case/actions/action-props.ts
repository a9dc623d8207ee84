import type { CaseView, Regulation, Staff } from '../../../api/types.ts';

/** What every step action gets: the case as seen, its regulation, who acts, and the command to send. */
export interface ActionProps {
  readonly view: CaseView;
  readonly regulation: Regulation;
  readonly staff: Staff;
  readonly submitting: boolean;
  /** Completes the open step with the kind's input (see the API's POST /api/cases/{caseId}/steps). */
  readonly submit: (input: Record<string, unknown>) => void;
}
