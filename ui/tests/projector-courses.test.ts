// Group courses in the open vault: the entry on the home screen, a new course from a plan, the
// editor (anonymous facts and the running order), saving, deleting and presenting.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import App from '../src/App.svelte';
import type { CourseInput } from '../src/ipc/projector-types';
import { argsOf, count, enterDate, text } from './backend';
import { message } from './fixtures';
import { course, plan, wallBackend } from './projector-fixtures';

const byTest = <T extends HTMLElement = HTMLElement>(id: string) => screen.getByTestId(id) as T;

async function courses(options: Parameters<typeof wallBackend>[1] = {}) {
  const backend = wallBackend({}, options);
  render(App);
  await screen.findByTestId('vault-home');
  await screen.findByTestId('client-list');
  expect(text('courses-open')).toBe(message('en', 'courses-open'));
  await fireEvent.click(byTest('courses-open'));
  await screen.findByTestId('courses-view');
  return backend;
}

const created = (calls: Parameters<typeof argsOf>[0]) => argsOf(calls, 'create_course').map((a) => (a as { course: CourseInput }).course);
const updated = (calls: Parameters<typeof argsOf>[0]) =>
  argsOf(calls, 'update_course').map((a) => a as unknown as { id: number; course: CourseInput });

describe('group courses on the home screen', () => {
  it('open next to the client files, which keep their place and come back', async () => {
    await courses();
    expect(byTest('home-workspace').hidden).toBe(true);
    expect(within(byTest('home-courses')).getByRole('heading', { level: 2 }).textContent).toBe(message('en', 'courses-heading'));
    await screen.findByTestId('courses-empty');
    await fireEvent.click(byTest('courses-close'));
    expect(screen.queryByTestId('courses-view')).toBeNull();
    expect(byTest('home-workspace').hidden).toBe(false);
    expect(screen.getByTestId('client-list')).toBeTruthy();
  });

  it('list the facilitator’s courses', async () => {
    await courses({ courses: [course(7), course(8, { title: 'Brussels', heldOn: null, place: '', participants: null })] });
    expect(text('course-open-7')).toContain('Course Antwerp');
    expect(text('course-open-7')).toContain('Antwerp, room 2');
    expect(text('course-open-8')).toContain(message('en', 'courses-no-date'));
  });
});

describe('a new course from a plan', () => {
  it('offers every shipped plan with its title and summary', async () => {
    await courses();
    const item = await screen.findByTestId('course-new-from-three-days');
    expect(item.closest('li')?.textContent).toContain(message('en', 'plan-three-days-title'));
    expect(item.closest('li')?.textContent).toContain(message('en', 'plan-three-days-summary'));
    expect(screen.getByTestId('course-new-from-one-session')).toBeTruthy();
  });

  it('is a copy of the plan: its title in the UI’s language, the plan id, the days, no facts and no names', async () => {
    const { calls } = await courses();
    await fireEvent.click(await screen.findByTestId('course-new-from-three-days'));
    await screen.findByTestId('course-editor');
    const [sent] = created(calls);
    expect(sent).toEqual({
      title: message('en', 'plan-three-days-title'),
      plan: 'three-days',
      heldOn: null,
      place: '',
      participants: null,
      languages: [],
      days: plan('three-days').days,
    });
    expect(JSON.stringify(sent)).not.toMatch(/name/i);
    expect((byTest('course-title-input') as HTMLInputElement).value).toBe(message('en', 'plan-three-days-title'));
    expect(screen.getByTestId('course-block-2-5')).toBeTruthy();
  });
});

describe('the course editor', () => {
  async function editor() {
    const backend = await courses({ courses: [course(7, { languages: [] })] });
    await fireEvent.click(await screen.findByTestId('course-open-7'));
    await screen.findByTestId('course-editor');
    return backend;
  }

  it('asks only for anonymous facts, and warns against names', async () => {
    await editor();
    const form = byTest('course-editor');
    expect(form.textContent).toContain(message('en', 'courses-anonymous'));
    expect(form.textContent).toContain(message('en', 'courses-place-hint'));
    expect(byTest<HTMLInputElement>('course-place-input').maxLength).toBe(60);
    expect(byTest<HTMLInputElement>('course-participants-input').type).toBe('number');
    for (const input of Array.from(form.querySelectorAll('label'))) expect(input.textContent).not.toMatch(/\bname\b/i);
  });

  it('saves the facts and the running order with update_course', async () => {
    const { calls } = await editor();
    await fireEvent.input(byTest('course-title-input'), { target: { value: '  Spring course  ' } });
    await enterDate('course-date-input', '2025-06-02');
    await fireEvent.input(byTest('course-place-input'), { target: { value: 'Ghent, room 1' } });
    await fireEvent.input(byTest('course-participants-input'), { target: { value: '9' } });
    await fireEvent.click(byTest('course-language-fr'));
    await fireEvent.click(byTest('course-language-ar'));
    await fireEvent.input(byTest('course-languages-other'), { target: { value: 'ti, ps' } });
    expect(text('course-save-state')).toBe(message('en', 'courses-state-unsaved'));

    // The running order: minutes, a note, a move, a removal, a new block, a new kind.
    await fireEvent.change(byTest('course-block-minutes-0-0'), { target: { value: '20' } });
    await fireEvent.input(byTest('course-block-note-0-0'), { target: { value: 'Bring the map' } });
    await fireEvent.click(byTest('course-block-up-0-1'));
    await fireEvent.click(byTest('course-block-remove-0-2'));
    await fireEvent.click(byTest('course-block-add-2'));
    const added = plan('three-days').days[2]!.blocks.length;
    await fireEvent.change(byTest(`course-block-kind-2-${added}`), { target: { value: 'exercise' } });
    await fireEvent.change(byTest(`course-block-ref-2-${added}`), { target: { value: 'exercise:lifeline' } });
    await fireEvent.click(byTest('course-day-remove-1'));

    await fireEvent.click(byTest('course-save'));
    await waitFor(() => expect(count(calls, 'update_course')).toBe(1));
    const [{ id, course: sent } = { id: 0, course: null }] = updated(calls);
    expect(id).toBe(7);
    const days = plan('three-days').days;
    expect(sent).toEqual({
      title: 'Spring course',
      plan: 'three-days',
      heldOn: '2025-06-02',
      place: 'Ghent, room 1',
      participants: 9,
      languages: ['fr', 'ar', 'ti', 'ps'],
      days: [
        { blocks: [days[0]!.blocks[1], { ...days[0]!.blocks[0], minutes: 20, note: 'Bring the map' }, ...days[0]!.blocks.slice(3)] },
        { blocks: [...days[2]!.blocks, { kind: 'exercise', minutes: 30, exercise: 'lifeline' }] },
      ],
    });
    await waitFor(() => expect(text('course-save-state')).toBe(message('en', 'courses-state-saved')));
  });

  it('explains a wrong number of participants before saving', async () => {
    const { calls } = await editor();
    await fireEvent.input(byTest('course-participants-input'), { target: { value: '0' } });
    await fireEvent.click(byTest('course-save'));
    expect(text('course-problem')).toBe(message('en', 'courses-invalid-participants'));
    await fireEvent.input(byTest('course-participants-input'), { target: { value: '' } });
    await fireEvent.input(byTest('course-languages-other'), { target: { value: 'not a tag!' } });
    await fireEvent.click(byTest('course-save'));
    expect(text('course-problem')).toBe(message('en', 'courses-invalid-languages'));
    expect(count(calls, 'update_course')).toBe(0);
  });

  it('deletes the course only after a confirmation', async () => {
    const { calls } = await editor();
    await fireEvent.click(byTest('course-delete'));
    expect(byTest('course-delete-dialog').getAttribute('role')).toBe('alertdialog');
    expect(text('course-delete-dialog')).toContain('Course Antwerp');
    await fireEvent.click(byTest('course-delete-cancel'));
    expect(screen.queryByTestId('course-delete-dialog')).toBeNull();
    expect(count(calls, 'delete_course')).toBe(0);

    await fireEvent.click(byTest('course-delete'));
    await fireEvent.click(byTest('course-delete-confirm'));
    await waitFor(() => expect(argsOf(calls, 'delete_course')).toEqual([{ id: 7 }]));
    await screen.findByTestId('courses-empty');
    expect(screen.queryByTestId('course-editor')).toBeNull();
  });

  it('presents the course (saving a change first), and comes back to it', async () => {
    const { calls } = await editor();
    await fireEvent.input(byTest('course-place-input'), { target: { value: 'Liège' } });
    await fireEvent.click(byTest('course-present'));
    await screen.findByTestId('presenter');
    expect(count(calls, 'update_course')).toBe(1);
    expect(text('presenter')).toContain('Course Antwerp');
    await screen.findAllByTestId('presenter-slide-title');
    await fireEvent.click(byTest('presenter-close'));
    await screen.findByTestId('course-editor');
    expect(byTest<HTMLInputElement>('course-place-input').value).toBe('Liège');
  });

  it('asks before leaving with unsaved changes', async () => {
    await editor();
    await fireEvent.input(byTest('course-title-input'), { target: { value: 'Changed' } });
    await fireEvent.click(byTest('course-back'));
    expect(screen.getByTestId('course-unsaved')).toBeTruthy();
    await fireEvent.click(byTest('course-leave-anyway'));
    await screen.findByTestId('course-open-7');
  });

  it('opens the presenter without a course from the list', async () => {
    await courses();
    await fireEvent.click(await screen.findByTestId('courses-present-free'));
    await screen.findByTestId('presenter');
    expect(screen.getByTestId('presenter-free-choice')).toBeTruthy();
  });
});

describe('block kinds in the course editor', () => {
  it('a whole-group exercise block never offers an exercise shown only when raised; individual work may', async () => {
    const { exercisesFor, withKind, GUESTS } = await import('../src/lib/course-blocks');
    const { LIBRARY } = await import('./projector-fixtures');
    const group = exercisesFor('exercise', LIBRARY.exercises).map((e) => e.id);
    const alone = exercisesFor('individual', LIBRARY.exercises).map((e) => e.id);
    expect(group).not.toContain('return-to');
    expect(alone).toContain('return-to');
    // Turning an individual block on return-to into a whole-group one moves it off return-to.
    const moved = withKind({ kind: 'individual', minutes: 30, exercise: 'return-to' }, 'exercise', LIBRARY, []);
    expect(moved.exercise).not.toBe('return-to');
    expect(withKind({ kind: 'break', minutes: 10 }, 'guest', LIBRARY, [])).toEqual({ kind: 'guest', minutes: 10, topic: GUESTS[0] });
    expect(withKind({ kind: 'guest', minutes: 10, topic: 'returnee' }, 'lunch', LIBRARY, [])).toEqual({ kind: 'lunch', minutes: 10 });
  });

  it('no block ever offers the counsellor’s own sheet; the reintegration plan only as work on paper alone', async () => {
    const { exercisesFor, withKind } = await import('../src/lib/course-blocks');
    const { LIBRARY } = await import('./projector-fixtures');
    const group = exercisesFor('exercise', LIBRARY.exercises).map((e) => e.id);
    const alone = exercisesFor('individual', LIBRARY.exercises).map((e) => e.id);
    expect(group).not.toContain('session-preparation');
    expect(alone).not.toContain('session-preparation');
    expect(group).not.toContain('reintegration-plan');
    expect(alone).toContain('reintegration-plan');
    // Every exercise for everyone is there in both.
    const always = LIBRARY.exercises.filter((e) => e.visibility === 'always').map((e) => e.id);
    expect(group.sort()).toEqual([...always].sort());
    // A new exercise block never starts on the counsellor's own sheet (it comes first in the library).
    for (const kind of ['exercise', 'individual'] as const) {
      expect(withKind({ kind: 'break', minutes: 30 }, kind, LIBRARY, []).exercise, kind).not.toBe('session-preparation');
    }
    expect(withKind({ kind: 'individual', minutes: 30, exercise: 'reintegration-plan' }, 'exercise', LIBRARY, []).exercise).not.toBe(
      'reintegration-plan',
    );
  });

  it('the editor’s choices: a whole-group block never lists the reintegration plan, no block the counsellor’s own sheet', async () => {
    await courses({ courses: [course(7, { languages: [] })] });
    await fireEvent.click(await screen.findByTestId('course-open-7'));
    await screen.findByTestId('course-editor');
    const options = (id: string) => Array.from(byTest<HTMLSelectElement>(id).options, (o) => o.value);
    // Day 1, block 4: migration project, done together; day 3, block 6: return-to, on paper alone.
    const together = options('course-block-ref-0-3');
    const alone = options('course-block-ref-2-5');
    expect(together).toContain('exercise:migration-project');
    expect(together).not.toContain('exercise:reintegration-plan');
    expect(together).not.toContain('exercise:return-to');
    expect(alone).toContain('exercise:reintegration-plan');
    expect(alone).toContain('exercise:return-to');
    for (const list of [together, alone]) expect(list).not.toContain('exercise:session-preparation');
    expect(byTest('course-editor').textContent).not.toContain(message('en', 'ex-session-preparation-title'));
  });
});
