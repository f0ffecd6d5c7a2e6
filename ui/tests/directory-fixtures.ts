// A small model of the referral directory's commands for component tests: the places, a search
// that filters them as the back end does (roughly), adding, editing and deleting, and the slip's
// catalogues. `directoryBackend()` gives overrides for `renderApp`, and the model.
import type { InvokeArgs } from '@tauri-apps/api/core';
import { fireEvent, screen } from '@testing-library/svelte';
import type { ServiceDto, ServiceFilterDto, ServiceInputDto } from '../src/ipc/generated/directory';
import { failure, PROFILE_A, renderApp, unlocked, type Handler } from './backend';
import { catalogue, type TestLocale } from './fixtures';

export function service(id: number, name: string, overrides: Partial<ServiceDto> = {}): ServiceDto {
  return {
    id,
    name,
    kind: 'legal_aid',
    pathways: [],
    languages: [],
    town: '',
    address: '',
    hours: '',
    phone: '',
    anonymous: false,
    bring: '',
    note: '',
    checkedOn: '2025-02-01',
    outdated: false,
    ...overrides,
  };
}

export const DESK = service(1, 'Free legal desk Ghent', {
  kind: 'legal_aid',
  pathways: ['legalise', 'undocumented'],
  languages: ['nl', 'ar'],
  town: 'Gent',
  address: 'Example street 1\n9000 Gent',
  hours: 'Tuesday 9:00–12:00',
  phone: '+32 9 000 00 00',
  anonymous: true,
  bring: 'Any papers you have',
  note: 'Ask for Mieke; counsellor-only note',
  checkedOn: '2025-02-01',
});

export const CLINIC = service(2, 'Street clinic Liège', {
  kind: 'medical',
  pathways: ['undocumented'],
  languages: ['fr', 'ru'],
  town: 'Liège',
  address: 'Rue d’exemple 7, Liège',
  hours: 'Monday 14:00–17:00',
  phone: '04 000 00 00',
  anonymous: false,
  bring: 'Nothing',
  note: 'Private remark about the clinic',
  checkedOn: null,
  outdated: true,
});

export const RETURN = service(3, 'Return desk Brussels', {
  kind: 'return_partner',
  pathways: ['return'],
  languages: ['en', 'fr'],
  town: 'Brussel',
  phone: '02 000 00 00',
  checkedOn: '2023-01-10',
  outdated: true,
});

export interface DirectoryModel {
  entries: ServiceDto[];
  nextId: number;
  /** The search answers `more` (as if a page were full). */
  more: boolean;
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

function matches(entry: ServiceDto, filter: ServiceFilterDto): boolean {
  const text = fold([entry.name, entry.town, entry.address, entry.phone, entry.bring, entry.note].join('\n'));
  return (
    text.includes(fold(filter.text)) &&
    (filter.pathway === null || entry.pathways.includes(filter.pathway)) &&
    (filter.kind === null || entry.kind === filter.kind) &&
    (filter.language === null || entry.languages.includes(filter.language)) &&
    (filter.town === null || fold(entry.town).includes(fold(filter.town))) &&
    (!filter.anonymousOnly || entry.anonymous)
  );
}

type A = Record<string, unknown>;

/** Handlers for the directory's commands (and the slip's catalogues), working on a model. */
export function directoryBackend(entries: ServiceDto[] = [DESK, CLINIC, RETURN], extra: Record<string, Handler> = {}) {
  const model: DirectoryModel = { entries: entries.map((e) => ({ ...e })), nextId: 100, more: false };
  const stored = (id: number, input: ServiceInputDto): ServiceDto => ({ ...input, id, outdated: input.checkedOn === null });
  const handlers: Record<string, (args: A) => unknown> = {
    directory_search: (args) => ({
      entries: model.entries.filter((e) => matches(e, args.filter as ServiceFilterDto)).sort((a, b) => a.name.localeCompare(b.name)),
      more: model.more,
    }),
    add_directory_entry: (args) => {
      const entry = stored(model.nextId++, args.entry as ServiceInputDto);
      model.entries.push(entry);
      return entry;
    },
    update_directory_entry: (args) => {
      const id = args.id as number;
      if (!model.entries.some((e) => e.id === id)) failure('error-directory-missing');
      const entry = stored(id, args.entry as ServiceInputDto);
      model.entries = model.entries.map((e) => (e.id === id ? entry : e));
      return entry;
    },
    delete_directory_entry: (args) => {
      model.entries = model.entries.filter((e) => e.id !== args.id);
      return null;
    },
    directory_offer: () => ({ file: null }),
    content_catalogue: (args) => catalogue(args.locale as TestLocale),
  };
  const overrides: Record<string, Handler> = {};
  for (const [cmd, handler] of Object.entries(handlers)) {
    overrides[cmd] = (_cmd: string, args: InvokeArgs | undefined) => handler((args ?? {}) as A);
  }
  return { model, overrides: { ...overrides, ...extra } };
}

/** The vault home with the directory open (its places listed), and the commands sent. */
export async function openDirectory(entries?: ServiceDto[], extra: Record<string, Handler> = {}) {
  const directory = directoryBackend(entries, extra);
  const calls = await renderApp(unlocked(PROFILE_A), 'vault-home', directory.overrides);
  await fireEvent.click(screen.getByTestId('directory-open'));
  await screen.findByTestId('home-directory');
  return { calls, model: directory.model };
}

/** The places listed, by name. */
export const listed = () =>
  screen.queryAllByTestId('directory-entry').map((row) => row.querySelector('h4')?.textContent ?? '');

export async function type(testId: string, value: string): Promise<void> {
  await fireEvent.input(screen.getByTestId(testId), { target: { value } });
}
