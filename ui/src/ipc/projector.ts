// Group courses (vault commands) and the projector window (window commands + events).
import { emitTo, listen, type UnlistenFn } from '@tauri-apps/api/event';
import { call } from './call';
import { sendDisplayToWall } from './display';
import { toAvenirError } from './errors';
import {
  BLACKOUT_EVENT,
  SLIDE_EVENT,
  type Blackout,
  type Course,
  type CourseInput,
  type ProjectorStatus,
  type Slide,
} from './projector-types';

export function courses(): Promise<Course[]> {
  return call<Course[]>('courses');
}

export function createCourse(course: CourseInput): Promise<Course> {
  return call<Course>('create_course', { course });
}

export function updateCourse(id: number, course: CourseInput): Promise<Course> {
  return call<Course>('update_course', { id, course });
}

export function deleteCourse(id: number): Promise<void> {
  return call<void>('delete_course', { id });
}

/** Whether the projector window is open, on which display, and the displays there are. */
export function projectorStatus(): Promise<ProjectorStatus> {
  return call<ProjectorStatus>('projector_status');
}

/** Opens the projector window full screen on `monitor` (null: the saved or a second display). */
export function openProjector(monitor: string | null): Promise<ProjectorStatus> {
  return call<ProjectorStatus>('open_projector', { monitor });
}

export function closeProjector(): Promise<ProjectorStatus> {
  return call<ProjectorStatus>('close_projector');
}

const PROJECTOR = 'projector';

/** Counsellor window: shows `slide` on the wall. */
export async function showOnProjector(slide: Slide): Promise<void> {
  // The wall's text size and contrast go with every slide (a window just opened has missed them).
  sendDisplayToWall();
  try {
    await emitTo(PROJECTOR, SLIDE_EVENT, slide);
  } catch (raw) {
    throw toAvenirError(raw);
  }
}

/** Counsellor window: blanks (or un-blanks) the wall at once. */
export async function blackout(on: boolean): Promise<void> {
  try {
    await emitTo(PROJECTOR, BLACKOUT_EVENT, { on } satisfies Blackout);
  } catch (raw) {
    throw toAvenirError(raw);
  }
}

async function subscribe<T>(event: string, callback: (payload: T) => void): Promise<() => void> {
  let stop: UnlistenFn;
  try {
    stop = await listen<T>(event, (e) => callback(e.payload));
  } catch (raw) {
    throw toAvenirError(raw);
  }
  return () => {
    Promise.resolve()
      .then(stop)
      .catch(() => undefined);
  };
}

/** Projector window: calls `callback` with each slide sent. */
export function onSlide(callback: (slide: Slide) => void): Promise<() => void> {
  return subscribe<Slide>(SLIDE_EVENT, callback);
}

/** Projector window: calls `callback` when the counsellor blanks or un-blanks the wall. */
export function onBlackout(callback: (b: Blackout) => void): Promise<() => void> {
  return subscribe<Blackout>(BLACKOUT_EVENT, callback);
}
