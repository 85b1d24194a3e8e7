import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The extension reads government report pages locally. Permissions are the least that the
// features need; the README's "Privacy and security" section justifies each one.
export default defineConfig({
  srcDir: '.',
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'save-snapshot': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandSave__',
      },
    },
  },
  vite: () => ({ plugins: [preact()] }),
});
