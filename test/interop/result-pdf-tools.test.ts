import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { signDetachedCades } from '../../src/adapters/pki/cms-sign.ts';
import { findStaff } from '../../src/adapters/db/staff-store.ts';
import { DEMO_PASSWORD, DEMO_PROVIDERS } from '../../src/composition/demo-data.ts';
import { withCheckDigit } from '../../src/core/identity/iin.ts';
import { startInteropApp, configuredPublicBase, type InteropApp } from './support/interop-app.ts';
import { describeWithTools, run, toolVersions } from './support/outside-tools.ts';
import { officeApplication } from '../support/office-filing.ts';

/*
 * Issue #18: "the result PDF passes `qpdf --check`, embeds its fonts and yields all Kazakh letters through `pdftotext`;
 * its QR decodes with `zbarimg`" — now guarded. A case runs to a signed result through the API of a server on a real
 * port; the PDF is fetched over HTTP as a citizen's browser would and read by qpdf and poppler, and the QR by zbar
 * (from the page rendered by pdftoppm: zbarimg reads images, not PDF).
 */

const KAZAKH_LETTERS = ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і'];
const TARAZ = DEMO_PROVIDERS.find((provider) => provider.id === 'zhambyl-taraz-employment-centre')!;

/** A valid IIN for a man born 1985-06-07 (the check digit rules out some serials, so the first that works). */
function applicantIin(): string {
  for (let serial = 100; serial < 200; serial += 1) {
    const iin = withCheckDigit(`8506073${String(serial).padStart(4, '0')}`);
    if (iin) return iin;
  }
  throw new Error('no valid IIN');
}

describeWithTools('the result PDF read by qpdf, poppler and zbar', ['qpdf', 'pdffonts', 'pdftotext', 'pdftoppm', 'zbarimg'], () => {
  let app: InteropApp;
  let work: string;
  let pdfFile: string;
  let documentNumber: string;
  let verificationCode: string;

  beforeAll(async () => {
    console.info('interop tools:', toolVersions(['qpdf', 'pdffonts', 'pdftotext', 'zbarimg']));
    app = await startInteropApp(import.meta.url, { demoKeys: false });
    work = await mkdtemp(path.join(os.tmpdir(), 'qyzmet-interop-pdf-'));
    const iin = applicantIin();
    // A name with every letter Kazakh adds to Cyrillic, so the text layer must carry all of them.
    await app.ctx.db.execute(
      `insert into persons (iin, surname, given_name, patronymic, birth_date, sex, region) values ($1, 'Әбдіғали-Үңгірбаев', 'Қуаныш', 'Өміржанұлы Һәкім', '1985-06-07', 'male', 'zhambyl')`,
      [iin],
    );
    const head = (await findStaff(app.ctx.db, 'zhambyl.head'))!;
    const headKey = await app.ca.issue({
      holder: { kind: 'legalEntityEmployee', iin: head.iin, bin: TARAZ.bin, organization: TARAZ.name.ru, name: { surname: 'Омаров', firstName: 'Нұрлан' } },
      purpose: 'signing',
      notBefore: new Date(app.now.getTime() - 86_400_000),
      validityDays: 365,
    });
    const api = async (method: 'GET' | 'POST', url: string, token?: string, body?: unknown) => {
      const response = await app.server.inject({ method, url, headers: token ? { authorization: `Bearer ${token}` } : {}, ...(body !== undefined ? { payload: body as object } : {}) });
      if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
      return JSON.parse(response.body);
    };
    const token: Record<string, string> = {};
    for (const login of ['zhambyl.clerk', 'zhambyl.head', 'zhambyl.executor1']) token[login] = (await api('POST', '/api/auth/sign-in', undefined, { login, password: DEMO_PASSWORD })).token;
    const filed = await api('POST', '/api/cases', token['zhambyl.clerk'], officeApplication(app.ctx, {
      regulationId: 'zhambyl-2017-231-job-seeker-registration',
      applicantIin: iin,
      formData: { 'desired-position': 'Бухгалтер', 'education-level': 'higher', phone: '+77011234567', 'consent-publish': true },
    }));
    let state = await api('POST', `/api/cases/${filed.id}/steps`, token['zhambyl.clerk'], { stepId: 'register', expectedVersion: filed.version });
    state = await api('POST', `/api/cases/${filed.id}/steps`, token['zhambyl.head'], { stepId: 'assign', expectedVersion: state.version, input: { executorId: 'zhambyl.executor1' } });
    state = await api('POST', `/api/cases/${filed.id}/steps`, token['zhambyl.executor1'], { stepId: 'decide', expectedVersion: state.version, input: { outcome: 'positive' } });
    const draft = await api('GET', `/api/cases/${filed.id}/document`, token['zhambyl.head']);
    const cms = await signDetachedCades({ contentBytes: Buffer.from(draft.contentBase64, 'base64'), signerCertificate: headKey.certificate, privateKey: headKey.privateKey, signingTime: app.now, extraCertificates: headKey.chain });
    await api('POST', `/api/cases/${filed.id}/steps`, token['zhambyl.head'], { stepId: 'sign', expectedVersion: state.version, input: { signature: Buffer.from(cms).toString('base64') } });
    verificationCode = draft.verificationCode;
    documentNumber = (await api('GET', `/api/documents/${verificationCode}`)).document.number;

    const response = await fetch(`${app.baseUrl}/api/documents/${verificationCode}/pdf`);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    pdfFile = path.join(work, 'result.pdf');
    await writeFile(pdfFile, new Uint8Array(await response.arrayBuffer()));
  }, 300_000);
  afterAll(async () => {
    await app?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('passes qpdf --check', async () => {
    const checked = await run('qpdf', ['--check', pdfFile]);
    expect(checked.stdout).toContain('No syntax or stream encoding errors found');
  });

  it('embeds every font it uses (pdffonts)', async () => {
    const rows = (await run('pdffonts', [pdfFile])).stdout.trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    // Columns: name, type (may contain spaces), encoding, emb, sub, uni, object ID — emb is the fifth field from the end.
    for (const row of rows) expect(row.trim().split(/\s+/).at(-5), row).toBe('yes');
  });

  it('gives every Kazakh letter and the document number to pdftotext', async () => {
    const text = (await run('pdftotext', ['-enc', 'UTF-8', pdfFile, '-'])).stdout;
    for (const letter of KAZAKH_LETTERS) expect(text.toLocaleLowerCase('kk-KZ'), letter).toContain(letter);
    expect(text).toContain('Әбдіғали-Үңгірбаев');
    expect(text).toContain(documentNumber);
  });

  it('has a QR that zbarimg reads, pointing to the public check at the configured public address', async () => {
    await run('pdftoppm', ['-png', '-r', '200', '-f', '1', '-l', '1', pdfFile, path.join(work, 'page')]);
    const [page] = (await readdir(work)).filter((name) => name.startsWith('page') && name.endsWith('.png'));
    const decoded = (await run('zbarimg', ['--quiet', '--raw', path.join(work, page!)])).stdout.trim();
    // The link must start with the app's configured public base (QYZMET_PUBLIC_URL once `docs` lands), never a guess.
    expect(decoded.startsWith(`${configuredPublicBase(app)}/`), decoded).toBe(true);
    expect(decoded).toContain(verificationCode);
  });
});
