// Svelte 5, runes only, for the app's own components (dependencies keep
// their own mode).
/** @type {import('@sveltejs/vite-plugin-svelte').SvelteConfig} */
export default {
  vitePlugin: {
    dynamicCompileOptions({ filename }) {
      return filename.includes('/node_modules/') ? undefined : { runes: true };
    },
  },
};
