import { signDetachedCades } from '/work/wt/perf/.scratch/old/src/adapters/pki/cms-sign.ts';
import { LocalCa } from '/work/wt/perf/.scratch/old/src/adapters/pki/local-ca.ts';
import { LocalCaStatusChecker } from '/work/wt/perf/.scratch/old/src/adapters/pki/local-ca-status.ts';
import { TrustStore } from '/work/wt/perf/.scratch/old/src/adapters/pki/trust-store.ts';
import { CmsSignatureVerifier } from '/work/wt/perf/.scratch/old/src/adapters/pki/cms-verifier.ts';
const NOW = new Date('2026-03-02T09:00:00Z');
const ca = await LocalCa.create({ now: new Date(NOW.getTime() - 400*86400000), keyAlgorithm: 'ECDSA-P256' });
const content = new TextEncoder().encode('{"a":1}');
const sigs: string[] = [];
const N = Number(process.env.N ?? 300);
for (let i = 0; i < N; i++) {
  const key = await ca.issue({ holder: { kind: 'individual', iin: '880515300120', name: { surname: 'A', firstName: 'B' } }, purpose: 'signing', notBefore: new Date(NOW.getTime() - 86400000), validityDays: 365, keyAlgorithm: 'ECDSA-P256' });
  sigs.push(Buffer.from(await signDetachedCades({ contentBytes: content, signerCertificate: key.certificate, privateKey: key.privateKey, signingTime: NOW })).toString('base64'));
}
const v = new CmsSignatureVerifier({ trustStore: TrustStore.fromCertificates({ anchors: [ca.root.certificate], intermediates: [ca.intermediate.certificate] }), statusChecker: new LocalCaStatusChecker(ca) });
const { Session } = await import('node:inspector/promises');
const session = new Session(); session.connect();
if (process.env.PROF) { await session.post('Profiler.enable'); await session.post('Profiler.start'); }
const t = performance.now(); const c0 = process.cpuUsage();
for (let i = 0; i < N; i++) { const r = await v.verify({ contentBytes: content, signature: sigs[i]!, expectedIin: '880515300120', at: NOW }); if (!r.valid) throw new Error(r.reason); }
const cpu = process.cpuUsage(c0);
console.log('verify wall', ((performance.now()-t)/N).toFixed(3), 'ms; cpu', ((cpu.user+cpu.system)/1000/N).toFixed(3), 'ms');
if (process.env.PROF) {
  const { profile } = await session.post('Profiler.stop') as any;
  const self = new Map<string, number>(); const byId = new Map<number, any>(profile.nodes.map((n: any) => [n.id, n]));
  const dt = profile.timeDeltas; const counts = new Map<number, number>();
  profile.samples.forEach((s: number, i: number) => counts.set(s, (counts.get(s) ?? 0) + (dt[i] ?? 0)));
  for (const [id, us] of counts) { const n = byId.get(id); const url = (n.callFrame.url as string).replace(/.*node_modules\//, '').replace(/.*\/src\//, 'src/'); const k = `${n.callFrame.functionName || '(anon)'} ${url.split('/').slice(0,2).join('/')}`; self.set(k, (self.get(k) ?? 0) + us); }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const byPkg = new Map<string, number>();
  for (const [k, us] of self) { const pkg = k.split(' ')[1] ?? ''; byPkg.set(pkg, (byPkg.get(pkg) ?? 0) + us); }
  console.log([...byPkg].sort((a, b) => b[1]-a[1]).slice(0, 12).map(([k, us]) => `${(100*us/total).toFixed(1)}% ${k}`).join('\n'));
  console.log('---'); console.log([...self].sort((a, b) => b[1]-a[1]).slice(0, 25).map(([k, us]) => `${(100*us/total).toFixed(1)}% ${k}`).join('\n'));
}
