import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Kootniti',
    description: 'Bilingual (Hindi ↔ English) topic-split summary cards for diplomatic news.',
    permissions: ['activeTab', 'scripting', 'contextMenus', 'storage'],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'kootniti@example.org', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
});
