// Commands of the client files. Every one needs an unlocked vault.
import { call } from './call';
import type {
  Client,
  ClientFilter,
  ClientInput,
  ClientRow,
  ClientSort,
  Decision,
  IdentifierCheck,
  NextStep,
  Overview,
  SearchHit,
  Session,
  SessionInput,
  SessionTextField,
  SuggestedCode,
} from './types';

/** The clients matching `filter`, in the order of `sort`. */
export function listClients(filter: ClientFilter, sort: ClientSort): Promise<ClientRow[]> {
  return call<ClientRow[]>('list_clients', { filter, sort });
}

/** A free pseudonymous code such as `K7-MIRA`. */
export function suggestCode(): Promise<SuggestedCode> {
  return call<SuggestedCode>('suggest_code');
}

export function createClient(client: ClientInput): Promise<Client> {
  return call<Client>('create_client', { client });
}

export function updateClient(id: number, client: ClientInput): Promise<Client> {
  return call<Client>('update_client', { id, client });
}

/** Erases the client and everything about them; it cannot be undone. */
export function deleteClient(id: number): Promise<void> {
  return call<void>('delete_client', { id });
}

/** The client with their sessions (newest first) and open next steps. */
export function clientOverview(id: number): Promise<Overview> {
  return call<Overview>('client_overview', { id });
}

export function createSession(clientId: number, session: SessionInput): Promise<Session> {
  return call<Session>('create_session', { clientId, session });
}

export function updateSession(sessionId: number, session: SessionInput): Promise<Session> {
  return call<Session>('update_session', { sessionId, session });
}

/** The autosave of one free-text field of a session. */
export function saveSessionText(sessionId: number, field: SessionTextField, text: string): Promise<void> {
  return call<void>('save_session_text', { sessionId, field, text });
}

/**
 * Records the person's own decision on a session, only when they said it (`null` clears it).
 * The latest one up to a session holds in it: the reintegration plan waits for return.
 */
export function setSessionDecision(sessionId: number, decision: Decision | null): Promise<void> {
  return call<void>('set_session_decision', { sessionId, decision });
}

export function addNextStep(sessionId: number, text: string): Promise<NextStep> {
  return call<NextStep>('add_next_step', { sessionId, text });
}

export function setNextStepDone(id: number, done: boolean): Promise<void> {
  return call<void>('set_next_step_done', { id, done });
}

/** At most 50 hits across all client files. */
export function search(query: string): Promise<SearchHit[]> {
  return call<SearchHit[]>('search', { query });
}

/** Which kinds of identifying details `text` seems to contain. */
export function checkIdentifiers(text: string): Promise<IdentifierCheck> {
  return call<IdentifierCheck>('check_identifiers', { text });
}
