// The only text the UI can show before the back end has answered: the
// English welcome messages (English ends every fallback chain), compiled in
// from the same FTL file the back end uses. Used for `welcome-loading` only.
import enWelcome from '../../../locales/en/welcome.ftl?raw';
import type { CatalogueEntry } from '../ipc/types';

export const BOOTSTRAP_LOCALE = 'en';

export const BOOTSTRAP_CHAIN: readonly CatalogueEntry[] = [
  { locale: BOOTSTRAP_LOCALE, ftl: enWelcome },
];
