// An open exercise: every kind of field, saving, resuming, history, the
// person's language, presentation-safe mode and failures.
import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnswerRecord } from '../src/ipc/worksheet-types';
import { presentation } from '../src/lib/presentation.svelte';
import { message } from './fixtures';
import { ALL_KINDS, hasShippedTexts, record, renderView, saves, SHIPPED } from './worksheets-fixtures';

afterEach(() => {
  vi.useRealTimers();
});

const fieldEl = (id: string) => screen.getByTestId(`field-${id}`);
const byTest = <T extends HTMLElement = HTMLElement>(id: string) => screen.getByTestId(id) as T;
const area = (id: string) => within(fieldEl(id)).getByRole('textbox') as HTMLTextAreaElement;
const lastSave = (calls: Parameters<typeof saves>[0], f: string) => saves(calls).filter((s) => s.field === f).at(-1);

async function opened(options: Parameters<typeof renderView>[0] = {}) {
  const view = renderView(options);
  await screen.findByTestId('field-album');
  return view;
}

describe('an exercise', () => {
  it('shows the title, intro, every question, help, options and scale ends in the person’s language', async () => {
    await opened();
    expect(byTest('exercise-title').textContent).toBe('Everything at once');
    expect(byTest('exercise-title').tagName).toBe('H2');
    expect(byTest('exercise-intro').textContent).toBe('You can answer any question, or none.');
    for (const f of ALL_KINDS.fields) expect(fieldEl(f.id).dataset.kind).toBe(f.kind);
    expect(within(fieldEl('story')).getByRole('heading').textContent).toBe('What is your story?');
    expect(fieldEl('story').textContent).toContain('A few words are enough.');
    // Each input is labelled by its question.
    expect(screen.getByRole('textbox', { name: 'What is your story?' })).toBe(area('story'));
    expect((screen.getByRole('textbox', { name: 'Where do you live now?' }) as HTMLInputElement).maxLength).toBe(40);
    expect(area('story').getAttribute('dir')).toBe('auto');
    expect(area('story').maxLength).toBe(20000);
    expect(byTest('choice-pick-later').textContent?.trim()).toBe('Later');
    expect(screen.getByLabelText('People')).toBe(byTest('checklist-needs-people'));
    expect(screen.getByRole('radiogroup', { name: 'How hopeful do you feel?' }).querySelectorAll('[role="radio"]')).toHaveLength(11);
    expect(fieldEl('mood').textContent).toContain('Not at all');
    expect(fieldEl('mood').textContent).toContain('Very');
    expect(fieldEl('grid').textContent).toContain('Fully met');
    expect(within(fieldEl('grid')).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Today', 'Return']);
    expect(screen.getByRole('combobox', { name: 'A living Return' })).toBe(byTest('matrix-grid-living-return'));
    expect(byTest('matrix-side-risks-legalise').tagName).toBe('TEXTAREA');
    expect(byTest('matrix-side-risks-legalise').getAttribute('dir')).toBe('auto');
    expect(fieldEl('life').textContent).toContain('From birth until now.');
    expect(fieldEl('album').textContent).toContain(message('en', 'worksheet-photos-empty'));
    // The curve: an SVG line and one button per stage, in order.
    const curve = fieldEl('stage').querySelector('[data-style="curve"]') as HTMLElement;
    expect(curve.querySelector('svg path')?.getAttribute('d')).toMatch(/^M 0\.5 /);
    expect(Array.from(curve.querySelectorAll('button'), (b) => b.textContent?.trim())).toEqual([
      'Shock',
      'Denial',
      'Anger',
      'Sadness',
      'Acceptance',
    ]);
    expect(byTest('exercise-status').getAttribute('role')).toBe('status');
    expect(byTest('exercise-status').textContent?.trim()).toBe(message('en', 'worksheet-status-saved'));
    expect(document.activeElement).toBe(byTest('exercise-title'));
  });

  it('saves each kind of field with the answer shapes of the contract', async () => {
    const { calls } = await opened();
    const expectSaved = async (f: string, answer: unknown) =>
      waitFor(() => expect(lastSave(calls, f)).toEqual({ sessionId: 30, exercise: 'test-all', field: f, answer }));

    await fireEvent.input(area('story'), { target: { value: 'I left in 2015.' } });
    await expectSaved('story', { kind: 'text', value: 'I left in 2015.' });
    await fireEvent.input(area('place'), { target: { value: 'Brussels' } });
    await expectSaved('place', { kind: 'text', value: 'Brussels' });

    await fireEvent.click(byTest('choice-stage-anger'));
    await expectSaved('stage', { kind: 'choice', value: 'anger' });
    expect(byTest('choice-stage-anger').getAttribute('aria-pressed')).toBe('true');
    await fireEvent.click(byTest('choice-stage-anger'));
    await expectSaved('stage', { kind: 'choice', value: null });
    await fireEvent.click(byTest('choice-pick-later'));
    await expectSaved('pick', { kind: 'choice', value: 'later' });

    await fireEvent.click(byTest('checklist-needs-people'));
    await fireEvent.click(byTest('checklist-needs-safety'));
    await expectSaved('needs', { kind: 'checklist', value: ['safety', 'people'] });

    await fireEvent.click(byTest('scale-mood-7'));
    await expectSaved('mood', { kind: 'scale', value: 7 });
    expect(byTest('scale-mood-7').getAttribute('aria-checked')).toBe('true');

    await fireEvent.input(byTest('list-questions-input'), { target: { value: 'Can I work?' } });
    await fireEvent.click(byTest('list-questions-add'));
    await expectSaved('questions', { kind: 'list', value: ['Can I work?'] });
    expect(byTest<HTMLInputElement>('list-questions-input').value).toBe('');

    await fireEvent.change(byTest('matrix-grid-living-return'), { target: { value: '7' } });
    await fireEvent.change(byTest('matrix-grid-safety-today'), { target: { value: '0' } });
    await expectSaved('grid', {
      kind: 'matrix',
      value: [
        { row: 'safety', column: 'today', value: 0 },
        { row: 'living', column: 'return', value: 7 },
      ],
    });
    await fireEvent.input(byTest('matrix-side-know-legalise'), { target: { value: 'A lawyer can help' } });
    await expectSaved('side', { kind: 'matrix', value: [{ row: 'know', column: 'legalise', value: 'A lawyer can help' }] });

    await fireEvent.click(byTest('timeline-life-add'));
    const event = within(fieldEl('life'));
    await fireEvent.input(event.getByLabelText(message('en', 'worksheet-timeline-when')), { target: { value: '2012' } });
    await fireEvent.focusOut(event.getByLabelText(message('en', 'worksheet-timeline-when')));
    await fireEvent.input(event.getByLabelText(message('en', 'worksheet-timeline-what')), { target: { value: 'Arrived' } });
    await fireEvent.change(event.getByLabelText(message('en', 'worksheet-timeline-tag')), { target: { value: 'strength' } });
    await expectSaved('life', { kind: 'timeline', value: [{ when: '2012', text: 'Arrived', tag: 'strength' }] });

    expect(saves(calls).some((s) => s.field === 'album')).toBe(false);
    await waitFor(() => expect(byTest('exercise-status').dataset.state).toBe('saved'));
  });

  it('saves typing at most once a second, and what is left when the field is left or the exercise closed', async () => {
    const { calls, closed } = await opened();
    vi.useFakeTimers();
    const story = area('story');
    let typed = '';
    for (let ms = 0; ms < 2000; ms += 100) {
      typed += 'x';
      await fireEvent.input(story, { target: { value: typed } });
      await vi.advanceTimersByTimeAsync(100);
    }
    const during = saves(calls).filter((s) => s.field === 'story');
    expect(during.length).toBeGreaterThanOrEqual(2);
    expect(during.length).toBeLessThanOrEqual(3);
    await fireEvent.input(story, { target: { value: `${typed}!` } });
    await fireEvent.focusOut(story);
    await vi.advanceTimersByTimeAsync(0);
    expect(lastSave(calls, 'story')?.answer).toEqual({ kind: 'text', value: `${typed}!` });

    await fireEvent.input(area('place'), { target: { value: 'G' } });
    await fireEvent.input(area('place'), { target: { value: 'Ghent' } });
    await vi.advanceTimersByTimeAsync(10);
    expect(lastSave(calls, 'place')?.answer).toEqual({ kind: 'text', value: 'G' });
    await fireEvent.click(byTest('exercise-close'));
    await vi.advanceTimersByTimeAsync(0);
    expect(lastSave(calls, 'place')?.answer).toEqual({ kind: 'text', value: 'Ghent' });
    expect(closed()).toBe(1);
  });

  it('resumes where the person left off: the latest answer of each field, from any session', async () => {
    const records: AnswerRecord[] = [
      record(11, '2025-02-03T09:30:00Z', 'story', { kind: 'text', value: 'Older story' }),
      record(11, '2025-02-03T09:30:00Z', 'mood', { kind: 'scale', value: 2 }),
      record(11, '2025-02-03T09:30:00Z', 'place', { kind: 'text', value: 'Liège' }),
      record(12, '2025-03-03T10:00:00Z', 'story', { kind: 'text', value: 'Newer story' }),
      record(12, '2025-03-03T10:00:00Z', 'mood', { kind: 'scale', value: 6 }),
      record(12, '2025-03-03T10:00:00Z', 'stage', { kind: 'choice', value: 'sadness' }),
      record(12, '2025-03-03T10:00:00Z', 'needs', { kind: 'checklist', value: ['living'] }),
      record(12, '2025-03-03T10:00:00Z', 'steps', { kind: 'list', value: ['Call', 'Write'] }),
      record(12, '2025-03-03T10:00:00Z', 'grid', { kind: 'matrix', value: [{ row: 'safety', column: 'return', value: 3 }] }),
      record(12, '2025-03-03T10:00:00Z', 'side', { kind: 'matrix', value: [{ row: 'risks', column: 'return', value: 'Debts' }] }),
      record(12, '2025-03-03T10:00:00Z', 'life', { kind: 'timeline', value: [{ when: '1990', text: 'Born', tag: null }] }),
      // A field the definition no longer has: kept, not shown.
      record(12, '2025-03-03T10:00:00Z', 'gone', { kind: 'text', value: 'Old question' }),
      // An answer of another kind than the field now has: not shown.
      record(12, '2025-03-03T10:00:00Z', 'pick', { kind: 'scale', value: 4 }),
    ];
    const { calls } = await opened({ records });
    expect(area('story').value).toBe('Newer story');
    expect(area('place').value).toBe('Liège');
    expect(byTest('scale-mood-6').getAttribute('aria-checked')).toBe('true');
    expect(byTest('scale-mood-2').getAttribute('aria-checked')).toBe('false');
    expect(byTest('choice-stage-sadness').getAttribute('aria-pressed')).toBe('true');
    expect(byTest<HTMLInputElement>('checklist-needs-living').checked).toBe(true);
    expect(byTest<HTMLInputElement>('checklist-needs-safety').checked).toBe(false);
    expect(within(fieldEl('steps')).getAllByRole('textbox').map((i) => (i as HTMLInputElement).value)).toEqual([
      'Call',
      'Write',
      '',
    ]);
    expect(byTest<HTMLSelectElement>('matrix-grid-safety-return').value).toBe('3');
    expect(byTest<HTMLSelectElement>('matrix-grid-safety-today').value).toBe('');
    expect(byTest<HTMLTextAreaElement>('matrix-side-risks-return').value).toBe('Debts');
    expect(within(fieldEl('life')).getByDisplayValue('Born')).toBeTruthy();
    expect(Array.from(fieldEl('pick').querySelectorAll('[aria-pressed="true"]'))).toEqual([]);
    expect(document.body.textContent).not.toContain('Old question');
    expect(calls.find((c) => c.cmd === 'exercise_answers')?.args).toEqual({ clientId: 1, exercise: 'test-all' });
    // Resuming saves nothing by itself.
    expect(saves(calls)).toEqual([]);
  });

  it('lists the answers of earlier sessions, oldest first, in "Past answers"', async () => {
    const records: AnswerRecord[] = [
      record(10, '2025-01-06T09:00:00Z', 'mood', { kind: 'scale', value: 2 }),
      record(11, '2025-02-03T09:00:00Z', 'mood', { kind: 'scale', value: 2 }),
      record(12, '2025-03-03T09:00:00Z', 'mood', { kind: 'scale', value: 5 }),
      record(30, '2025-03-10T09:00:00Z', 'mood', { kind: 'scale', value: 8 }),
      record(12, '2025-03-03T09:00:00Z', 'story', { kind: 'text', value: 'مرحبا، my story' }),
      // Only this session's answer: there is no past.
      record(30, '2025-03-10T09:00:00Z', 'place', { kind: 'text', value: 'Namur' }),
    ];
    await opened({ records });
    expect(byTest('scale-mood-8').getAttribute('aria-checked')).toBe('true');
    const toggle = within(fieldEl('mood')).getByTestId('exercise-history-toggle');
    expect(toggle.textContent?.trim()).toBe(message('en', 'worksheet-history-toggle', { count: 2 }));
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(within(fieldEl('mood')).queryByTestId('exercise-history')).toBeNull();
    await fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const history = within(fieldEl('mood')).getByTestId('exercise-history');
    const entries = Array.from(history.querySelectorAll(':scope > li'));
    expect(entries.map((li) => li.getAttribute('data-session-id'))).toEqual(['10', '12']);
    expect(entries[0]?.textContent).toContain(message('en', 'worksheet-history-session', { date: 'Jan 6, 2025' }));
    expect(entries[0]?.textContent).toContain('2');
    expect(entries[1]?.textContent).toContain(message('en', 'worksheet-history-session', { date: 'Mar 3, 2025' }));
    expect(entries[1]?.querySelector('bdi')?.textContent).toBe('5');

    await fireEvent.click(within(fieldEl('story')).getByTestId('exercise-history-toggle'));
    const story = within(fieldEl('story')).getByTestId('exercise-history');
    expect(story.querySelector('bdi.user-text')?.textContent).toBe('مرحبا، my story');
    expect(within(fieldEl('place')).queryByTestId('exercise-history-toggle')).toBeNull();
  });

  it('shows the guide for the counsellor in the UI language', async () => {
    await opened({ personLocale: 'fr' });
    const guide = byTest('exercise-guide');
    expect(guide.tagName).toBe('DETAILS');
    expect(guide.getAttribute('lang')).toBe('en');
    expect(guide.querySelector('summary')?.textContent).toBe(message('en', 'worksheet-guide'));
    expect(guide.textContent).toContain(message('en', 'worksheet-guide-aim'));
    expect(guide.textContent).toContain(message('en', 'worksheet-guide-introduce'));
    expect(guide.textContent).toContain(message('en', 'worksheet-guide-avoid'));
    // The guide's own texts: in the UI language too (the person's is French here).
    expect(guide.textContent).toContain('Aim of the test exercise.');
    expect(guide.textContent).toContain('Introduce it gently.');
    expect(guide.textContent).toContain('Not in a crisis.');
  });
});

describe('the person’s language', () => {
  it('changing the language re-renders the exercise in French with lang and dir; the controls stay English', async () => {
    const { calls } = await opened();
    const view = byTest('exercise-view');
    expect(view.getAttribute('lang')).toBe('en');
    await fireEvent.input(area('story'), { target: { value: 'kept while switching' } });
    const select = byTest<HTMLSelectElement>('exercise-language');
    expect(Array.from(select.options, (o) => o.value)).toEqual(['en', 'nl', 'fr', 'ar', 'es', 'hy', 'pt-BR', 'ru', 'uk']);
    expect(select.labels?.[0]?.textContent).toBe(message('en', 'worksheet-language-label'));
    await fireEvent.change(select, { target: { value: 'fr' } });
    await waitFor(() => expect(byTest('exercise-title').textContent).toBe('Tout à la fois'));
    expect(calls.filter((c) => c.cmd === 'content_catalogue').map((c) => c.args)).toEqual([{ locale: 'en' }, { locale: 'fr' }]);
    expect(view.getAttribute('lang')).toBe('fr');
    expect(view.getAttribute('dir')).toBe('ltr');
    expect(within(fieldEl('story')).getByRole('heading').textContent).toBe('Quelle est votre histoire ?');
    expect(byTest('choice-stage-anger').textContent?.trim()).toBe('Colère');
    expect(fieldEl('mood').textContent).toContain('Beaucoup');
    // Missing in French: the English text.
    expect(within(fieldEl('side')).getByRole('heading').textContent).toBe('What do you know?');
    // The counsellor's controls stay in the UI language.
    expect(byTest('exercise-close').textContent?.trim()).toBe(message('en', 'worksheet-close'));
    expect(byTest('list-steps-add').textContent?.trim()).toBe(message('en', 'worksheet-list-add'));
    // What was typed is still there.
    expect(area('story').value).toBe('kept while switching');
    // French is reviewed; Russian is a draft translation, and the counsellor is told.
    expect(screen.queryByTestId('exercise-language-draft')).toBeNull();
    await fireEvent.change(select, { target: { value: 'ru' } });
    expect((await screen.findByTestId('exercise-language-draft')).textContent).toBe(
      message('en', 'translation-draft-note', { name: 'Русский' }),
    );
  });

  it('opens in the person’s language from the client file', async () => {
    const { calls } = await opened({ personLocale: 'fr' });
    await waitFor(() => expect(byTest('exercise-title').textContent).toBe('Tout à la fois'));
    expect(byTest<HTMLSelectElement>('exercise-language').value).toBe('fr');
    expect(calls.find((c) => c.cmd === 'content_catalogue')?.args).toEqual({ locale: 'fr' });
  });

  it('Arabic sets dir=rtl on the exercise, mirrors the curve and keeps user text dir=auto', async () => {
    await opened({ personLocale: 'ar' });
    const view = byTest('exercise-view');
    await waitFor(() => expect(view.getAttribute('dir')).toBe('rtl'));
    expect(view.getAttribute('lang')).toBe('ar');
    expect(byTest('exercise-title').textContent).toBe('كل شيء معًا');
    expect(within(fieldEl('mood')).getByRole('heading').textContent).toBe('ما مدى شعورك بالأمل؟');
    // Arabic is offered because it is the person's language, though the app is not complete in it.
    expect(Array.from(byTest<HTMLSelectElement>('exercise-language').options, (o) => o.value)).toContain('ar');
    expect(fieldEl('stage').querySelector('[data-style="curve"] svg')?.classList.contains('mirrored')).toBe(true);
    expect(area('story').getAttribute('dir')).toBe('auto');
    // The controls keep the UI's language and direction.
    const toolbar = byTest('exercise-close').closest('[lang]');
    expect(toolbar?.getAttribute('lang')).toBe('en');
    expect(toolbar?.getAttribute('dir')).toBe('ltr');
  });
});

describe('presentation-safe mode', () => {
  const records: AnswerRecord[] = [
    record(12, '2025-03-03T09:00:00Z', 'story', { kind: 'text', value: 'Said last time' }),
    record(12, '2025-03-03T09:00:00Z', 'mood', { kind: 'scale', value: 3 }),
  ];

  it('shows the exercise alone: no guide, no past answers', async () => {
    presentation.set(true);
    await opened({ records });
    expect(byTest('exercise-title').textContent).toBe('Everything at once');
    expect(byTest('exercise-intro')).toBeTruthy();
    expect(area('story').value).toBe('Said last time');
    expect(screen.queryByTestId('exercise-guide')).toBeNull();
    expect(screen.queryByTestId('exercise-history-toggle')).toBeNull();
    expect(screen.queryByTestId('exercise-history')).toBeNull();
    expect(document.body.textContent).not.toContain('Aim of the test exercise.');
    expect(document.body.textContent).not.toContain(message('en', 'worksheet-guide'));
  });

  it('turning it on keeps what was typed and hides guide and history; off brings them back', async () => {
    await opened({ records });
    expect(screen.getAllByTestId('exercise-history-toggle')).toHaveLength(2);
    await fireEvent.input(area('story'), { target: { value: 'Typed before presenting' } });
    presentation.set(true);
    flushSync();
    expect(screen.queryByTestId('exercise-guide')).toBeNull();
    expect(screen.queryByTestId('exercise-history-toggle')).toBeNull();
    expect(area('story').value).toBe('Typed before presenting');
    presentation.set(false);
    flushSync();
    expect(screen.getByTestId('exercise-guide')).toBeTruthy();
    expect(screen.getAllByTestId('exercise-history-toggle')).toHaveLength(2);
  });
});

describe('lists, scales and failures', () => {
  it('a list takes at most max_items, and says so', async () => {
    const { calls } = await opened();
    const input = byTest<HTMLInputElement>('list-steps-input');
    const add = byTest<HTMLButtonElement>('list-steps-add');
    expect(add.disabled).toBe(true);
    for (const step of ['Call the lawyer', 'Ask about school', 'Visit the return desk']) {
      await fireEvent.input(input, { target: { value: step } });
      await fireEvent.keyDown(input, { key: 'Enter' });
    }
    await waitFor(() =>
      expect(lastSave(calls, 'steps')?.answer).toEqual({
        kind: 'list',
        value: ['Call the lawyer', 'Ask about school', 'Visit the return desk'],
      }),
    );
    expect(input.disabled).toBe(true);
    expect(add.disabled).toBe(true);
    expect(byTest('list-steps-full').textContent?.trim()).toBe(message('en', 'worksheet-list-full', { max: 3 }));
    await fireEvent.click(screen.getByRole('button', { name: message('en', 'worksheet-list-remove', { n: 2 }) }));
    await waitFor(() =>
      expect(lastSave(calls, 'steps')?.answer).toEqual({ kind: 'list', value: ['Call the lawyer', 'Visit the return desk'] }),
    );
    expect(input.disabled).toBe(false);
    expect(screen.queryByTestId('list-steps-full')).toBeNull();
  });

  it('an ordered list is put in order with move up and move down', async () => {
    const records = [record(12, '2025-03-03T09:00:00Z', 'steps', { kind: 'list', value: ['a', 'b', 'c'] })];
    const { calls } = await opened({ records });
    const up = (n: number) => screen.getByRole('button', { name: message('en', 'worksheet-list-up', { n }) }) as HTMLButtonElement;
    const down = (n: number) => screen.getByRole('button', { name: message('en', 'worksheet-list-down', { n }) }) as HTMLButtonElement;
    expect(up(1).disabled).toBe(true);
    expect(down(3).disabled).toBe(true);
    await fireEvent.click(up(3));
    await waitFor(() => expect(lastSave(calls, 'steps')?.answer).toEqual({ kind: 'list', value: ['a', 'c', 'b'] }));
    await fireEvent.click(down(1));
    await waitFor(() => expect(lastSave(calls, 'steps')?.answer).toEqual({ kind: 'list', value: ['c', 'a', 'b'] }));
    expect(within(fieldEl('steps')).getAllByRole('textbox').map((i) => (i as HTMLInputElement).value)).toEqual([
      'c',
      'a',
      'b',
      '',
    ]);
    // The keyboard stays on the item that moved.
    expect(document.activeElement).toBe(down(2));
    // An unordered list has no move buttons.
    expect(within(fieldEl('questions')).queryByRole('button', { name: message('en', 'worksheet-list-up', { n: 1 }) })).toBeNull();
  });

  it('a scale answer can be cleared, and moved with the arrow keys', async () => {
    const { calls } = await opened();
    const clear = byTest<HTMLButtonElement>('scale-mood-clear');
    expect(clear.disabled).toBe(true);
    expect(byTest('scale-mood-0').tabIndex).toBe(0);
    await fireEvent.click(byTest('scale-mood-4'));
    await waitFor(() => expect(lastSave(calls, 'mood')?.answer).toEqual({ kind: 'scale', value: 4 }));
    expect(byTest('scale-mood-4').tabIndex).toBe(0);
    expect(byTest('scale-mood-0').tabIndex).toBe(-1);
    await fireEvent.keyDown(byTest('scale-mood-4'), { key: 'ArrowRight' });
    await waitFor(() => expect(lastSave(calls, 'mood')?.answer).toEqual({ kind: 'scale', value: 5 }));
    expect(document.activeElement).toBe(byTest('scale-mood-5'));
    expect(clear.disabled).toBe(false);
    expect(clear.textContent?.trim()).toBe(message('en', 'worksheet-scale-clear'));
    await fireEvent.click(clear);
    await waitFor(() => expect(lastSave(calls, 'mood')?.answer).toEqual({ kind: 'scale', value: null }));
    expect(fieldEl('mood').querySelectorAll('[aria-checked="true"]')).toHaveLength(0);
    expect(clear.disabled).toBe(true);
  });

  it('a failed save says so with the translated error, keeps the text, and saves it on retry', async () => {
    let fail = true;
    const { calls, closed } = await opened({ failSaves: () => fail });
    await fireEvent.input(area('story'), { target: { value: 'Do not lose this' } });
    const status = byTest('exercise-status');
    await waitFor(() => expect(status.dataset.state).toBe('failed'));
    expect(status.textContent).toContain(message('en', 'worksheet-status-failed'));
    expect(status.textContent).toContain(message('en', 'error-vault-io'));
    expect(area('story').value).toBe('Do not lose this');
    // Closing does not drop it silently.
    await fireEvent.click(byTest('exercise-close'));
    await screen.findByTestId('exercise-unsaved');
    expect(closed()).toBe(0);
    fail = false;
    await fireEvent.click(byTest('exercise-retry'));
    await waitFor(() => expect(status.dataset.state).toBe('saved'));
    expect(lastSave(calls, 'story')?.answer).toEqual({ kind: 'text', value: 'Do not lose this' });
    await fireEvent.click(byTest('exercise-close'));
    await waitFor(() => expect(closed()).toBe(1));
  });

  it('says when the answers cannot be loaded, and tries again', async () => {
    let fail = true;
    renderView({
      extra: {
        exercise_answers: () => {
          if (fail) throw { code: 'locked', messageId: 'error-locked', args: {} };
          return [];
        },
      },
    });
    const error = await screen.findByTestId('exercise-load-error');
    expect(error.textContent).toContain(message('en', 'error-locked'));
    fail = false;
    await fireEvent.click(within(error).getByRole('button'));
    await screen.findByTestId('field-story');
  });
});

describe('the shipped exercises', () => {
  it.each(SHIPPED.map((exercise) => [exercise.id, exercise] as const))('%s renders every field', async (_id, exercise) => {
    renderView({ exercise });
    await screen.findByTestId(`field-${exercise.fields.at(-1)?.id ?? ''}`);
    for (const f of exercise.fields) expect(screen.getByTestId(`field-${f.id}`).dataset.kind).toBe(f.kind);
    if (hasShippedTexts('en')) {
      expect(byTest('exercise-title').textContent).toBe(message('en', exercise.titleId));
      for (const f of exercise.fields) {
        expect(within(fieldEl(f.id)).getByRole('heading').textContent).toBe(message('en', f.labelId));
      }
    }
  });
});
