import type { Decision } from '../../core/case/case-events.ts';
import { localDateIn } from '../../core/registries/local-date.ts';
import { registryActionFor, registryNameFor } from '../../core/registries/registry-actions.ts';
import type { StepEffect } from '../cases/step-effect.ts';
import { issueTsaRecipientCertificate, issueUnemployedCertificate } from './effects/certificate-effects.ts';
import { issueReferral, registerJobSeeker, registerUnemployed } from './effects/labour-market-effects.ts';
import { recordServiceDecision } from './effects/record-service-decision.ts';
import type { StepDecision } from './effects/registry-work.ts';
import type { Registries } from './registries.ts';

/** The engine's decision as the registry work reads it (the refusal's ground, or none). */
function stepDecisionOf(decision: Decision | null): StepDecision | null {
  if (!decision) return null;
  return { outcome: decision.outcome, resultId: decision.resultId, groundId: decision.outcome === 'refusal' ? decision.groundId : null };
}

/**
 * The executor's registry work, as a step effect: it runs inside the step's transaction after the engine accepted the
 * step, so the registry write and the step happen together or not at all, and what it wrote is recorded in the case
 * history (`registryUpdated`). Which service does what is data (core/registries/registry-actions.ts).
 */
export function createRegistryStepEffect(registries: Registries): StepEffect {
  return async (context) => {
    const decision = stepDecisionOf(context.decision);
    const action = registryActionFor(context.regulation.service.code, context.step, decision?.resultId ?? null);
    if (!action) return {};
    const namedSystems = [...context.step.informationSystems, ...context.regulation.informationSystems.map((s) => s.id)];
    const work = {
      ...context,
      registries,
      decision,
      registry: registryNameFor(action, namedSystems),
      today: localDateIn(context.provider.region, context.now),
    };
    switch (action.type) {
      case 'registerJobSeeker':
        return registerJobSeeker(work);
      case 'registerUnemployed':
        return registerUnemployed(work);
      case 'issueReferral':
        return issueReferral(work);
      case 'issueUnemployedCertificate':
        return issueUnemployedCertificate(work);
      case 'issueTsaRecipientCertificate':
        return issueTsaRecipientCertificate(work);
      case 'recordServiceDecision':
        return recordServiceDecision(work, action.spec);
    }
  };
}
