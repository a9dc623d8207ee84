import { chooseRegistries, type Registries } from '../../adapters/registries/choose-registries.ts';
import type { AppContext } from '../app-context.ts';

export type { Registries };

/**
 * An application context that carries the chosen registries (open-app.ts builds it). TODO(#6): make `registries` a
 * field of AppContext; until then the use cases read it through `registriesOf`.
 */
export interface RegistryContext {
  readonly registries: Registries;
}

/** The registries of an application context; a context built without them (the CLI, older tests) gets the local ones. */
export function registriesOf(app: AppContext): Registries {
  return (app as AppContext & Partial<RegistryContext>).registries ?? chooseRegistries({ persons: 'local' });
}
