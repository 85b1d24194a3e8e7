// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { fileURLToPath, URL as NodeURL } from 'node:url';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { translator } from '../../components/i18n';
import { PopupView, type PopupState } from '../../components/PopupView';

const en = translator(JSON.parse(readFileSync(fileURLToPath(new NodeURL('../../public/_locales/en/messages.json', import.meta.url)), 'utf8')));
let root: HTMLElement;
beforeEach(() => { document.body.innerHTML = '<div id="root"></div>'; root = document.getElementById('root')!; });

function show(state: PopupState, extra: Partial<Parameters<typeof PopupView>[0]> = {}) {
  const props = { t: en, state, saving: false, message: null, onOpenPanel: vi.fn(), onSave: vi.fn(), ...extra };
  act(() => { render(<PopupView {...props} />, root); });
  return props;
}
const saveButton = () => root.querySelector<HTMLButtonElement>('[data-action="save"]')!;

describe('popup states', () => {
  it('loading, unsupported and unreachable pages cannot be saved', () => {
    for (const status of ['loading', 'unsupported', 'no-agent'] as const) {
      show({ status });
      expect([status, saveButton().disabled]).toEqual([status, true]);
    }
    show({ status: 'unsupported' });
    expect(root.textContent).toContain('only web pages');
  });

  it('a report shows its verdict and counts and can be saved', () => {
    const summary = { title: 'R', isReport: true, score: 0.9, language: 'zh', counts: { headings: 12, numbers: 40, commitments: 7, problems: 3 } };
    const props = show({ status: 'page', isReport: true, score: 0.9, summary });
    expect(root.querySelector('[data-state="report"]')?.textContent).toBe('Detected as a report (90%)');
    expect(root.querySelector('[data-count-of="commitments"]')?.textContent).toBe('7 commitments');
    saveButton().click();
    expect(props.onSave).toHaveBeenCalled();
    root.querySelector<HTMLButtonElement>('[data-action="open-panel"]')!.click();
    expect(props.onOpenPanel).toHaveBeenCalled();
  });

  it('a non-report page says so, without counts; messages are shown', () => {
    show({ status: 'page', isReport: false, score: 0.2, summary: null }, { message: { kind: 'error', text: 'Storage is full' } });
    expect(root.querySelector('[data-state="not-report"]')?.textContent).toBe('Not detected as a report (20%)');
    expect(root.querySelector('[data-counts]')).toBeNull();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Storage is full');
  });

  it('a frame page says the report is in a frame and opens the frame\'s URL; Save stays available', () => {
    const frame = 'http://127.0.0.1:8080/frame-report.html';
    const onOpenFrame = vi.fn();
    show({ status: 'page', isReport: false, score: 0.5, summary: null, frame }, { onOpenFrame });
    expect(root.querySelector('[data-frame]')?.textContent).toBe('The report is inside a frame on this page. Open the frame on its own to read it. Open the frame');
    root.querySelector<HTMLButtonElement>('[data-action="open-frame"]')!.click();
    expect(onOpenFrame).toHaveBeenCalledWith(frame);
    expect(saveButton().disabled).toBe(false);
    show({ status: 'page', isReport: false, score: 0.2, summary: null, frame: null });
    expect(root.querySelector('[data-frame]')).toBeNull();
  });

  it('a PDF in the browser\'s viewer: says what to do instead, and Save is disabled', () => {
    show({ status: 'page', isReport: false, score: 0, summary: null, frame: null, pdf: true });
    expect(root.querySelector('[data-pdf]')?.textContent).toMatch(/^This is a PDF file.*promise-ledger extract report\.txt$/);
    expect(saveButton().disabled).toBe(true);
    show({ status: 'page', isReport: false, score: 0, summary: null, frame: null, pdf: false });
    expect(root.querySelector('[data-pdf]')).toBeNull();
    expect(saveButton().disabled).toBe(false);
  });

  it('while saving the button says so and is disabled', () => {
    show({ status: 'page', isReport: true, score: 1, summary: null }, { saving: true });
    expect(saveButton().disabled).toBe(true);
    expect(saveButton().textContent).toBe('Saving…');
  });
});
