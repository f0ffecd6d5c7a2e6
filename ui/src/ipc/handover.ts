// Commands of handing a client over to a colleague: the profile's handover id, the contacts and
// the organisation's escrow, writing a case file, and receiving one. Each needs the open vault.
import { call } from './call';
import type { ChosenFileDto } from './generated/backup';
import type {
  CasePreviewDto,
  CaseReceivedDto,
  CaseSentDto,
  HandoverBookDto,
  HandoverIdentityDto,
  HandoverModeDto,
} from './generated/handover';

/** The profile's handover id and fingerprint (made on first use). */
export function handoverIdentity(): Promise<HandoverIdentityDto> {
  return call<HandoverIdentityDto>('handover_identity');
}

/** The colleagues a client can be handed to, and the escrow recipient. */
export function handoverBook(): Promise<HandoverBookDto> {
  return call<HandoverBookDto>('handover_book');
}

/** Adds a colleague; `fingerprint` is what she read out, checked against her `id`. */
export function addHandoverContact(name: string, id: string, fingerprint: string): Promise<HandoverBookDto> {
  return call<HandoverBookDto>('add_handover_contact', { name, id, fingerprint });
}

export function removeHandoverContact(name: string): Promise<HandoverBookDto> {
  return call<HandoverBookDto>('remove_handover_contact', { name });
}

/** Every case file is then encrypted for the organisation's escrow recipient too. */
export function setHandoverEscrow(id: string, fingerprint: string): Promise<HandoverBookDto> {
  return call<HandoverBookDto>('set_handover_escrow', { id, fingerprint });
}

export function clearHandoverEscrow(): Promise<HandoverBookDto> {
  return call<HandoverBookDto>('clear_handover_escrow');
}

/**
 * Opens the native save chooser, then writes the client's case file for the contact `to` and marks
 * the client. `path` is null when the counsellor cancelled: nothing was written or marked.
 */
export function handOverClient(clientId: number, to: string, mode: HandoverModeDto): Promise<CaseSentDto> {
  return call<CaseSentDto>('hand_over_client', { clientId, to, mode });
}

/** Opens the native file chooser for a case file; `path` is null when cancelled. */
export function chooseCaseFile(): Promise<ChosenFileDto> {
  return call<ChosenFileDto>('choose_case_file');
}

/** What the case file holds, after every check of an import; adds nothing. */
export function previewCase(file: string): Promise<CasePreviewDto> {
  return call<CasePreviewDto>('preview_case', { file });
}

/** Adds the client of the case file; the answer has the receipt code to read to the sender. */
export function importCase(file: string): Promise<CaseReceivedDto> {
  return call<CaseReceivedDto>('import_case', { file });
}

/** Ends a transfer with the colleague's receipt code: the client is erased from this vault. */
export function confirmCaseTransfer(clientId: number, receipt: string): Promise<void> {
  return call<void>('confirm_case_transfer', { clientId, receipt });
}

/** Keeps the client: the transfer's mark goes, the file stays. */
export function cancelCaseTransfer(clientId: number): Promise<void> {
  return call<void>('cancel_case_transfer', { clientId });
}
