import { hashPassword } from '../adapters/security/password-hash.ts';
import type { Database } from '../adapters/db/database.ts';
import { ensureCitizenAccount, insertPersonIfAbsent, setContactIfNone } from '../adapters/db/citizen-store.ts';
import { insertProviderIfAbsent } from '../adapters/db/provider-store.ts';
import { insertStaffIfAbsent, listStaffLogins } from '../adapters/db/staff-store.ts';
import { withCheckDigit } from '../core/identity/iin.ts';
import type { StaffRole } from '../core/case/actor.ts';

/** The password of every demo account. Demo data only: never load it into a real deployment. */
export const DEMO_PASSWORD = 'qyzmet-demo';

function validId(first11: string): string {
  const id = withCheckDigit(first11);
  if (!id) throw new Error(`${first11} cannot complete to a valid IIN/BIN`);
  return id;
}

export const DEMO_PROVIDERS = [
  {
    id: 'zhambyl-taraz-employment-centre',
    code: 'TRZ',
    region: 'zhambyl',
    bin: validId('15094000123'),
    kind: 'provider' as const,
    name: {
      kk: 'Тараз қаласы әкімдігінің «Халықты жұмыспен қамту орталығы» КММ',
      ru: 'КГУ «Центр занятости населения» акимата города Тараз',
      en: 'Population employment centre of the Taraz city akimat',
    },
  },
  {
    id: 'aktobe-city-employment-department',
    code: 'AKT',
    region: 'aktobe',
    bin: validId('16024000456'),
    kind: 'provider' as const,
    name: {
      kk: 'Ақтөбе қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі',
      ru: 'Отдел занятости и социальных программ города Актобе',
      en: 'Employment and social programmes department of Aktobe city',
    },
  },
];

/** State Corporation branches (providers of kind stateCorporation): their operators run the desk (/desk); they own no cases. */
export const DEMO_SC_BRANCHES = [
  {
    id: 'zhambyl-taraz-sc-branch',
    code: 'TRZ-SC',
    region: 'zhambyl',
    bin: validId('15094000777'),
    kind: 'stateCorporation' as const,
    name: {
      kk: '«Азаматтарға арналған үкімет» МК Жамбыл облысы бойынша филиалының Тараз қалалық бөлімі',
      ru: 'Таразский городской отдел филиала ГК «Правительство для граждан» по Жамбылской области',
      en: 'Taraz city office of the State Corporation "Government for Citizens", Zhambyl branch',
    },
  },
  {
    id: 'aktobe-sc-branch',
    code: 'AKT-SC',
    region: 'aktobe',
    bin: validId('16024000888'),
    kind: 'stateCorporation' as const,
    name: {
      kk: '«Азаматтарға арналған үкімет» МК Ақтөбе облысы бойынша филиалының Ақтөбе қалалық бөлімі',
      ru: 'Актюбинский городской отдел филиала ГК «Правительство для граждан» по Актюбинской области',
      en: 'Aktobe city office of the State Corporation "Government for Citizens", Aktobe branch',
    },
  },
];

interface DemoStaff {
  readonly login: string;
  readonly role: StaffRole;
  readonly fullName: string;
  readonly providerId: string | null;
  readonly region: string | null;
  readonly iinPrefix: string;
}

export const DEMO_STAFF: readonly DemoStaff[] = [
  { login: 'zhambyl.clerk', role: 'clerk', fullName: 'Сейітова Айгүл Маратқызы', providerId: 'zhambyl-taraz-employment-centre', region: 'zhambyl', iinPrefix: '85030140012' },
  { login: 'zhambyl.head', role: 'head', fullName: 'Омаров Нұрлан Серікұлы', providerId: 'zhambyl-taraz-employment-centre', region: 'zhambyl', iinPrefix: '72091130045' },
  { login: 'zhambyl.executor1', role: 'executor', fullName: 'Ахметова Динара Болатқызы', providerId: 'zhambyl-taraz-employment-centre', region: 'zhambyl', iinPrefix: '90061240078' },
  { login: 'zhambyl.executor2', role: 'executor', fullName: 'Ким Виктор Сергеевич', providerId: 'zhambyl-taraz-employment-centre', region: 'zhambyl', iinPrefix: '88112030091' },
  { login: 'zhambyl.supervisor', role: 'supervisor', fullName: 'Жұмабаев Ерлан Қайратұлы', providerId: null, region: 'zhambyl', iinPrefix: '70020230013' },
  { login: 'aktobe.clerk', role: 'clerk', fullName: 'Нұрланова Әсем Ерланқызы', providerId: 'aktobe-city-employment-department', region: 'aktobe', iinPrefix: '93040440026' },
  { login: 'aktobe.head', role: 'head', fullName: 'Бекмұхамбетов Арман Тұрсынұлы', providerId: 'aktobe-city-employment-department', region: 'aktobe', iinPrefix: '75050530037' },
  { login: 'aktobe.executor1', role: 'executor', fullName: 'Иванова Ольга Петровна', providerId: 'aktobe-city-employment-department', region: 'aktobe', iinPrefix: '86070640048' },
  { login: 'aktobe.executor2', role: 'executor', fullName: 'Тулегенов Бауыржан Асқарұлы', providerId: 'aktobe-city-employment-department', region: 'aktobe', iinPrefix: '91080730059' },
  { login: 'aktobe.supervisor', role: 'supervisor', fullName: 'Қасымова Гүлнар Әбілқызы', providerId: null, region: 'aktobe', iinPrefix: '68090840061' },
  { login: 'zhambyl.operator', role: 'scOperator', fullName: 'Бекова Мадина Асқарқызы', providerId: 'zhambyl-taraz-sc-branch', region: 'zhambyl', iinPrefix: '92030340017' },
  { login: 'aktobe.operator', role: 'scOperator', fullName: 'Сапаров Ерболат Жомартұлы', providerId: 'aktobe-sc-branch', region: 'aktobe', iinPrefix: '89021130024' },
  { login: 'admin', role: 'admin', fullName: 'Qyzmet Administrator', providerId: null, region: null, iinPrefix: '80010130073' },
];

/** Citizens of the demo: valid IINs with the data the persons database returns. */
export const DEMO_CITIZENS = [
  { iin: '880515300120', surname: 'Серікбаев', given_name: 'Данияр', patronymic: 'Ерланұлы', birth_date: '1988-05-15', sex: 'male' as const, region: 'zhambyl' },
  { iin: '950101400012', surname: 'Әлиева', given_name: 'Жанар', patronymic: 'Бақытқызы', birth_date: '1995-01-01', sex: 'female' as const, region: 'zhambyl' },
  { iin: '061211600012', surname: 'Омарова', given_name: 'Аружан', patronymic: 'Нұрланқызы', birth_date: '2006-12-11', sex: 'female' as const, region: 'aktobe' },
  { iin: '880515300208', surname: 'Петров', given_name: 'Алексей', patronymic: 'Иванович', birth_date: '1988-05-15', sex: 'male' as const, region: 'aktobe' },
];

/** Loads the demo providers, staff and citizens; running it again changes nothing. */
export async function loadDemoData(db: Database): Promise<{ staffCreated: number }> {
  for (const provider of [...DEMO_PROVIDERS, ...DEMO_SC_BRANCHES]) await insertProviderIfAbsent(db, provider);
  const existing = await listStaffLogins(db);
  let staffCreated = 0;
  // Every demo account has the same published password: one scrypt hash serves them all (11 would cost ~1 s).
  const demoPasswordHash = await hashPassword(DEMO_PASSWORD);
  for (const member of DEMO_STAFF.filter((s) => !existing.has(s.login))) {
    await insertStaffIfAbsent(db, {
      login: member.login,
      role: member.role,
      fullName: member.fullName,
      providerId: member.providerId,
      region: member.region,
      iin: validId(member.iinPrefix),
      passwordHash: demoPasswordHash,
    });
    staffCreated += 1;
  }
  for (const citizen of DEMO_CITIZENS) await insertPersonIfAbsent(db, citizen);
  // Their contacts on record (issue #13): a one-time sign-up code goes there (read it in notification_outbox).
  for (const citizen of DEMO_CITIZENS) await setContactIfNone(db, citizen.iin, `+7701${citizen.iin.slice(-7)}`);
  // Portal accounts of the demo citizens (issue #7): sign in on /portal with the IIN and the demo password.
  for (const citizen of DEMO_CITIZENS) await ensureCitizenAccount(db, citizen.iin, demoPasswordHash);
  return { staffCreated };
}
