// csp-hook must stay the first import: modules run in import order.
import './csp-hook';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
// Each face declares the characters it covers (unicode-range): WebKit reads a font file only
// when text needs it, so Armenian costs nothing until Armenian is shown.
import '@fontsource/cairo/400.css';
import '@fontsource/cairo/700.css';
import '@fontsource/noto-sans-armenian/400.css';
import '@fontsource/noto-sans-armenian/700.css';
import './styles/app.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { t } from './i18n/i18n.svelte';

document.title = t('welcome-document-title');

const target = document.getElementById('app');
if (!target) {
  throw new Error('#app element missing from index.html');
}

export default mount(App, { target });
