// A small in-memory model of the client commands, for component tests.
// `clientsBackend()` gives overrides for `renderApp`, and the model to inspect.
import type { InvokeArgs } from '@tauri-apps/api/core';
import type { HandoverMarkDto, HandoverReceivedDto } from '../src/ipc/generated/handover';
import type {
  Client,
  ClientInput,
  ClientRow,
  Decision,
  NextStep,
  Overview,
  SearchHit,
  Session,
  SessionInput,
} from '../src/ipc/types';
import { failure, type Handler } from './backend';

export const SUGGESTIONS = ['K7-MIRA', 'R2-NOUR', 'T9-SAHEL'];

export function clientInput(overrides: Partial<ClientInput> = {}): ClientInput {
  return {
    code: 'A1-TEST',
    languages: [],
    preferredLanguage: null,
    countryOfOrigin: null,
    arrivalYear: null,
    adults: null,
    children: null,
    childrenAtSchool: null,
    residences: [],
    healthConcerns: null,
    notes: '',
    consent: null,
    reviewOn: null,
    ...overrides,
  };
}

export function sessionInput(overrides: Partial<SessionInput> = {}): SessionInput {
  return {
    startedAt: '2025-03-03T10:00',
    durationMinutes: 60,
    kind: 'individual',
    pathways: [],
    summary: '',
    privateNotes: '',
    followUp: null,
    ...overrides,
  };
}

export interface Model {
  clients: Map<number, Client>;
  sessions: Map<number, Session>;
  steps: Map<number, NextStep>;
  nextId: number;
  suggested: number;
  /** Each client's last handover (tests/handover-*.test.ts). */
  handovers: Map<number, HandoverMarkDto>;
  /** Clients received from a colleague, with the receipt code. */
  received: Map<number, HandoverReceivedDto>;
}

/** Two clients; the first has two sessions and two open next steps. */
export function seeded(): Model {
  const model: Model = { clients: new Map(), sessions: new Map(), steps: new Map(), nextId: 100, suggested: 0, handovers: new Map(), received: new Map() };
  model.clients.set(1, {
    id: 1,
    createdAt: '2025-01-10',
    ...clientInput({
      code: 'B3-SOL',
      languages: ['Arabic', 'French'],
      preferredLanguage: 'fr',
      countryOfOrigin: 'Sudan',
      arrivalYear: 2019,
      adults: 1,
      children: 2,
      childrenAtSchool: 1,
      residences: ['asylum_refused', 'order_to_leave'],
      healthConcerns: true,
      notes: 'Client note: prefers mornings',
      consent: { givenOn: '2025-01-10', explained: 'Notes stay on this computer', language: 'Arabic' },
      reviewOn: '2025-07-10',
    }),
  });
  model.clients.set(2, { id: 2, createdAt: '2025-02-01', ...clientInput({ code: 'Z8-LUNE', notes: 'Other client secret' }) });
  model.sessions.set(11, {
    id: 11,
    clientId: 1,
    decision: null,
    nextSteps: [],
    ...sessionInput({
      startedAt: '2025-02-03T09:30',
      kind: 'interpreter',
      pathways: ['legalise'],
      summary: 'Older summary',
      privateNotes: 'Older private notes',
      followUp: '2025-02-17',
    }),
  });
  model.sessions.set(12, {
    id: 12,
    clientId: 1,
    decision: null,
    nextSteps: [],
    ...sessionInput({
      startedAt: '2025-03-03T10:00',
      pathways: ['legalise', 'return'],
      summary: 'Newest summary',
      privateNotes: 'Newest private notes',
      followUp: '2025-03-17',
    }),
  });
  model.steps.set(21, { id: 21, sessionId: 12, text: 'Call the lawyer together', done: false });
  model.steps.set(22, { id: 22, sessionId: 11, text: 'Find a Dutch class', done: false });
  return model;
}

function sessionsOf(model: Model, clientId: number): Session[] {
  return [...model.sessions.values()]
    .filter((s) => s.clientId === clientId)
    .map((s) => ({ ...s, nextSteps: [...model.steps.values()].filter((step) => step.sessionId === s.id) }))
    .sort((a, b) => b.startedAt.localeCompare(a.startedAt));
}

export function overviewOf(model: Model, id: number): Overview {
  const client = model.clients.get(id);
  if (!client) failure('error-client-missing');
  const sessions = sessionsOf(model, id);
  const ids = new Set(sessions.map((s) => s.id));
  return {
    client: client as Client,
    sessions,
    openSteps: [...model.steps.values()].filter((step) => ids.has(step.sessionId) && !step.done),
    handover: model.handovers.get(id) ?? null,
    received: model.received.get(id) ?? null,
  };
}

function rowOf(model: Model, client: Client): ClientRow {
  const sessions = sessionsOf(model, client.id);
  return {
    id: client.id,
    code: client.code,
    lastSession: sessions[0]?.startedAt.slice(0, 10) ?? null,
    nextFollowUp: sessions.find((s) => s.followUp)?.followUp ?? null,
    reviewOn: client.reviewOn,
  };
}

type A = Record<string, unknown>;

/** Handlers for every client command, working on `model`. */
export function clientsBackend(model: Model = seeded(), extra: Record<string, Handler> = {}) {
  const handlers: Record<string, (args: A) => unknown> = {
    list_clients: () =>
      [...model.clients.values()].map((c) => rowOf(model, c)).sort((a, b) => a.code.localeCompare(b.code)),
    suggest_code: () => ({ code: SUGGESTIONS[model.suggested++ % SUGGESTIONS.length] }),
    create_client: (args) => {
      const input = args.client as ClientInput;
      if ([...model.clients.values()].some((c) => c.code === input.code)) failure('error-code-taken');
      const client: Client = { ...input, id: model.nextId++, createdAt: '2025-03-10' };
      model.clients.set(client.id, client);
      return client;
    },
    update_client: (args) => {
      const id = args.id as number;
      const old = model.clients.get(id);
      if (!old) failure('error-client-missing');
      const client: Client = { ...(args.client as ClientInput), id, createdAt: (old as Client).createdAt };
      model.clients.set(id, client);
      return client;
    },
    delete_client: (args) => {
      const id = args.id as number;
      model.clients.delete(id);
      for (const [sid, s] of model.sessions) if (s.clientId === id) model.sessions.delete(sid);
      return null;
    },
    client_overview: (args) => overviewOf(model, args.id as number),
    create_session: (args) => {
      const session: Session = {
        ...(args.session as SessionInput),
        id: model.nextId++,
        clientId: args.clientId as number,
        decision: null,
        nextSteps: [],
      };
      model.sessions.set(session.id, session);
      return session;
    },
    update_session: (args) => {
      const old = model.sessions.get(args.sessionId as number) as Session;
      const session = { ...old, ...(args.session as SessionInput) };
      model.sessions.set(session.id, session);
      return session;
    },
    set_session_decision: (args) => {
      const session = model.sessions.get(args.sessionId as number);
      if (!session) failure('error-client-missing');
      model.sessions.set((session as Session).id, { ...(session as Session), decision: args.decision as Decision | null });
      return null;
    },
    save_session_text: (args) => {
      const session = model.sessions.get(args.sessionId as number) as Session;
      const field = args.field as 'summary' | 'privateNotes';
      model.sessions.set(session.id, { ...session, [field]: args.text as string });
      return null;
    },
    add_next_step: (args) => {
      const step: NextStep = { id: model.nextId++, sessionId: args.sessionId as number, text: args.text as string, done: false };
      model.steps.set(step.id, step);
      return step;
    },
    set_next_step_done: (args) => {
      const step = model.steps.get(args.id as number) as NextStep;
      model.steps.set(step.id, { ...step, done: args.done as boolean });
      return null;
    },
    search: (args) => {
      const query = (args.query as string).toLowerCase();
      const hits: SearchHit[] = [];
      for (const c of model.clients.values()) {
        if (c.code.toLowerCase().includes(query)) {
          hits.push({ clientId: c.id, code: c.code, sessionId: null, field: 'code', snippet: c.code, startedAt: null });
        }
      }
      for (const s of model.sessions.values()) {
        if (s.summary.toLowerCase().includes(query)) {
          const code = model.clients.get(s.clientId)?.code ?? '';
          hits.push({ clientId: s.clientId, code, sessionId: s.id, field: 'summary', snippet: s.summary, startedAt: s.startedAt });
        }
      }
      return hits;
    },
    check_identifiers: (args) => {
      const text = args.text as string;
      const kinds: string[] = [];
      if (/\+?\d[\d ]{7,}\d/.test(text)) kinds.push('phone');
      if (/\S+@\S+\.\S+/.test(text)) kinds.push('email');
      return { kinds };
    },
  };
  const overrides: Record<string, Handler> = {};
  for (const [cmd, handler] of Object.entries(handlers)) {
    overrides[cmd] = (_cmd: string, args: InvokeArgs | undefined) => handler((args ?? {}) as A);
  }
  return { model, overrides: { ...overrides, ...extra } };
}
