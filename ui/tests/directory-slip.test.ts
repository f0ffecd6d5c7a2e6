// The referral slip: in the language chosen for the client (Arabic right to left, with its own
// labels), the place's address, hours, phone and what to bring, the "no name needed" line only
// where it is true, never a note or a client code; printed, or saved as a PDF only after the
// warning that the file is not encrypted.
import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { presentation } from '../src/lib/presentation.svelte';
import { argsOf, button, count, loadHomeChunk } from './backend';
import { CLINIC, DESK, listed, openDirectory } from './directory-fixtures';
import { message } from './fixtures';

beforeAll(loadHomeChunk, 30_000);

afterEach(() => {
  vi.restoreAllMocks();
});

const PDF = '/media/stick/referral-slip.pdf';

/** The directory with the slip of `name` open. */
async function slipOf(name: string) {
  const opened = await openDirectory(undefined, { save_booklet_pdf: () => ({ path: PDF }) });
  await waitFor(() => expect(listed()).toHaveLength(3));
  const row = screen.getAllByTestId('directory-entry').find((entry) => entry.textContent?.includes(name)) as HTMLElement;
  await fireEvent.click(within(row).getByTestId('directory-slip'));
  await screen.findByTestId('slip-sheet');
  return opened;
}

const sheet = () => screen.getByTestId('slip-sheet');

async function chooseLanguage(locale: string): Promise<void> {
  await fireEvent.change(screen.getByTestId('slip-language'), { target: { value: locale } });
  await waitFor(() => expect(sheet().getAttribute('lang')).toBe(locale));
}

describe('the referral slip', () => {
  it('opens in the language of the app and offers every language', async () => {
    await slipOf(DESK.name);
    const select = screen.getByTestId('slip-language') as HTMLSelectElement;
    expect(select.value).toBe('en');
    expect(Array.from(select.options, (o) => o.value)).toEqual(['en', 'nl', 'fr', 'ar', 'es', 'hy', 'pt-BR', 'ru', 'uk']);
    expect(within(sheet()).getByTestId('slip-title').textContent).toBe(message('en', 'slip-title'));
  });

  it('in Arabic reads right to left, with Arabic labels and the place in its own words', async () => {
    const { calls } = await slipOf(DESK.name);
    await chooseLanguage('ar');
    expect(argsOf(calls, 'content_catalogue').at(-1)).toEqual({ locale: 'ar' });
    expect(sheet().getAttribute('dir')).toBe('rtl');
    // The first element with a direction inside the slip is the sheet (what the end-to-end test reads).
    expect(screen.getByTestId('referral-slip').querySelector('[dir]')).toBe(sheet());
    expect(within(sheet()).getByTestId('slip-title').textContent).toBe(message('ar', 'slip-title'));
    expect(within(sheet()).getByTestId('slip-name').textContent).toBe(DESK.name);
    expect(within(sheet()).getByTestId('slip-address').textContent).toContain(message('ar', 'slip-address'));
    expect(within(sheet()).getByTestId('slip-address').textContent).toContain('9000 Gent');
    expect(within(sheet()).getByTestId('slip-hours').textContent).toContain(DESK.hours);
    expect(within(sheet()).getByTestId('slip-phone').textContent).toContain(DESK.phone);
    expect(within(sheet()).getByTestId('slip-bring').textContent).toContain(message('ar', 'slip-bring'));
    expect(within(sheet()).getByTestId('slip-anonymous').textContent).toBe(message('ar', 'slip-anonymous'));
    // The counsellor's controls stay in her language.
    expect(button('slip-print').textContent?.trim()).toBe(message('en', 'directory-slip-print'));
  });

  it('says that no name is needed only where that is true, and never shows the note', async () => {
    await slipOf(CLINIC.name);
    await chooseLanguage('fr');
    expect(within(sheet()).queryByTestId('slip-anonymous')).toBeNull();
    expect(sheet().textContent).not.toContain(message('fr', 'slip-anonymous'));
    expect(screen.getByTestId('referral-slip').textContent).not.toContain(CLINIC.note);
    expect(within(sheet()).getByTestId('slip-title').textContent).toBe(message('fr', 'slip-title'));
  });

  it('prints with the system dialog', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    await slipOf(DESK.name);
    await fireEvent.click(button('slip-print'));
    expect(print).toHaveBeenCalledTimes(1);
    expect(sheet().classList.contains('print-sheet')).toBe(true);
  });

  it('saves a PDF only after the warning that it is not encrypted', async () => {
    const { calls } = await slipOf(DESK.name);
    await fireEvent.click(button('slip-save-pdf'));
    const warning = screen.getByTestId('slip-pdf-warning');
    expect(warning.textContent).toContain(message('en', 'directory-slip-pdf-warning'));
    await fireEvent.click(button('slip-pdf-cancel'));
    expect(screen.queryByTestId('slip-pdf-warning')).toBeNull();
    expect(count(calls, 'save_booklet_pdf')).toBe(0);

    await fireEvent.click(button('slip-save-pdf'));
    await fireEvent.click(button('slip-pdf-confirm'));
    const saved = await screen.findByTestId('slip-pdf-saved');
    expect(saved.textContent).toContain(PDF);
    const [args] = argsOf(calls, 'save_booklet_pdf') as [{ paper: string; fileName: string }];
    expect(args.paper).toBe('a4');
    expect(args.fileName).toMatch(/^referral-slip-\d{4}-\d{2}-\d{2}\.pdf$/);
  });

  it('in presentation-safe mode is shown without printing or saving', async () => {
    await slipOf(DESK.name);
    presentation.set(true);
    await waitFor(() => expect(screen.queryByTestId('slip-print')).toBeNull());
    expect(screen.queryByTestId('slip-save-pdf')).toBeNull();
    expect(sheet()).toBeTruthy();
  });

  it('closes back to the list, on the button that opened it', async () => {
    await slipOf(DESK.name);
    await fireEvent.click(button('slip-close'));
    expect(screen.queryByTestId('referral-slip')).toBeNull();
    const row = screen.getAllByTestId('directory-entry').find((entry) => entry.textContent?.includes(DESK.name)) as HTMLElement;
    expect(document.activeElement).toBe(within(row).getByTestId('directory-slip'));
  });
});
