/**
 * The translation function every component takes as a prop: a message key from
 * public/_locales/<lang>/messages.json and its substitutions ($1…$9). Passing it in (rather
 * than calling browser.i18n inside) keeps components presentational and testable.
 */
export type Translate = (key: string, ...subs: (string | number)[]) => string;

/** One entry of a WebExtension messages.json. */
export interface LocaleMessage { message: string; placeholders?: Record<string, { content: string }> }

/**
 * A Translate over a parsed messages.json (tests, and a `?lang=` override in the pages),
 * with the browsers' rules: named placeholders ($ARG$ → its content), then $1…$9.
 */
export function translator(messages: Record<string, LocaleMessage>): Translate {
  return (key, ...subs) => {
    const entry = messages[key];
    if (!entry) return key;
    const named = entry.message.replace(/\$([a-z0-9_]+)\$/gi, (all, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? all);
    return named.replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));
  };
}

/** Error codes the pages produce, and the message key that explains each. */
const ERROR_KEYS: Record<string, string> = {
  'store-quota': 'errorQuota',
  'store-newer-database': 'errorNewerDb',
  'store-invalid': 'errorInvalid',
  'no-selection': 'errorNoSelection',
  'selection-outside': 'errorSelectionOutside',
  'no-receiver': 'noAgent',
  'empty-page': 'emptyPage',
  'binary-page': 'binaryPage',
  'sanitize-failed': 'errorSanitize',
  'file-empty': 'fileEmpty',
  'file-pdf': 'filePdf',
  'file-office': 'fileOffice',
  'file-image': 'fileImage',
  'file-binary': 'fileBinary',
  'file-undecodable': 'fileUndecodable',
  'file-too-large': 'fileTooLarge',
};

/** A readable message for an error code and its substitutions (unknown codes are shown after a generic line). */
export function describeError(t: Translate, code: string, ...subs: (string | number)[]): string {
  const key = ERROR_KEYS[code];
  return key ? t(key, ...subs) : t('errorGeneric', code);
}
