/**
 * The one place that turns an export's text into a file: a Blob with the right media type,
 * an object URL, and a click on a temporary <a download>. Extension pages may download this
 * way without the `downloads` permission. Export builders (lib/export) only return strings.
 */
import { mimeTypeFor } from '../../lib/export/download-name';

export interface DownloadFile { name: string; ext: string; content: string }

/** Starts the download of `file`; the object URL is revoked once the browser has read it. */
export function download(file: DownloadFile, doc: Document = document): void {
  const blob = new Blob([file.content], { type: mimeTypeFor(file.ext) });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.name;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in Firefox, which reads the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
