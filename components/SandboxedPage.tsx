import type { Translate } from './i18n';

export interface SandboxedPageProps { t: Translate; html: string; title: string }

/**
 * Policy inside the frame: nothing may load (no network, no images from elsewhere), inline
 * styles only. Links open nowhere: `<base target="_blank">` sends them to a new window, which
 * the sandbox (no allow-popups) refuses, so a click cannot navigate the frame to the web.
 */
const FRAME_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** The document the frame shows: the stored sanitized HTML inside a locked-down shell. */
export function frameDocument(html: string, lang = 'zh-CN'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">`
    // DNS prefetching is off too: the CSP does not cover it, and it tells a host the page was read.
    + `<meta http-equiv="Content-Security-Policy" content="${FRAME_CSP}"><meta http-equiv="x-dns-prefetch-control" content="off"><base target="_blank">`
    + '<style>body{font:15px/1.75 system-ui,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;max-width:46em;margin:1em auto;padding:0 1em;color:#1d1d1f}img{max-width:100%}</style>'
    + `</head><body>${html}</body></html>`;
}

/**
 * The saved page as it was (sanitized when saved), rendered in a sandboxed frame with no
 * permissions at all (`sandbox=""`: no scripts, a unique origin, no forms, no popups), so
 * even a page that slipped past sanitizing can neither run nor reach the extension's data.
 */
export function SandboxedPage({ t, html, title }: SandboxedPageProps) {
  return (
    <iframe class="saved-page" sandbox="" srcdoc={frameDocument(html)} title={t('savedPageFrame', title)} referrerpolicy="no-referrer" />
  );
}
