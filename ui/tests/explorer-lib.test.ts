// The support explorer's logic without markup: the draft and its check, what a client file fills
// in (never its code or notes), amounts, the lines by pathway, the suggested questions, countries.
import { describe, expect, it } from 'vitest';
import {
  askable,
  checkDraft,
  countryChoices,
  explorerFileName,
  formatEur,
  initialDraft,
  linesByPathway,
  ownQuestions,
  parseAges,
  prefillOf,
  type ExplorerDraft,
} from '../src/lib/explorer';
import { clientInput } from './clients';
import { FAMILY, FAMILY_LINES, SETUP, TODAY } from './explorer-fixtures';

const draft = (overrides: Partial<ExplorerDraft> = {}): ExplorerDraft => ({ ...initialDraft(null, SETUP), ...overrides });

describe('the draft', () => {
  it('starts with one adult, no child, nothing ticked and today’s rules', () => {
    expect(initialDraft(null, SETUP)).toEqual({
      adults: 1,
      children: 0,
      childAges: '',
      country: '',
      nationality: 'visa_required',
      situations: [],
      vulnerable: [],
      date: TODAY,
    });
  });

  it('takes the household and the situations of a client file, and nothing else of it', () => {
    const client = {
      id: 7,
      createdAt: '2025-01-10',
      ...clientInput({
        code: 'B3-SOL',
        adults: 2,
        children: 3,
        residences: ['asylum_refused', 'order_to_leave'],
        healthConcerns: true,
        notes: 'Client note',
        countryOfOrigin: 'Sudan',
        preferredLanguage: 'ar',
      }),
    };
    const prefill = prefillOf(client);
    expect(prefill).toEqual({ adults: 2, children: 3, situations: ['asylum_refused', 'order_to_leave'], personLocale: 'ar' });
    expect(JSON.stringify(prefill)).not.toMatch(/B3-SOL|Client note|Sudan/);
    const filled = initialDraft(prefill, SETUP);
    expect([filled.adults, filled.children, filled.situations, filled.vulnerable]).toEqual([2, 3, ['asylum_refused', 'order_to_leave'], []]);
    // A file that records no household counts one adult; situations the setup does not offer are left out.
    const sparse = initialDraft({ adults: null, children: null, situations: ['dublin'], personLocale: null }, { ...SETUP, situations: ['other'] });
    expect([sparse.adults, sparse.children, sparse.situations]).toEqual([1, 0, []]);
  });

  it('reads ages separated by commas, spaces, semicolons or the Arabic comma', () => {
    expect(parseAges('4, 9, 12')).toEqual([4, 9, 12]);
    expect(parseAges(' 4 9;12 ')).toEqual([4, 9, 12]);
    expect(parseAges('4،9')).toEqual([4, 9]);
    expect(parseAges('')).toEqual([]);
    expect(parseAges('4, ten')).toBeNull();
    expect(parseAges('4.5')).toBeNull();
    expect(parseAges('-3')).toBeNull();
  });

  it('sends the household as the back end takes it; empty counts are none, an empty date is today', () => {
    const checked = checkDraft(
      draft({ adults: 2, children: 3, childAges: '4, 9, 12', situations: ['asylum_refused', 'order_to_leave'], date: ' ' }),
      SETUP,
    );
    expect(checked).toEqual({ ok: true, date: TODAY, household: FAMILY });
    const empty = checkDraft(draft({ adults: null, children: null }), SETUP);
    expect(empty.ok && empty.household).toMatchObject({ adults: 0, children: 0 });
    // Without children, ages typed earlier are dropped.
    const noChildren = checkDraft(draft({ children: 0, childAges: '4' }), SETUP);
    expect(noChildren.ok && noChildren.household.childAges).toEqual([]);
    // Ages that do not match the children are the back end's to refuse.
    const mismatch = checkDraft(draft({ children: 3, childAges: '4' }), SETUP);
    expect(mismatch.ok && mismatch.household.childAges).toEqual([4]);
  });

  it('refuses what cannot be sent with the back end’s own messages', () => {
    for (const bad of [{ adults: 2.5 }, { adults: -1 }, { children: 31 }]) {
      const checked = checkDraft(draft(bad), SETUP);
      expect(checked.ok ? null : [checked.error.messageId, checked.error.args]).toEqual(['error-household-size', { max: 30 }]);
    }
    const ages = checkDraft(draft({ children: 2, childAges: '4, x' }), SETUP);
    expect(ages.ok ? null : ages.error.messageId).toBe('error-household-ages');
  });
});

describe('the result', () => {
  it('writes amounts without cents as each language does', () => {
    expect(formatEur(875, 'en')).toBe('€875');
    expect(formatEur(2450, 'en')).toBe('€2,450');
    expect(formatEur(2450, 'nl')).toMatch(/^€\s2\.450$/u);
    expect(formatEur(1500, 'fr')).toMatch(/^1\s500\s€$/u);
    expect(formatEur(1500, 'not a locale!')).toBe('€1,500');
  });

  it('groups the lines by pathway in the usual order, return not first, those that do not apply apart', () => {
    const groups = linesByPathway(FAMILY_LINES);
    expect(groups.map((g) => g.pathway)).toEqual(['legalise', 'onward', 'return', 'undocumented']);
    const legalise = groups[0];
    expect(legalise?.applying.map((l) => l.id)).toEqual(['asylum', 'humanitarian-regularisation', 'family-reunification', 'statelessness']);
    expect(legalise?.notApplying.map((l) => l.id)).toEqual(['medical-regularisation', 'trafficking-victim']);
    expect(groups[2]?.applying.map((l) => l.id)).toEqual([
      'return-journey',
      'return-premium',
      'return-reintegration',
      'return-eu-topup',
      'return-vulnerable',
    ]);
  });

  it('suggests questions for the legalisation procedures that may apply', () => {
    expect(askable(FAMILY_LINES).map((l) => l.id)).toEqual(['asylum', 'humanitarian-regularisation', 'family-reunification', 'statelessness']);
    const other = { ...FAMILY_LINES[5]!, id: 'an-organisations-own' };
    expect(askable([other])).toEqual([]);
  });

  it('keeps the person’s own questions one per line, without empty ones', () => {
    expect(ownQuestions('  first?\n\n second \n')).toEqual(['first?', 'second']);
    expect(ownQuestions('')).toEqual([]);
  });


  it('names the PDF after the day, never after a client', () => {
    expect(explorerFileName(new Date(2026, 11, 3))).toBe('support-explorer-2026-12-03.pdf');
  });
});

describe('countries', () => {
  it('names the organisation’s countries in the language and sorts them as it does', () => {
    expect(countryChoices(SETUP.countries, 'nl').map((c) => [c.code, c.name, c.nationality])).toEqual([
      ['AL', 'Albanië', 'visa_exempt'],
      ['BR', 'Brazilië', 'visa_exempt'],
      ['MA', 'Marokko', 'visa_required'],
      ['SD', 'Soedan', 'visa_required'],
    ]);
    expect(countryChoices([{ code: 'MA', nationality: 'visa_required' }], 'fr')[0]?.name).toBe('Maroc');
    expect(countryChoices([{ code: 'XK', nationality: 'visa_required' }], 'en')[0]?.name).toBe('Kosovo');
  });
});
