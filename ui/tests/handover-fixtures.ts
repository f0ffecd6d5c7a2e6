// A small model of the handover commands for component tests: the contact book, the escrow and
// the profile's identity. `handoverBackend()` gives overrides for `renderApp`, and the model.
import type { InvokeArgs } from '@tauri-apps/api/core';
import type { ContactDto, EscrowDto, HandoverBookDto, HandoverIdentityDto } from '../src/ipc/generated/handover';
import { failure, type Handler } from './backend';

/** A well-formed handover id (its age recipient and signing key are made up). */
export const handoverId = (n: number): string =>
  `avenir-handover-1:age1${String(n).repeat(58).slice(0, 58)}:${String(n).repeat(64).slice(0, 64)}`;

export const MINE: HandoverIdentityDto = { id: handoverId(1), fingerprint: '1111 2222 3333 4444 5555' };
export const BEA: ContactDto = { name: 'Bea', fingerprint: '1234 5678 9012 3456 7890', addedAt: '2025-03-01T10:00' };
export const CHLOE: ContactDto = { name: 'Chloé', fingerprint: '0987 6543 2109 8765 4321', addedAt: '2025-03-02T11:30' };

export interface HandoverModel {
  contacts: ContactDto[];
  escrow: EscrowDto | null;
  /** The fingerprint of each id the tests know, as the back end would compute it. */
  fingerprints: Map<string, string>;
}

type A = Record<string, string>;

const digits = (s: string) => s.replace(/\D/g, '');

/** Handlers for the identity, contact and escrow commands, working on `model`. */
export function handoverBackend(contacts: ContactDto[] = [BEA, CHLOE], escrow: EscrowDto | null = null) {
  const model: HandoverModel = {
    contacts: [...contacts],
    escrow,
    fingerprints: new Map([
      [handoverId(2), '2222 0000 1111 2222 3333'],
      [handoverId(3), '3333 0000 1111 2222 3333'],
    ]),
  };
  const book = (): HandoverBookDto => ({ contacts: [...model.contacts], escrow: model.escrow });
  const checked = (id: string, fingerprint: string): string => {
    const expected = model.fingerprints.get(id);
    if (!expected) failure('error-handover-id-invalid');
    if (digits(fingerprint) !== digits(expected ?? '')) failure('error-handover-fingerprint-mismatch');
    return expected ?? '';
  };
  const handlers: Record<string, (args: A) => unknown> = {
    handover_identity: () => MINE,
    handover_book: book,
    add_handover_contact: ({ name, id, fingerprint }) => {
      const known = checked(id ?? '', fingerprint ?? '');
      model.contacts.push({ name: name ?? '', fingerprint: known, addedAt: '2025-03-10T09:00' });
      return book();
    },
    remove_handover_contact: ({ name }) => {
      model.contacts = model.contacts.filter((c) => c.name !== name);
      return book();
    },
    set_handover_escrow: ({ id, fingerprint }) => {
      model.escrow = { id: id ?? '', fingerprint: checked(id ?? '', fingerprint ?? '') };
      return book();
    },
    clear_handover_escrow: () => {
      model.escrow = null;
      return book();
    },
  };
  const overrides: Record<string, Handler> = {};
  for (const [cmd, handler] of Object.entries(handlers)) {
    overrides[cmd] = (_cmd: string, args: InvokeArgs | undefined) => handler((args ?? {}) as A);
  }
  return { model, overrides };
}
