import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderResultPdf } from '../../src/adapters/documents/render-result-pdf.ts';
import { assembleResultDocument } from '../../src/core/documents/assemble-result-document.ts';
import { decidedJobSeekerCase, jobSeekerRegulation, TARAZ_EMPLOYMENT_CENTRE } from '../support/decided-job-seeker-case.ts';

/*
 * Issue #14, finding 5: the result PDF is PDF/A-2b. veraPDF is in neither npm nor Debian, so the checks PDF/A-2b
 * (ISO 19005-2) implies are made here by tools other than the writer (pdf-lib): qpdf reads the file structure (syntax,
 * catalog, output intent, trailer /ID, the ICC profile bytes), poppler's pdffonts the fonts, pdf.js the XMP metadata.
 */

const SIGNED_AT = new Date('2026-12-06T23:25:16Z');

function resultDocument() {
  const state = decidedJobSeekerCase({ caseId: '2b6f0c1e-7a1f-4a57-9d53-2f5b0c7e9a11', applicantName: 'Серікбаев Данияр Ерланұлы', journalNumber: 'TRZ-2026-000051', now: new Date('2026-12-06T05:00:00Z') });
  return assembleResultDocument({ state, regulation: jobSeekerRegulation, providerName: TARAZ_EMPLOYMENT_CENTRE, decisionDate: '2026-12-07', codeKey: new Uint8Array(32).fill(9) });
}

const qpdf = (...args: string[]) => execFileSync('qpdf', args, { encoding: 'utf8' });

describe('the result PDF as PDF/A-2b, read by tools other than its writer', () => {
  let dir: string;
  let file: string;
  let bytes: Uint8Array;
  /** qpdf's JSON view of every object: "obj:N 0 R" → { value } or { stream: { dict } }, plus "trailer". */
  let objects: Record<string, { value?: any; stream?: { dict: any } }>;
  const resolve = (ref: string) => objects[`obj:${ref}`]!;

  beforeAll(async () => {
    const document = resultDocument();
    bytes = await renderResultPdf(
      document,
      { signerName: 'OMAROV NURLAN', signerPosition: { kk: 'Басшы', ru: 'Руководитель', en: 'Head' }, signedAt: SIGNED_AT, signedAtText: '2026-12-07 04:25 (UTC+05:00)', certificateSerialHex: '0a1b' },
      `https://qyzmet.example.kz/verify/${document.verificationCode}`,
    );
    dir = mkdtempSync(path.join(tmpdir(), 'qyzmet-pdfa-'));
    file = path.join(dir, 'result.pdf');
    writeFileSync(file, bytes);
    objects = JSON.parse(qpdf('--json=2', '--json-key=qpdf', file)).qpdf[1];
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is a well-formed, unencrypted PDF 1.7 with a binary comment after the header (6.1.2)', () => {
    expect(qpdf('--check', file)).toContain('No syntax or stream encoding errors found');
    expect(qpdf('--show-encryption', file)).toContain('File is not encrypted');
    expect(Buffer.from(bytes.subarray(0, 8)).toString('latin1')).toBe('%PDF-1.7');
    const comment = bytes.subarray(bytes.indexOf(0x25, 8) + 1, bytes.indexOf(0x25, 8) + 5);
    expect([...comment].every((byte) => byte > 127)).toBe(true);
  });

  it('has a file identifier of two 16-byte strings in its trailer (6.1.3)', () => {
    const id = objects.trailer!.value['/ID'] as string[];
    expect(id).toHaveLength(2);
    for (const part of id) expect(part).toMatch(/^b:[0-9a-f]{32}$/);
  });

  it('declares an sRGB output intent with an embedded ICC profile (6.2.3)', () => {
    const catalog = resolve(objects.trailer!.value['/Root']).value;
    const [intentRef] = catalog['/OutputIntents'] as string[];
    const intent = resolve(intentRef!).value;
    expect(intent).toMatchObject({ '/Type': '/OutputIntent', '/S': '/GTS_PDFA1' });
    const profileRef = intent['/DestOutputProfile'] as string;
    expect(resolve(profileRef).stream!.dict['/N']).toBe(3);
    const profile = execFileSync('qpdf', [`--show-object=${profileRef.split(' ')[0]}`, '--filtered-stream-data', file]);
    // ICC.1 header: 'acsp' signature at byte 36, the data colour space 'RGB ' at 16, a display ('mntr') profile.
    expect(profile.subarray(36, 40).toString('latin1')).toBe('acsp');
    expect(profile.subarray(16, 20).toString('latin1')).toBe('RGB ');
    expect(profile.subarray(12, 16).toString('latin1')).toBe('mntr');
    expect(profile.readUInt32BE(0)).toBe(profile.length);
  });

  it('embeds every font it uses, as named subsets (6.2.11.4)', () => {
    const rows = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) expect(row).toMatch(/^[A-Z]{6}\+DejaVuSans\S*\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
  });

  it('carries XMP metadata naming PDF/A-2b that agrees with the document information, dated at signing (6.6)', async () => {
    const catalog = resolve(objects.trailer!.value['/Root']).value;
    const metadata = resolve(catalog['/Metadata']).stream!.dict;
    expect(metadata).toMatchObject({ '/Type': '/Metadata', '/Subtype': '/XML' });
    expect(metadata['/Filter']).toBeUndefined();
    const loaded = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
    const { info, metadata: xmp } = (await loaded.getMetadata()) as unknown as { info: Record<string, string>; metadata: { get(name: string): unknown } };
    await loaded.destroy();
    expect(xmp.get('pdfaid:part')).toBe('2');
    expect(xmp.get('pdfaid:conformance')).toBe('B');
    expect(xmp.get('dc:title')).toBe(info.Title);
    expect(xmp.get('pdf:producer')).toBe(info.Producer);
    expect(xmp.get('pdf:keywords')).toBe(info.Keywords);
    expect(xmp.get('xmp:createdate')).toBe('2026-12-06T23:25:16Z');
    // The creation time is the signing instant, not the document date at midnight.
    expect(info.CreationDate).toBe('D:20261206232516Z');
    expect(info.ModDate).toBe(info.CreationDate);
  });
});
