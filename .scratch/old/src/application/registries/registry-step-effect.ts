import { ZStepInputByKind } from '../../core/case/step-inputs.ts';
import { localDateIn } from '../../core/registries/local-date.ts';
import { registryActionFor, registryNameFor } from '../../core/registries/registry-actions.ts';
import type { Regulation } from '../../core/regulation/schema.ts';
import type { StepEffect } from '../cases/step-effect.ts';
import { issueTsaRecipientCertificate, issueUnemployedCertificate } from './effects/certificate-effects.ts';
import { issueReferral, registerJobSeeker, registerUnemployed } from './effects/labour-market-effects.ts';
import { recordServiceDecision } from './effects/record-service-decision.ts';
import type { StepDecision } from './effects/registry-work.ts';
import type { Registries } from './registries.ts';

/** The decision a decide step's input makes, as the engine reads it (a lone positive result needs no resultId). */
function decisionOfInput(regulation: Regulation, input: Readonly<Record<string, unknown>>): StepDecision | null {
  const parsed = ZStepInputByKind.decide.safeParse(input);
  if (!parsed.success) return null;
  if (parsed.data.outcome === 'refusal') {
    const refusal = regulation.results.find((r) => r.kind === 'refusal');
    return refusal ? { outcome: 'refusal', resultId: refusal.id, groundId: parsed.data.groundId } : null;
  }
  const positives = regulation.results.filter((r) => r.kind === 'positive');
  const resultId = parsed.data.resultId ?? (positives.length === 1 ? positives[0]?.id : undefined);
  return resultId ? { outcome: 'positive', resultId, groundId: null } : null;
}

/**
 * The executor's registry work, as a step effect: it runs inside the step's transaction after the engine accepted the
 * step, so the registry write and the step happen together or not at all, and what it wrote is recorded in the case
 * history (`registryUpdated`). Which service does what is data (core/registries/registry-actions.ts).
 */
export function createRegistryStepEffect(registries: Registries): StepEffect {
  return async (context) => {
    const decision = context.step.kind === 'decide' ? decisionOfInput(context.regulation, context.input) : null;
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
