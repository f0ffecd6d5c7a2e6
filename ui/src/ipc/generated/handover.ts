// Generated from the Rust types by `make gen`; do not edit.

/** Copy (the sender keeps the client, marked as shared) or transfer (erased on receipt). */
export type HandoverModeDto = 'copy' | 'transfer';

/** The profile's handover id (one line to give a colleague) and its fingerprint. */
export type HandoverIdentityDto = {
  id: string;
  /** Twenty digits in groups of four, to compare in person or by phone. */
  fingerprint: string;
};

export type ContactDto = {
  name: string;
  fingerprint: string;
  /** Local `YYYY-MM-DDTHH:MM`. */
  addedAt: string;
};

export type EscrowDto = { id: string; fingerprint: string };

/** The colleagues a client can be handed to, and the organisation's escrow recipient. */
export type HandoverBookDto = { contacts: Array<ContactDto>; escrow: EscrowDto | null };

/** A client's last handover, as its overview shows it. */
export type HandoverMarkDto = {
  mode: HandoverModeDto;
  contact: string;
  /** Local `YYYY-MM-DDTHH:MM`. */
  createdAt: string;
};

/**
 * A client received from a colleague, as its overview shows it: the receipt code stays there to
 * be read back to her.
 */
export type HandoverReceivedDto = {
  mode: HandoverModeDto;
  sender: string;
  /** Local `YYYY-MM-DDTHH:MM`. */
  receivedAt: string;
  receipt: string;
};

/** A case file was written (`path` null: the counsellor cancelled the chooser). */
export type CaseSentDto = { path: string | null };

/** What a case file holds, shown before anything is added. */
export type CasePreviewDto = {
  code: string;
  /** The code the client gets here: `code`, or with a suffix when that one is taken. */
  codeHere: string;
  sessions: number;
  photos: number;
  journalEntries: number;
  albumPages: number;
  sender: string;
  senderFingerprint: string;
  /** Local `YYYY-MM-DDTHH:MM`. */
  createdAt: string;
  mode: HandoverModeDto;
};

/** The client was added: its id and code here, and the receipt code for the sender. */
export type CaseReceivedDto = { clientId: number; code: string; receipt: string };
