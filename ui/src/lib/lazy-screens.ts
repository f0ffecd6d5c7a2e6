// The screens behind the first one load as separate chunks, so that the first screen (welcome
// or unlock) parses only what it needs: start-up time is measured against a bare Tauri window.
// Once the first screen is painted, `prefetchScreens` loads the rest in the background, so that
// unlocking never waits for them.

export const loadVaultHome = () => import('../screens/home/VaultHome.svelte');
export const loadPassphraseReset = () => import('../screens/home/PassphraseReset.svelte');
export const loadCreateVault = () => import('../screens/create/CreateVault.svelte');
export const loadProjectorView = () => import('../screens/projector/ProjectorView.svelte');

/** Starts loading the counsellor's screens; failures surface when a screen is shown. */
export function prefetchScreens(): void {
  void loadVaultHome().catch(() => undefined);
  void loadPassphraseReset().catch(() => undefined);
  void loadCreateVault().catch(() => undefined);
}
