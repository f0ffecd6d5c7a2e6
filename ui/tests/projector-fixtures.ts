// Fixtures for the group courses, the presenter and the projector window: the REAL shipped
// content (exercises, pathway cards and course plans as the back end sends them:
// ui/src/ipc/generated/library.json), translators from the real catalogues, and a mocked back
// end that records EVERY call — the event plugin's too (listen, unlisten, emit, emit_to), which
// the shared `backend()` helper handles silently — and delivers events to the listeners as Tauri
// would.
import type { InvokeArgs } from '@tauri-apps/api/core';
import { mockIPC } from '@tauri-apps/api/mocks';
import type { Course, CourseInput, CoursePlan, ProjectorStatus, Slide } from '../src/ipc/projector-types';
import type { ContentLibrary, PathwayCard } from '../src/ipc/worksheet-types';
import { createTranslator, type ContentTranslator } from '../src/lib/content-language';
import { NONE, unlocked, type Call, type Handler } from './backend';
import { catalogue, type TestLocale } from './fixtures';
import { SHIPPED, SHIPPED_LIBRARY } from './worksheets-fixtures';

// ---- The shipped pathway cards and course plans ------------------------------------------

/** The shipped cards, in their order (all checked more than a year before 2026-01-01). */
export const CARDS: PathwayCard[] = SHIPPED_LIBRARY.cards;

/** The shipped course plan templates, in their order. */
export const PLANS: CoursePlan[] = SHIPPED_LIBRARY.plans;

export const plan = (id: string): CoursePlan => {
  const found = PLANS.find((p) => p.id === id);
  if (!found) throw new Error(`no plan ${id}`);
  return found;
};

export const LIBRARY: ContentLibrary = SHIPPED_LIBRARY;

export const exercise = (id: string) => {
  const found = SHIPPED.find((e) => e.id === id);
  if (!found) throw new Error(`no exercise ${id}`);
  return found;
};

export const card = (id: string) => {
  const found = CARDS.find((c) => c.id === id);
  if (!found) throw new Error(`no card ${id}`);
  return found;
};

// ---- Translators of the wall languages --------------------------------------------------

/** A translator of the real catalogue of `locale` (the person's or the wall's language). */
export function translator(locale: TestLocale): ContentTranslator {
  return createTranslator(catalogue(locale), () => undefined);
}

// ---- Courses --------------------------------------------------------------------------------

export function course(id: number, input: Partial<CourseInput> = {}): Course {
  const base = plan('three-days');
  return {
    id,
    title: 'Course Antwerp',
    plan: base.id,
    heldOn: '2025-05-12',
    place: 'Antwerp, room 2',
    participants: 12,
    languages: ['ar', 'fr'],
    days: structuredClone(base.days),
    createdAt: '2025-05-01T09:00:00Z',
    updatedAt: '2025-05-01T09:00:00Z',
    ...input,
  };
}

// ---- A back end that records everything, events included ---------------------------------

export const MONITORS: ProjectorStatus['monitors'] = [
  { name: 'eDP-1', width: 1920, height: 1080, x: 0, y: 0, primary: true },
  { name: 'HDMI-1', width: 1280, height: 800, x: 1920, y: 0, primary: false },
];

export interface WallModel {
  courses: Course[];
  projector: ProjectorStatus;
  nextId: number;
}

export interface Emitted {
  target: unknown;
  event: string;
  payload: unknown;
}

interface Listener {
  event: string;
  handler: number;
}

let listeners: Listener[] = [];

/** Delivers `payload` to every listener of `event`, as the back end does for an event sent to this window. */
export function deliver(event: string, payload: unknown): void {
  const internals = (window as unknown as { __TAURI_INTERNALS__: { runCallback: (id: number, data: unknown) => void } })
    .__TAURI_INTERNALS__;
  for (const listener of listeners.filter((l) => l.event === event)) {
    internals.runCallback(listener.handler, { event, id: listener.handler, payload });
  }
}

/** How many listeners `event` has now. */
export const listening = (event: string) => listeners.filter((l) => l.event === event).length;

/**
 * Mocks the back end: records every invoke (events too); `emit_to` is recorded and delivered to
 * this page's own listeners (as if it were the projector window) only when `loopback` is set.
 */
export function wallBackend(
  overrides: Record<string, Handler> = {},
  options: { status?: 'none' | 'unlocked'; courses?: Course[]; projectorOpen?: boolean; loopback?: boolean } = {},
): { calls: Call[]; model: WallModel } {
  const calls: Call[] = [];
  listeners = [];
  const model: WallModel = {
    courses: options.courses ?? [],
    projector: { open: options.projectorOpen ?? false, monitor: null, monitors: MONITORS },
    nextId: 100,
  };
  const a = (args: InvokeArgs | undefined) => (args ?? {}) as Record<string, unknown>;
  mockIPC((cmd, args) => {
    calls.push({ cmd, args });
    const override = overrides[cmd];
    if (override) return override(cmd, args);
    switch (cmd) {
      case 'plugin:event|listen': {
        const { event, handler } = a(args) as { event: string; handler: number };
        listeners.push({ event, handler });
        return handler;
      }
      case 'plugin:event|unlisten': {
        const { event, eventId } = a(args) as { event: string; eventId: number };
        listeners = listeners.filter((l) => !(l.event === event && l.handler === eventId));
        return null;
      }
      case 'plugin:event|emit': {
        const { event, payload } = a(args) as { event: string; payload: unknown };
        deliver(event, payload);
        return null;
      }
      case 'plugin:event|emit_to': {
        const { event, payload } = a(args) as { event: string; payload: unknown };
        if (options.loopback) deliver(event, payload);
        return null;
      }
      case 'get_catalogue':
        return catalogue('en');
      case 'content_catalogue':
        return catalogue(a(args).locale as TestLocale);
      case 'vault_status':
        return options.status === 'none' ? NONE : unlocked();
      case 'frontend_ready':
      case 'touch':
        return null;
      case 'list_clients':
      case 'search':
      case 'exercise_activity':
      case 'exercise_answers':
      case 'decision_journal':
        return [];
      case 'content_library':
        return LIBRARY;
      case 'courses':
        return model.courses;
      case 'create_course': {
        const input = a(args).course as CourseInput;
        const created: Course = { ...structuredClone(input), id: model.nextId++, createdAt: 'now', updatedAt: 'now' };
        model.courses = [...model.courses, created];
        return created;
      }
      case 'update_course': {
        const { id, course: input } = a(args) as { id: number; course: CourseInput };
        const old = model.courses.find((c) => c.id === id);
        if (!old) throw { code: 'not_found', messageId: 'error-not-found', args: {} };
        const updated: Course = { ...old, ...structuredClone(input), languages: [...input.languages].sort(), updatedAt: 'later' };
        model.courses = model.courses.map((c) => (c.id === id ? updated : c));
        return updated;
      }
      case 'delete_course': {
        const { id } = a(args) as { id: number };
        model.courses = model.courses.filter((c) => c.id !== id);
        return null;
      }
      case 'projector_status':
        return model.projector;
      case 'open_projector': {
        const monitor = (a(args).monitor as string | null) ?? model.projector.monitor ?? 'HDMI-1';
        model.projector = { ...model.projector, open: true, monitor };
        return model.projector;
      }
      case 'close_projector':
        model.projector = { ...model.projector, open: false };
        return model.projector;
      default:
        throw { code: 'internal', messageId: 'error-internal', args: {} };
    }
  });
  return { calls, model };
}

/** What was sent to other windows with emit_to, in order. */
export function emitted(calls: Call[]): Emitted[] {
  return calls
    .filter((c) => c.cmd === 'plugin:event|emit_to')
    .map((c) => {
      const { target, event, payload } = c.args as unknown as Emitted;
      return { target, event, payload };
    });
}

/** The slides sent to the projector window, in order. */
export const slidesSent = (calls: Call[]): Slide[] =>
  emitted(calls)
    .filter((e) => e.event === 'avenir-slide')
    .map((e) => e.payload as Slide);

export const lastSlide = (calls: Call[]): Slide | undefined => slidesSent(calls).at(-1);

/** The black-outs sent, in order. */
export const blackoutsSent = (calls: Call[]): boolean[] =>
  emitted(calls)
    .filter((e) => e.event === 'avenir-blackout')
    .map((e) => (e.payload as { on: boolean }).on);

/** Commands other than the event plugin's. */
export const commands = (calls: Call[]) => calls.map((c) => c.cmd).filter((cmd) => !cmd.startsWith('plugin:event|'));

/** Every text of a slide, joined (to look for what must never be there). */
export function slideText(slide: Slide): string {
  return slide.columns
    .flatMap((c) => [c.title, c.subtitle ?? '', ...c.lines.flatMap((l) => [l.label ?? '', l.text])])
    .join('\n');
}
