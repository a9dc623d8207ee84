/**
 * Who performs a procedure, from the words that open it. The catalog's roles are closed (schema.ts ROLES); the
 * earliest actor named in the item is its performer: "руководитель услугодателя рассматривает … направляет
 * ответственному работнику" is the head's (seed 000 line 559).
 */
import type { Role } from '../regulation/schema.ts';

const ACTORS: ReadonlyArray<readonly [Role | 'applicant', RegExp]> = [
  // The State Corporation's operator ("Мемлекеттік корпорация маманы", seed 001 line 568; ХҚКО in seed 002).
  ['scOperator', /(?:Государственн\p{L}* корпораци\p{L}*|Мемлекеттік корпораци\p{L}*)\s+(?:\p{L}+\s+)?(?:работник|сотрудник|специалист|оператор|маман|қызметкер|инспектор)|(?:работник|сотрудник|оператор|инспектор)\p{L}*\s+Государственн\p{L}* корпораци|ХҚКО|ЦОН|НАО/u],
  ['clerk', /канцеляри|кеңсе(?:сі(?:нің)?)?\s+(?:қызметкер|маман)|кеңсе\s+маман|кеңсе\s+қызметкер|делопроизводител|іс жүргізуші/u],
  ['head', /руководител\p{L}*|басшы\p{L}*|аким(?!ат)\p{L}*\s+(?:сельск|поселк)|(?:округ\p{L}*|ауыл\p{L}*)\s+әкімі(?!нің)/u],
  ['executor', /ответственн\p{L}*\s+(?:работник|исполнител|специалист|сотрудник)|исполнител\p{L}*|специалист\p{L}*|жауапты\s+(?:орындаушы|қызметкер|маман)|орындаушы\p{L}*|ЖАО(?!\s*АЖ)/u],
  ['system', /(?:ИС|АЖ|ЭҮӨШ|ЭҮШ|портал\p{L}*|ШЭП|ЕНП)\b/u],
  ['applicant', /^(?:услугополучател\p{L}*|көрсетілетін қызметті алушы(?!\p{L}))/iu],
];

export function detectRole(text: string): Role | 'applicant' | null {
  const head = text.slice(0, 240);
  let best: { role: Role | 'applicant'; at: number } | null = null;
  for (const [role, pattern] of ACTORS) {
    const m = pattern.exec(head);
    if (m && (best === null || m.index < best.at)) best = { role, at: m.index };
  }
  return best?.role ?? null;
}
