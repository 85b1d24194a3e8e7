// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REBUILD_LIMITS, watchRebuilds } from '../../lib/page-agent/rebuild-watch';

const REPORT = '<div id="zoom"><h1>青禾县2024年度法治政府建设工作报告</h1>'
  + '<p>全年办理行政复议案件71件，纠错率13.2%，行政诉讼败诉率控制在5%以内。</p>'.repeat(8) + '</div>';
let calls = 0;
let stop: () => void;
/** The watch over this test's document, with the (fake) timers of the test. */
const watch = () => { stop = watchRebuilds(document, { MutationObserver, setTimeout, clearTimeout } as never, () => calls++); };
/** Lets the observer see the changes made so far, then time pass. */
async function after(ms: number) {
  await Promise.resolve();
  vi.advanceTimersByTime(ms);
}

beforeEach(() => {
  vi.useFakeTimers();
  calls = 0;
  document.body.innerHTML = '<p>加载中……</p><script>const BODY = "…the whole report, as a script string…";</script>';
});
afterEach(() => { stop(); vi.useRealTimers(); });

describe('rebuild watch (detection again when a page rebuilds itself after load)', () => {
  it('a page built by script after load: one re-detection, once the change has settled', async () => {
    watch();
    document.body.innerHTML = REPORT;
    await after(REBUILD_LIMITS.settleMs - 1);
    expect(calls).toBe(0);
    await after(1);
    expect(calls).toBe(1);
  });

  it('a page whose report is taken away: re-detected', async () => {
    document.body.innerHTML = REPORT;
    watch();
    document.body.innerHTML = '<p>页面已失效，请刷新。</p>';
    await after(REBUILD_LIMITS.settleMs);
    expect(calls).toBe(1);
  });

  it('a page built in small steps: re-detected once the steps add up', async () => {
    watch();
    for (let i = 0; i < 12; i++) {
      document.body.append(Object.assign(document.createElement('p'), { textContent: `第${i}段：全年办理行政复议案件71件，纠错率13.2%。` }));
      await after(50);
    }
    await after(REBUILD_LIMITS.settleMs);
    expect(calls).toBe(1);
  });

  it('a ticker, a clock or a removed script: never', async () => {
    document.body.insertAdjacentHTML('beforeend', '<p id="ticker">0</p>');
    watch();
    for (let n = 0; n < 400; n++) {
      document.getElementById('ticker')!.textContent = `更新次数${n}`;
      await after(50);
    }
    document.querySelector('script')!.textContent = 'x'.repeat(5000);
    document.querySelector('script')!.remove();
    await after(REBUILD_LIMITS.settleMs);
    expect(calls).toBe(0);
  });

  it('is bounded: at most maxRuns re-detections, none after windowMs', async () => {
    watch();
    for (let i = 0; i < REBUILD_LIMITS.maxRuns + 2; i++) {
      document.body.innerHTML = i % 2 ? REPORT : '<p>加载中……</p>';
      await after(REBUILD_LIMITS.settleMs);
      if (i === 0) document.body.innerHTML = REPORT;
      await after(REBUILD_LIMITS.settleMs);
    }
    expect(calls).toBe(REBUILD_LIMITS.maxRuns);
    calls = 0;
    stop();
    watch();
    await after(REBUILD_LIMITS.windowMs);
    document.body.innerHTML = REPORT;
    await after(REBUILD_LIMITS.settleMs);
    expect(calls).toBe(0);
  });
});
