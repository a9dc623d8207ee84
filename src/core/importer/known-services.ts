/**
 * The services of the social-labour sphere the catalog runs, recognised by their name in either language, so that a
 * draft carries the catalog's service code (regulations/*.json `service.code`) and can be compared with, or published
 * as, a further version of the same service. A service not listed gets a code made from its position; an
 * administrator names it before publishing.
 */
const SERVICES: ReadonlyArray<readonly [string, RegExp]> = [
  ['unemployed-registration', /(?:в качестве безработн|жұмыссыз ретінде (?:жұмыс іздеп жүрген адамдарды )?тіркеу|Жұмыссыз азаматтарды тіркеу)/iu],
  ['unemployed-certificate', /(?:Жұмыссыз азаматтарға анықтама|справк\p{L}*\s+безработн)/iu],
  ['job-seeker-registration', /(?:Регистрация лиц, ищущих работу|Жұмыс іздеп жүрген адамдарды тіркеу)/iu],
  ['active-employment-referral', /(?:активных (?:мерах|формах)|белсенді (?:шараларына|нысандарына))/iu],
  ['semipalatinsk-victims', /(?:Семей|Семипалатинск)/iu],
  ['child-benefit-under-18', /(?:он сегіз жасқа|до восемнадцати)/iu],
  ['tsa-recipient-certificate', /(?:атаулы әлеуметтік көмек алушыларға тиесілігін|к получателям адресной)/iu],
  ['targeted-social-assistance', /(?:атаулы әлеуметтік көмек тағайындау|Назначение государственной адресной)/iu],
  ['disabled-children-home-schooling', /(?:Мүгедек балаларды үйде|детей-инвалидов)/iu],
  ['rural-specialists-fuel-assistance', /(?:әлеуметтік сала мамандар|специалистам социальной сферы)/iu],
  ['oralman-status', /оралман/iu],
  ['rehabilitated-person-certificate', /(?:Ақталған|реабилитированн)/iu],
  ['social-risk-payments', /(?:әлеуметтік тәуекелдер|социальных рисков)/iu],
];

export function serviceCodeOf(name: string, position: number): string {
  return SERVICES.find(([, pattern]) => pattern.test(name))?.[0] ?? `service-${position}`;
}
