import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkBin, checkIin, computeCheckDigit, withCheckDigit } from '../src/core/identity/iin.ts';

// Vectors from ../shared/reference/kz-ecosystem.md §1.
describe('IIN check digit', () => {
  it.each(['880515300120', '950101400012', '061211600012'])('accepts %s (first pass)', (iin) => {
    expect(checkIin(iin)).toEqual({ valid: true });
  });

  it('accepts 880515300208, valid only through the second pass', () => {
    expect(computeCheckDigit('88051530020')).toBe(8);
    expect(checkIin('880515300208')).toEqual({ valid: true });
  });

  it('rejects 821214240092 because both passes give 10 (never issued)', () => {
    expect(checkIin('821214240092')).toEqual({ valid: false, problem: 'neverIssued' });
  });

  it('rejects 123456789012 for a wrong check digit', () => {
    expect(checkIin('123456789012')).toEqual({ valid: false, problem: 'checkDigit' });
  });

  it.each(['', '88051530012', '8805153001200', '88051530012a', ' 880515300120'])('rejects malformed %j', (value) => {
    expect(checkIin(value)).toEqual({ valid: false, problem: 'format' });
  });

  it('accepts every number completed by withCheckDigit and rejects any other last digit', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{11}$/), (first11) => {
        const iin = withCheckDigit(first11);
        if (iin === null) return;
        expect(checkIin(iin).valid).toBe(true);
        const wrong = `${first11}${(Number(iin[11]) + 1) % 10}`;
        expect(checkIin(wrong).valid).toBe(false);
      }),
    );
  });
});

describe('BIN', () => {
  it.each(['940140000385', '990140004654'])('accepts %s', (bin) => {
    expect(checkBin(bin)).toEqual({ valid: true });
  });

  it('rejects a BIN with a valid check digit but an impossible type digit', () => {
    const bin = withCheckDigit('94017000038');
    expect(bin).not.toBeNull();
    expect(checkBin(bin!)).toEqual({ valid: false, problem: 'structure' });
  });
});
