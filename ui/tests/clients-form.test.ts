import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { argsOf, button, count, enterDate, failure, input, PROFILE_A, renderApp, text, unlocked } from './backend';
import { RESIDENCES } from '../src/lib/client-labels';
import { clientInput, clientsBackend, SUGGESTIONS } from './clients';
import { message } from './fixtures';

afterEach(() => {
  vi.useRealTimers();
});

async function newClientForm(extra = {}) {
  const backend = clientsBackend(undefined, extra);
  const calls = await renderApp(unlocked(PROFILE_A), 'client-list', backend.overrides);
  await fireEvent.click(button('client-new'));
  await screen.findByTestId('client-form');
  await waitFor(() => expect(input('client-code-input').value).toBe(SUGGESTIONS[0]));
  return { calls, model: backend.model };
}

const type = (testId: string, value: string) => fireEvent.input(input(testId), { target: { value } });

describe('new client form', () => {
  it('prefills the suggested code, and suggests another on request', async () => {
    const { calls } = await newClientForm();
    expect(count(calls, 'suggest_code')).toBe(1);
    expect(screen.getByLabelText(message('en', 'clients-code-label'))).toBe(input('client-code-input'));
    await fireEvent.click(button('client-code-suggest'));
    await waitFor(() => expect(input('client-code-input').value).toBe(SUGGESTIONS[1]));
    expect(count(calls, 'suggest_code')).toBe(2);
  });

  it('says plainly that no real name, ID number, address or phone belongs here', async () => {
    await newClientForm();
    expect(text('client-privacy-hint')).toBe(message('en', 'clients-privacy-hint'));
    const optional = screen.getByTestId('client-optional');
    expect(optional.querySelector('legend')?.textContent).toBe(message('en', 'clients-optional-heading'));
  });

  it('sends only the code and nulls when nothing else is filled in', async () => {
    const { calls } = await newClientForm();
    await fireEvent.click(button('client-save'));
    await screen.findByTestId('client-overview');
    expect(argsOf(calls, 'create_client')).toEqual([{ client: clientInput({ code: SUGGESTIONS[0] }) }]);
    expect(text('overview-code')).toBe(SUGGESTIONS[0]);
  });

  it('sends what was filled in, with numbers as numbers', async () => {
    const { calls } = await newClientForm();
    await type('client-code-input', ' Q4-AMAL ');
    await type('client-languages-input', 'Arabic, Tigrinya');
    await fireEvent.change(screen.getByTestId('client-preferred-language'), { target: { value: 'fr' } });
    await type('client-country-input', 'Eritrea');
    await type('client-arrival-input', '2019');
    await type('client-adults-input', '2');
    await type('client-children-input', '3');
    await type('client-school-input', '1');
    // Checkboxes: none ticked, every situation in order; two ticked go in that order.
    const residence = screen.getByTestId('client-residence');
    expect(residence.textContent).toContain(message('en', 'clients-residence-hint'));
    const boxes = Array.from(residence.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'));
    expect(boxes.map((box) => box.getAttribute('data-testid'))).toEqual(RESIDENCES.map((code) => `client-residence-${code}`));
    expect(boxes.some((box) => box.checked)).toBe(false);
    expect(screen.getByLabelText(message('en', 'clients-residence-temporary-protection'))).toBe(input('client-residence-temporary_protection'));
    await fireEvent.click(input('client-residence-order_to_leave'));
    await fireEvent.click(input('client-residence-regularisation_pending'));
    await fireEvent.change(screen.getByTestId('client-health'), { target: { value: 'yes' } });
    await type('client-notes-input', 'ملاحظة: likes drawing');
    await fireEvent.click(input('client-consent-given'));
    await enterDate('client-consent-date', '2025-03-01');
    await type('client-consent-explained', 'Notes stay encrypted here');
    await type('client-consent-language', 'Arabic');
    await enterDate('client-review-input', '2025-09-01');
    await fireEvent.click(button('client-save'));
    await screen.findByTestId('client-overview');
    expect(argsOf(calls, 'create_client')).toEqual([
      {
        client: {
          code: 'Q4-AMAL',
          languages: ['Arabic', 'Tigrinya'],
          preferredLanguage: 'fr',
          countryOfOrigin: 'Eritrea',
          arrivalYear: 2019,
          adults: 2,
          children: 3,
          childrenAtSchool: 1,
          residences: ['regularisation_pending', 'order_to_leave'],
          healthConcerns: true,
          notes: 'ملاحظة: likes drawing',
          consent: { givenOn: '2025-03-01', explained: 'Notes stay encrypted here', language: 'Arabic' },
          reviewOn: '2025-09-01',
        },
      },
    ]);
  });

  it('keeps free text right for Arabic and mixed text', async () => {
    await newClientForm();
    expect(screen.getByTestId('client-notes-input').tagName).toBe('TEXTAREA');
    expect(screen.getByTestId('client-notes-input').getAttribute('dir')).toBe('auto');
    expect(input('client-code-input').getAttribute('dir')).toBe('auto');
    expect(input('client-country-input').getAttribute('dir')).toBe('auto');
  });

  it('shows the back end error and marks the code when it is taken', async () => {
    await newClientForm({ create_client: () => failure('error-code-taken') });
    await fireEvent.click(button('client-save'));
    const error = await screen.findByTestId('client-form-error');
    expect(error.textContent).toBe(message('en', 'error-code-taken'));
    expect(input('client-code-input').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('client-form')).toBeTruthy();
  });

  it('marks the field the back end refused', async () => {
    await newClientForm({ create_client: () => failure('error-field-invalid', 'field_invalid', { field: 'arrivalYear' }) });
    await fireEvent.click(button('client-save'));
    await screen.findByTestId('client-form-error');
    expect(input('client-arrival-input').getAttribute('aria-invalid')).toBe('true');
    expect(input('client-code-input').getAttribute('aria-invalid')).toBe('false');
  });

  it('Cancel goes back to the list without saving', async () => {
    const { calls } = await newClientForm();
    await fireEvent.click(button('client-cancel'));
    await screen.findByTestId('client-list');
    expect(count(calls, 'create_client')).toBe(0);
  });
});

describe('identifier warning', () => {
  it('appears once when free text looks identifying, and never blocks saving', async () => {
    const { calls } = await newClientForm();
    vi.useFakeTimers();
    await type('client-notes-input', 'Reach her at +32 470 12 34 56');
    expect(screen.queryByTestId('identifier-warning')).toBeNull();
    await vi.advanceTimersByTimeAsync(400);
    const warning = await vi.waitFor(() => screen.getByTestId('identifier-warning'));
    expect(argsOf(calls, 'check_identifiers').at(-1)).toEqual({ text: `${SUGGESTIONS[0]}\nReach her at +32 470 12 34 56` });
    expect(warning.textContent).toContain(message('en', 'clients-identifier-phone'));
    expect(warning.textContent).toContain(message('en', 'clients-identifier-advice'));
    const checks = count(calls, 'check_identifiers');

    // More identifying text: still one warning, and no more checks.
    await type('client-notes-input', 'Reach her at +32 470 12 34 56 or mail x@example.org');
    await vi.advanceTimersByTimeAsync(1000);
    expect(screen.getAllByTestId('identifier-warning')).toHaveLength(1);
    expect(count(calls, 'check_identifiers')).toBe(checks);

    // Put away, it does not come back in this form.
    await fireEvent.click(button('identifier-warning-dismiss'));
    await type('client-notes-input', 'Another number 0470 99 88 77');
    await vi.advanceTimersByTimeAsync(1000);
    expect(screen.queryByTestId('identifier-warning')).toBeNull();
    vi.useRealTimers();

    expect(button('client-save').disabled).toBe(false);
    await fireEvent.click(button('client-save'));
    await screen.findByTestId('client-overview');
    expect(count(calls, 'create_client')).toBe(1);
    expect((argsOf(calls, 'create_client')[0] as { client: { notes: string } }).client.notes).toBe(
      'Another number 0470 99 88 77',
    );
  });

  it('checks debounced, not on every key', async () => {
    const { calls } = await newClientForm();
    await waitFor(() => expect(count(calls, 'check_identifiers')).toBe(1));
    vi.useFakeTimers();
    for (const value of ['a', 'ab', 'abc', 'abcd']) {
      await type('client-notes-input', value);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(count(calls, 'check_identifiers')).toBe(1);
    await vi.advanceTimersByTimeAsync(300);
    expect(count(calls, 'check_identifiers')).toBe(2);
    expect(screen.queryByTestId('identifier-warning')).toBeNull();
  });
});

describe('editing a client', () => {
  it('fills the form from the file and saves with update_client', async () => {
    const backend = clientsBackend();
    const calls = await renderApp(unlocked(PROFILE_A), 'client-list', backend.overrides);
    await fireEvent.click(await screen.findByTestId('client-row-1'));
    await fireEvent.click(await screen.findByTestId('client-edit'));
    await screen.findByTestId('client-form');
    expect(input('client-code-input').value).toBe('B3-SOL');
    expect(input('client-languages-input').value).toBe('Arabic, French');
    expect(input('client-arrival-input').value).toBe('2019');
    const ticked = () => RESIDENCES.filter((code) => input(`client-residence-${code}`).checked);
    expect(ticked()).toEqual(['asylum_refused', 'order_to_leave']);
    await fireEvent.click(input('client-residence-order_to_leave'));
    await fireEvent.click(input('client-residence-appeal_pending'));
    expect(ticked()).toEqual(['asylum_refused', 'appeal_pending']);
    expect(input('client-consent-given').checked).toBe(true);
    expect(count(calls, 'suggest_code')).toBe(0);
    await type('client-adults-input', '');
    await fireEvent.click(button('client-save'));
    await waitFor(() => expect(count(calls, 'update_client')).toBe(1));
    const [args] = argsOf(calls, 'update_client') as [{ id: number; client: { adults: unknown; code: string; residences: unknown } }];
    expect(args.id).toBe(1);
    expect(args.client.residences).toEqual(['asylum_refused', 'appeal_pending']);
    expect(args.client.code).toBe('B3-SOL');
    expect(args.client.adults).toBeNull();
    await screen.findByTestId('client-overview');
  });
});
