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
    // The entry also inlines WXT's console logger (≈ 300 bytes), whose output a production
    // build drops anyway: its one call, on a crash at startup, becomes a no-op. The error is
    // still rethrown. If WXT changes this code, the pattern no longer matches and nothing changes.
    transform(code, module) {
      if (!module.includes('content-script-isolated-world-entrypoint')) return null;
      const slim = code.replace(/const logger = \{[\s\S]*?\n\};/, 'const logger = { error() {} };');
      return slim === code ? null : { code: slim, map: null };
    },
  };
}

/**
 * Content Security Policy of the extension's own pages (side panel, popup, library, offscreen
 * document; Firefox's background page). Why each directive:
 * - script-src 'self': only the packaged files run: no inline script, no eval or
 *   new Function (scripts/check-no-eval.mjs checks the build), no remote code;
 * - object-src 'none', base-uri 'none', form-action 'none' (our forms are handled in
 *   script and never navigate), frame-ancestors 'none' (no page may frame ours);
 * - connect-src 'self': fetch reaches only the extension's own files (the _locales override);
 * - img-src 'self' data:, media-src 'none': icons and the data: images a saved page keeps;
 * - style-src 'unsafe-inline': the saved page's style attributes and its frame's <style>
 *   (a srcdoc frame inherits this policy); style cannot run script, and url() in it is
 *   held by img-src/font-src;
 * - frame-src 'none', default-src 'self': the saved page is a srcdoc frame, which frame-src
 *   does not govern (a local scheme; the e2e run shows the frame), so no other frame loads.
 * Firefox (MV2, a string) gets the same minus default-src, frame-src and style-src: those
 * touch the sidebar's srcdoc frame and its inline styles, which no e2e run checks in Firefox.
 * `wxt` (dev, command 'serve') adds its dev server to script-src itself; its reload socket
 * and the files it serves need connect-, style-, img- and font-src too, in development only.
 */
function extensionPagesCsp(browser: string, command: string): string {
  const dev = command === 'serve' ? ' http://localhost:*' : '';
  const common = [
    "script-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'",
    `connect-src 'self'${dev}${dev && ' ws://localhost:*'}`, `img-src 'self' data:${dev}`, "media-src 'none'", `font-src 'self'${dev}`,
  ];
  const chromeOnly = ["default-src 'self'", `style-src 'self' 'unsafe-inline'${dev}`, "frame-src 'none'"];
  return [...(browser === 'firefox' ? common : [...chromeOnly, ...common])].join('; ');
}

// The extension reads government report pages locally. Permissions are the least that the
// features need; docs/ARCHITECTURE.md's "Privacy and security" section justifies each one. No
// `storage` (IndexedDB needs none) and no `activeTab` (the host access covers every tab the
// extension reads; the e2e runs pass without either).
// `offscreen` (Chrome only): the background's saves (popup, shortcut, context menu) parse
// HTML in an offscreen document, since a service worker has no DOMParser. Firefox's
// background is a page and parses itself. `sidePanel` is added by WXT for Chrome only.
export default defineConfig({
  srcDir: '.',
  manifest: ({ browser, command }: ConfigEnv) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['scripting', 'contextMenus', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // The page tools (highlights, selection) are injected into the tab the side panel reads;
    // the content script already runs on every http(s) page, so this adds no new access.
    host_permissions: ['http://*/*', 'https://*/*'],
    // WXT writes MV2's string form from extension_pages for Firefox.
    content_security_policy: { extension_pages: extensionPagesCsp(browser, command) },
    action: { default_title: '__MSG_actionTitle__' },
    // Firefox: an add-on id (web-ext lint and signing want one) and the declaration, required
    // of new add-ons, that no data is collected or sent (the extension makes no request).
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'promise-ledger@promise-ledger.app', data_collection_permissions: { required: ['none'] } } } } : {}),
    commands: {
      'save-snapshot': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandSave__',
      },
    },
  }),
  vite: () => ({ plugins: [preact(), stripRuleExamples(), slimContentScriptContext()] }),
});
