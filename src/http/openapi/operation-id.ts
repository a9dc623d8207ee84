/**
 * The operationId of an operation that does not declare one: the HTTP method and the path's words in camelCase,
 * a path parameter as `By<Name>` — `GET /api/cases/{caseId}/history` → `getCasesByCaseIdHistory`. It changes only when
 * the route does, so generated clients keep their method names from one release to the next.
 */
export function deriveOperationId(method: string, path: string): string {
  const words = path
    .split('/')
    .filter((segment) => segment !== '' && segment !== 'api')
    .flatMap((segment) => {
      const parameter = /^\{(.+)\}$/.exec(segment);
      return parameter ? ['by', ...splitWords(parameter[1] ?? '')] : splitWords(segment);
    });
  return [method.toLowerCase(), ...words.map(capitalise)].join('');
}

/** `sign-in` → [sign, in]; `dashboard.csv` → [dashboard, csv]; `caseId` → [case, Id]. */
function splitWords(segment: string): string[] {
  return segment.split(/[^A-Za-z0-9]+/).filter(Boolean);
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
