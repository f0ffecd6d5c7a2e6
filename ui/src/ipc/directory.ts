// Commands of the referral directory: the places a counsellor refers people to, kept in her vault
// (never a client's name), searched, edited, imported from and exported to CSV or TOML files that
// colleagues share, and the organisation's starting directory. Each needs the open vault.
import { call } from './call';
import type { ChosenFileDto } from './generated/backup';
import type {
  DirectoryHitsDto,
  DirectoryImportDto,
  DirectoryOfferDto,
  ServiceDto,
  ServiceFilterDto,
  ServiceInputDto,
} from './generated/directory';
import type { CaseSentDto } from './generated/handover';

/** The formats a directory is exported in. */
export type DirectoryFormat = 'csv' | 'toml';

/** The entries that match `filter`, at most a page by name; `more` when there were more. */
export function directorySearch(filter: ServiceFilterDto): Promise<DirectoryHitsDto> {
  return call<DirectoryHitsDto>('directory_search', { filter });
}

export function addDirectoryEntry(entry: ServiceInputDto): Promise<ServiceDto> {
  return call<ServiceDto>('add_directory_entry', { entry });
}

export function updateDirectoryEntry(id: number, entry: ServiceInputDto): Promise<ServiceDto> {
  return call<ServiceDto>('update_directory_entry', { id, entry });
}

export function deleteDirectoryEntry(id: number): Promise<void> {
  return call<void>('delete_directory_entry', { id });
}

/** Opens the native file chooser for a directory file (.csv or .toml); `path` is null when cancelled. */
export function chooseDirectoryFile(): Promise<ChosenFileDto> {
  return call<ChosenFileDto>('choose_directory_file');
}

/** What importing `file` would add, change and leave alone, and its bad rows; writes nothing. */
export function previewDirectoryImport(file: string): Promise<DirectoryImportDto> {
  return call<DirectoryImportDto>('preview_directory_import', { file });
}

/** Imports `file`: the good rows are written, the bad ones reported. */
export function importDirectory(file: string): Promise<DirectoryImportDto> {
  return call<DirectoryImportDto>('import_directory', { file });
}

/**
 * Opens the native save chooser, then writes the whole directory as `format`. `path` is null
 * when the counsellor cancelled: nothing was written.
 */
export function exportDirectory(format: DirectoryFormat): Promise<CaseSentDto> {
  return call<CaseSentDto>('export_directory', { format });
}

/** The organisation's starting directory, offered while the directory is empty (`file` null: none). */
export function directoryOffer(): Promise<DirectoryOfferDto> {
  return call<DirectoryOfferDto>('directory_offer');
}

/** Imports the starting directory (`apply`) or declines it; it is not offered again. */
export function answerDirectoryOffer(apply: boolean): Promise<DirectoryImportDto | null> {
  return call<DirectoryImportDto | null>('answer_directory_offer', { apply });
}
