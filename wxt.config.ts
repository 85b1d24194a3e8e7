import { defineConfig, type ConfigEnv } from 'wxt';
import preact from '@preact/preset-vite';
import MagicString from 'magic-string';
import type { Plugin } from 'vite';

/**
 * Rule tables in lib/ carry an `example` per rule for tests and readers; nothing reads them
 * at run time, and in the content script (≤ 15 kB, every web page) they cost several kB.
 * This removes every `example:` property of object literals in lib/ modules from builds.
 */
function stripRuleExamples(): Plugin {
  return {
    name: 'promise-ledger:strip-rule-examples',
    enforce: 'post',
    transform(code, id) {
      if (!/[\\/]lib[\\/].*\.ts$/.test(id) || !code.includes('example')) return null;
      const s = new MagicString(code);
      const visit = (node: unknown): void => {
        if (!node || typeof node !== 'object') return;
        if (Array.isArray(node)) return node.forEach(visit);
        const n = node as { type?: string; properties?: AstProp[] };
        if (n.type === 'ObjectExpression' && n.properties) {
          n.properties.forEach((p, i) => {
            const key = p.key?.name ?? p.key?.value;
            if (p.type !== 'Property' || key !== 'example') return;
            const next = n.properties![i + 1];
            s.remove(p.start, next ? next.start : p.end);
          });
        }
        for (const v of Object.values(node)) if (v && typeof v === 'object') visit(v);
      };
      visit(this.parse(code));
      return s.hasChanged() ? { code: s.toString(), map: s.generateMap({ hires: true }) } : null;
    },
  };
}
interface AstProp { type: string; start: number; end: number; key?: { name?: string; value?: string } }

/**
 * WXT wraps every content script in a ContentScriptContext (≈ 3 kB minified: location
 * watcher, invalidation events, timers). Our content script takes no context, so its
 * entry gets an empty one; the budget of 15 kB in every page is then spent on detection.
 * Only the isolated-world content-script entry is affected.
 */
function slimContentScriptContext(): Plugin {
  const id = '\0promise-ledger:slim-content-script-context';
  return {
    name: 'promise-ledger:slim-content-script-context',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'wxt/utils/content-script-context' && importer?.includes('content-script-isolated-world-entrypoint')) return id;
      return null;
    },
    load(loaded) {
      return loaded === id ? 'export class ContentScriptContext { constructor(name, options) { this.contentScriptName = name; this.options = options; } }' : null;
    },
  };
}

// The extension reads government report pages locally. Permissions are the least that the
// features need; the README's "Privacy and security" section justifies each one.
// `offscreen` (Chrome only): the background's saves (popup, shortcut, context menu) parse
// HTML in an offscreen document, since a service worker has no DOMParser. Firefox's
// background is a page and parses itself. `sidePanel` is added by WXT for Chrome only.
export default defineConfig({
  srcDir: '.',
  manifest: ({ browser }: ConfigEnv) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // The page tools (highlights, selection) are injected into the tab the side panel reads;
    // the content script already runs on every http(s) page, so this adds no new access.
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'save-snapshot': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandSave__',
      },
    },
  }),
  vite: () => ({ plugins: [preact(), stripRuleExamples(), slimContentScriptContext()] }),
});
