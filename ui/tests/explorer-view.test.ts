// The support explorer's screen: asked from the vault home without a client and from a client's
// overview (filled in from the file, never its code or notes), what may apply on each pathway with
// the household's amounts in the person's language, the period and each line's source; errors
// translated with the form kept; the questions for a legal adviser (never sent anywhere); the
// print and the PDF through the referral slip's path.
import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { formatEur, pathwayNameId } from '../src/lib/explorer';
import { presentation } from '../src/lib/presentation.svelte';
import { argsOf, button, type Call, count, dateValue, enterDate, failure, type Handler, input, loadHomeChunk, PROFILE_A, renderApp, unlocked } from './backend';
import { clientsBackend } from './clients';
import { ALONE_EXPLORATION, explorerHandlers, FAMILY, TODAY } from './explorer-fixtures';
import { message } from './fixtures';
import { SHIPPED_LIBRARY } from './worksheets-fixtures';

beforeAll(loadHomeChunk, 30_000);

afterEach(() => {
  vi.restoreAllMocks();
});

/** The explorer opened from the vault home, without a client. */
async function fromHome(overrides: Record<string, Handler> = {}): Promise<Call[]> {
  const calls = await renderApp(unlocked(PROFILE_A), 'vault-home', explorerHandlers(overrides));
  await fireEvent.click(button('explorer-open-home'));
  await screen.findByTestId('explorer-form');
  return calls;
}

/** The explorer opened from the overview of client 1 (B3-SOL: 1 adult, 2 children, French). */
async function fromClient(overrides: Record<string, Handler> = {}): Promise<Call[]> {
  const backend = clientsBackend();
  const calls = await renderApp(unlocked(PROFILE_A), 'client-list', { ...backend.overrides, ...explorerHandlers(overrides) });
  await fireEvent.click(await screen.findByTestId('client-row-1'));
  await screen.findByTestId('client-overview');
  await fireEvent.click(button('explorer-open'));
  await screen.findByTestId('explorer-form');
  return calls;
}

const type = (testId: string, value: string) => fireEvent.input(screen.getByTestId(testId), { target: { value } });

/** Answers the form for the study's family and runs it. */
async function exploreFamily(): Promise<void> {
  await type('explorer-adults', '2');
  await type('explorer-children', '3');
  await type('explorer-child-ages', '4, 9, 12');
  await fireEvent.change(screen.getByTestId('explorer-nationality'), { target: { value: 'visa_required' } });
  await fireEvent.click(screen.getByTestId('explorer-situation-asylum_refused'));
  await fireEvent.click(screen.getByTestId('explorer-situation-order_to_leave'));
  await fireEvent.click(button('explorer-run'));
  await screen.findByTestId('explorer-result');
}

const line = (id: string) => screen.getByTestId(`explorer-line-${id}`);
const result = () => screen.getByTestId('explorer-result');

async function chooseLanguage(locale: string): Promise<void> {
  await fireEvent.change(screen.getByTestId('explorer-language'), { target: { value: locale } });
  await waitFor(() => expect(result().getAttribute('lang')).toBe(locale));
}

describe('the explorer without a client', () => {
  it('asks with one adult, today’s rules and nothing ticked, and sends exactly the household answered', async () => {
    const calls = await fromHome();
    expect(input('explorer-adults').value).toBe('1');
    expect(input('explorer-children').value).toBe('0');
    expect(dateValue('explorer-date')).toBe(TODAY);
    expect(screen.getByTestId('explorer-origin').textContent).toBe(message('en', 'explorer-no-client'));
    expect((screen.getByTestId('explorer-nationality') as HTMLSelectElement).value).toBe('visa_required');
    expect(Array.from((screen.getByTestId('explorer-nationality') as HTMLSelectElement).options, (o) => o.value)).toEqual([
      'visa_required',
      'visa_exempt',
    ]);
    expect(input('explorer-situation-order_to_leave').checked).toBe(false);
    expect(input('explorer-vulnerable-pregnancy').checked).toBe(false);

    await exploreFamily();
    expect(argsOf(calls, 'explore')).toEqual([{ date: TODAY, household: FAMILY }]);
  });

  it('shows each line with the amount for the household in the person’s language, the period and each source', async () => {
    await fromHome();
    await exploreFamily();
    const amount = (id: string) => screen.getByTestId(`explorer-amount-${id}`).textContent;
    expect(amount('return-premium')).toBe(message('en', 'explore-amount', { amount: '€875' }));
    expect(amount('return-reintegration')).toBe(message('en', 'explore-amount', { amount: '€2,450' }));
    expect(amount('return-eu-topup')).toBe(message('en', 'explore-amount', { amount: '€1,500' }));
    expect(line('return-premium').contains(screen.getByTestId('explorer-amount-return-premium'))).toBe(true);
    expect(line('return-journey').textContent).not.toContain('€');

    const period = screen.getByTestId('explorer-period').textContent ?? '';
    expect(period).toContain(message('en', 'rules-study-from-2015-06'));
    expect(period).toContain('Jun 1, 2015');
    expect(line('return-premium').textContent).toContain(message('en', 'source-fedasil-2015'));
    expect(line('return-premium').textContent).toContain('Jun 1, 2015');
    expect(line('asylum').textContent).toContain(message('en', 'source-general-law'));
    expect(line('asylum').textContent).toContain(message('en', 'explore-asylum-bring'));
    expect(line('humanitarian-regularisation').textContent).toContain(message('en', 'explore-humanitarian-regularisation-time'));
    expect(screen.getByTestId('explorer-no-promise').textContent).toBe(message('en', 'explore-no-promise'));
    expect(screen.getByTestId('explorer-confirm-return').textContent).toBe(message('en', 'explore-confirm-return'));
  });

  it('gives every pathway its own section in the usual order — return is not first — and shows what does not apply folded', async () => {
    await fromHome();
    await exploreFamily();
    const sections = Array.from(result().querySelectorAll('[data-testid^="explorer-pathway-"]'));
    expect(sections.map((s) => s.getAttribute('data-testid'))).toEqual([
      'explorer-pathway-legalise',
      'explorer-pathway-onward',
      'explorer-pathway-return',
      'explorer-pathway-undocumented',
    ]);
    for (const section of sections) {
      const pathway = section.getAttribute('data-testid')?.replace('explorer-pathway-', '') as 'legalise';
      expect(section.querySelector('h2')?.textContent?.trim()).toBe(message('en', pathwayNameId(pathway)));
      expect(section.textContent).toContain(message('en', `explore-confirm-${pathway}`));
    }
    const medical = line('medical-regularisation');
    expect(medical.dataset.eligible).toBe('no');
    expect(medical.querySelector('details')).not.toBeNull();
    expect(medical.querySelector('summary')?.textContent).toBe(message('en', 'explore-medical-regularisation'));
    expect(screen.getByTestId('explorer-pathway-legalise').textContent).toContain(message('en', 'explore-not-applying'));
    expect(line('asylum').textContent).toContain(message('en', 'explore-eligible-maybe'));
  });

  it('writes the amounts as French and Arabic write them, in the language chosen for the person', async () => {
    const calls = await fromHome();
    await exploreFamily();
    await chooseLanguage('fr');
    expect(argsOf(calls, 'content_catalogue')).toContainEqual({ locale: 'fr' });
    expect(screen.getByTestId('explorer-amount-return-reintegration').textContent).toBe(
      message('fr', 'explore-amount', { amount: formatEur(2450, 'fr') }),
    );
    expect(formatEur(2450, 'fr')).toMatch(/^2\s450\s€$/u);
    expect(screen.getByTestId('explorer-amount-return-premium').textContent).toContain('875\u00a0€');
    expect(screen.getByTestId('explorer-period').textContent).toContain(message('fr', 'rules-study-from-2015-06'));
    expect(result().querySelector('h1')?.textContent).toBe(message('fr', 'explore-result-heading'));
    await chooseLanguage('ar');
    expect(line('return-eu-topup').textContent).toContain(formatEur(1500, 'ar'));
    // The counsellor's controls stay in her language.
    expect(button('explorer-run').textContent?.trim()).toBe(message('en', 'explorer-run'));
  });

  it('fills in the nationality group from a country of the organisation’s list, named by the browser, and never sends the country', async () => {
    const calls = await fromHome();
    const country = screen.getByTestId('explorer-country') as HTMLSelectElement;
    const names = Array.from(country.options, (o) => o.textContent);
    expect(names).toEqual([message('en', 'explorer-country-none'), 'Albania', 'Brazil', 'Morocco', 'Sudan']);
    await fireEvent.change(country, { target: { value: 'BR' } });
    expect((screen.getByTestId('explorer-nationality') as HTMLSelectElement).value).toBe('visa_exempt');
    await fireEvent.change(country, { target: { value: 'MA' } });
    expect((screen.getByTestId('explorer-nationality') as HTMLSelectElement).value).toBe('visa_required');
    await fireEvent.click(button('explorer-run'));
    await screen.findByTestId('explorer-result');
    const [args] = argsOf(calls, 'explore') as [{ household: Record<string, unknown> }];
    expect(args.household.nationality).toBe('visa_required');
    expect(JSON.stringify(args)).not.toContain('MA');
  });

  it('closes back to the client files, on the button that opened it', async () => {
    await fromHome();
    await fireEvent.click(button('explorer-close'));
    expect(screen.queryByTestId('explorer')).toBeNull();
    expect(document.activeElement).toBe(button('explorer-open-home'));
  });
});

describe('errors', () => {
  it('shows the back end’s refusal translated and keeps every answer', async () => {
    const calls = await fromHome({ explore: () => failure('error-household-ages', 'household_invalid', { max: 30 }) });
    await type('explorer-adults', '2');
    await type('explorer-children', '3');
    await type('explorer-child-ages', '4, 9');
    await fireEvent.click(screen.getByTestId('explorer-vulnerable-single_parent'));
    await fireEvent.click(button('explorer-run'));
    const error = await screen.findByTestId('explorer-error');
    expect(error.textContent).toBe(message('en', 'error-household-ages', { max: 30 }));
    expect(count(calls, 'explore')).toBe(1);
    expect(input('explorer-adults').value).toBe('2');
    expect(input('explorer-children').value).toBe('3');
    expect(input('explorer-child-ages').value).toBe('4, 9');
    expect(input('explorer-vulnerable-single_parent').checked).toBe(true);
    expect(screen.queryByTestId('explorer-result')).toBeNull();
  });

  it('says when no rules were in force yet on the date chosen', async () => {
    await fromHome({ explore: () => failure('error-explorer-no-rules', 'explorer_no_rules', { date: '2010-01-01' }) });
    await enterDate('explorer-date', '2010-01-01');
    await fireEvent.click(button('explorer-run'));
    expect((await screen.findByTestId('explorer-error')).textContent).toBe(message('en', 'error-explorer-no-rules', { date: '2010-01-01' }));
    expect(dateValue('explorer-date')).toBe('2010-01-01');
  });

  it('refuses ages that are not numbers itself, with the same message, without asking the back end', async () => {
    const calls = await fromHome();
    await type('explorer-children', '2');
    await type('explorer-child-ages', '4, ten');
    await fireEvent.click(button('explorer-run'));
    expect((await screen.findByTestId('explorer-error')).textContent).toBe(message('en', 'error-household-ages', { max: 30 }));
    expect(count(calls, 'explore')).toBe(0);
  });

  it('asks to run again before printing once the answers changed', async () => {
    await fromHome();
    await exploreFamily();
    expect(button('explorer-print').disabled).toBe(false);
    await type('explorer-adults', '1');
    expect(screen.getByTestId('explorer-stale')).toBeTruthy();
    expect(button('explorer-print').disabled).toBe(true);
    await fireEvent.click(button('explorer-run'));
    await waitFor(() => expect(screen.queryByTestId('explorer-stale')).toBeNull());
  });
});

describe('from a client’s file', () => {
  it('fills in the household and the situations, opens in the client’s language, and never the health or the code', async () => {
    const calls = await fromClient();
    expect(input('explorer-adults').value).toBe('1');
    expect(input('explorer-children').value).toBe('2');
    expect(input('explorer-situation-asylum_refused').checked).toBe(true);
    expect(input('explorer-situation-order_to_leave').checked).toBe(true);
    expect(input('explorer-situation-dublin').checked).toBe(false);
    // Health concerns are in the file, but the person says what applies.
    expect(input('explorer-vulnerable-serious_illness').checked).toBe(false);
    expect(screen.getByTestId('explorer-origin').textContent).toBe(message('en', 'explorer-prefilled'));
    expect(screen.getByTestId('explorer').textContent).not.toContain('B3-SOL');

    await fireEvent.click(button('explorer-run'));
    await screen.findByTestId('explorer-result');
    const [args] = argsOf(calls, 'explore') as [{ household: typeof FAMILY }];
    expect(args.household).toEqual({ ...FAMILY, adults: 1, children: 2, childAges: [] });
    expect((screen.getByTestId('explorer-language') as HTMLSelectElement).value).toBe('fr');
    await waitFor(() => expect(result().getAttribute('lang')).toBe('fr'));
  });

  it('opens from a pathway card, and closes back to the overview', async () => {
    const backend = clientsBackend();
    await renderApp(unlocked(PROFILE_A), 'client-list', {
      ...backend.overrides,
      ...explorerHandlers(),
      content_library: () => SHIPPED_LIBRARY,
    });
    await fireEvent.click(await screen.findByTestId('client-row-1'));
    await screen.findByTestId('client-overview');
    const info = screen.getByTestId('overview-pathway-info') as HTMLDetailsElement;
    info.open = true;
    await fireEvent(info, new Event('toggle'));
    await fireEvent.click(await screen.findByTestId('pathway-card-open-return'));
    await fireEvent.click(button('pathway-card-explore'));
    await screen.findByTestId('explorer-form');
    expect(input('explorer-children').value).toBe('2');
    await fireEvent.click(button('explorer-close'));
    await screen.findByTestId('client-overview');
  });
});

describe('the print and the PDF', () => {
  it('prints the result and the questions in the person’s language, right to left in Arabic, without the client’s code or notes', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    await fromClient();
    await fireEvent.click(button('explorer-run'));
    await screen.findByTestId('explorer-result');
    await chooseLanguage('ar');
    const sheet = result();
    const questions = screen.getByTestId('explorer-questions');
    expect(sheet.classList.contains('print-sheet')).toBe(true);
    expect(questions.classList.contains('print-sheet')).toBe(true);
    expect(sheet.getAttribute('dir')).toBe('rtl');
    expect(questions.getAttribute('dir')).toBe('rtl');
    expect(sheet.querySelector('h1')?.textContent).toBe(message('ar', 'explore-result-heading'));
    expect(screen.getByTestId('explorer-no-promise').textContent).toBe(message('ar', 'explore-no-promise'));
    expect(screen.getByTestId('explorer-pathway-return').querySelector('h2')?.textContent?.trim()).toBe(message('ar', 'clients-pathway-return'));
    for (const printed of [sheet, questions]) {
      expect(printed.textContent).not.toContain('B3-SOL');
      expect(printed.textContent).not.toContain('Client note');
    }
    await fireEvent.click(button('explorer-print'));
    expect(print).toHaveBeenCalledTimes(1);
    // The paper is A4.
    expect(document.head.querySelector('link[data-explorer-paper="a4"]')).not.toBeNull();
  });

  it('prints the questions only when asked to', async () => {
    await fromHome();
    await exploreFamily();
    await fireEvent.click(screen.getByTestId('explorer-print-questions'));
    expect(screen.getByTestId('explorer-questions').classList.contains('print-sheet')).toBe(false);
    expect(result().classList.contains('print-sheet')).toBe(true);
  });

  it('saves a PDF on A4 only after the warning that it is not encrypted', async () => {
    const calls = await fromHome();
    await exploreFamily();
    await fireEvent.click(button('explorer-pdf'));
    expect(screen.getByTestId('explorer-pdf-warning').textContent).toContain(message('en', 'explorer-pdf-warning'));
    await fireEvent.click(button('explorer-pdf-cancel'));
    expect(count(calls, 'save_booklet_pdf')).toBe(0);
    await fireEvent.click(button('explorer-pdf'));
    await fireEvent.click(button('explorer-pdf-confirm'));
    expect((await screen.findByTestId('explorer-pdf-saved')).textContent).toContain('/media/stick/support-explorer.pdf');
    const [args] = argsOf(calls, 'save_booklet_pdf') as [{ paper: string; fileName: string }];
    expect(args.paper).toBe('a4');
    expect(args.fileName).toMatch(/^support-explorer-\d{4}-\d{2}-\d{2}\.pdf$/);
  });

  it('in presentation-safe mode stays on screen without printing or saving', async () => {
    await fromClient();
    await fireEvent.click(button('explorer-run'));
    await screen.findByTestId('explorer-result');
    presentation.set(true);
    await waitFor(() => expect(screen.queryByTestId('explorer-print')).toBeNull());
    expect(screen.queryByTestId('explorer-pdf')).toBeNull();
    expect(screen.getByTestId('explorer-result')).toBeTruthy();
    expect(screen.getByTestId('explorer-questions')).toBeTruthy();
    expect(screen.queryByTestId('client-overview')).toBeNull();
    // The answers — the household's situations among them — are not on the shared screen.
    expect(screen.getByTestId('explorer-form').closest('[hidden]')).not.toBeNull();
    presentation.set(false);
    await waitFor(() => expect(screen.getByTestId('explorer-form').closest('[hidden]')).toBeNull());
    expect(input('explorer-situation-order_to_leave').checked).toBe(true);
  });
});

describe('questions for the legal adviser', () => {
  it('suggests questions for the procedures that may apply, and the general ones, in both languages side by side', async () => {
    await fromHome();
    await exploreFamily();
    const sheet = screen.getByTestId('explorer-questions');
    const rows = Array.from(sheet.querySelectorAll('[data-testid^="explorer-ask-"]'), (row) => row.getAttribute('data-testid'));
    expect(rows).toEqual([
      'explorer-ask-asylum',
      'explorer-ask-humanitarian-regularisation',
      'explorer-ask-family-reunification',
      'explorer-ask-statelessness',
      'explorer-ask-general',
    ]);
    expect(within(sheet).getByTestId('explorer-ask-asylum').textContent).toContain(message('en', 'explore-ask-asylum'));
    expect(within(sheet).getByTestId('explorer-ask-general').textContent).toContain(message('en', 'explore-ask-general'));

    await fireEvent.change(screen.getByTestId('explorer-adviser-language'), { target: { value: 'nl' } });
    const asylum = await waitFor(() => {
      const cells = within(screen.getByTestId('explorer-questions')).getByTestId('explorer-ask-asylum').querySelectorAll('[data-locale]');
      expect(cells).toHaveLength(2);
      return cells;
    });
    expect(Array.from(asylum, (cell) => cell.getAttribute('lang'))).toEqual(['en', 'nl']);
    expect(asylum[1]?.textContent).toContain(message('nl', 'explore-ask-asylum'));
    expect(asylum[1]?.textContent).toContain(message('nl', 'explore-asylum'));
  });

  it('adds the person’s own questions as typed, leaves out a procedure unticked, and sends none of it to the back end', async () => {
    const calls = await fromHome();
    await exploreFamily();
    const before = calls.length;
    await type('explorer-own-questions', 'Can my sister help with the papers?\n\n  Where is the office?  ');
    await fireEvent.click(screen.getByTestId('explorer-ask-include-statelessness'));
    const sheet = screen.getByTestId('explorer-questions');
    const own = Array.from(within(sheet).getByTestId('explorer-own-questions-list').querySelectorAll('li'), (li) => li.textContent);
    expect(own).toEqual(['Can my sister help with the papers?', 'Where is the office?']);
    expect(within(sheet).getByTestId('explorer-own-questions-list').querySelector('li')?.getAttribute('dir')).toBe('auto');
    expect(within(sheet).queryByTestId('explorer-ask-statelessness')).toBeNull();
    expect(sheet.textContent).toContain(message('en', 'explore-questions-own'));
    expect(calls.slice(before).filter((c) => !c.cmd.startsWith('plugin:'))).toEqual([]);
    expect(JSON.stringify(calls)).not.toContain('sister');
  });

  it('suggests nothing for a procedure that does not apply, and keeps the general questions', async () => {
    await fromHome({ explore: () => ALONE_EXPLORATION });
    await fireEvent.click(button('explorer-run'));
    await screen.findByTestId('explorer-result');
    const sheet = screen.getByTestId('explorer-questions');
    expect(within(sheet).queryByTestId('explorer-ask-medical-regularisation')).toBeNull();
    expect(within(sheet).getByTestId('explorer-ask-general')).toBeTruthy();
    expect(line('return-premium').textContent).not.toContain('€');
  });
});
