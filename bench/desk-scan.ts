/**
 * The desk as a person feels it, measured inside the page in Chromium against the host: a scan (the
 * badge code typed into the box + Enter, as a scanner does) → the green card with that person's name
 * painted (the next animation frame after it is in the DOM). Eight desks (eight browser contexts,
 * each paired with its own station token) scan at the same time. Goal: p95 ≤ 50 ms.
 * Call from bench/checkin.ts with the host's port, eight station tokens and a fresh conference.
 */
type Record = (metric: string, value: number, unit: string, goal: number | null, peer?: string, peerValue?: number | null) => void;
const pct = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]; };

export async function deskScanLatency(record: Record, port: number, tokens: string[], conferenceId: string, people: { code: string; fullName: string; rank: string; position: string }[]) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
  try {
    const pages = await Promise.all(tokens.map(async (token, k) => {
      const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      const page = await ctx.newPage();
      await page.addInitScript(({ t, name }) => { localStorage.setItem('thuky.token', t); localStorage.setItem('thuky.deskName', name); }, { t: token, name: `Bàn ${k + 1}` });
      await page.goto(`http://127.0.0.1:${port}/#/c/${conferenceId}/checkin/desk`);
      await page.getByTestId('desk-box').waitFor();
      return page;
    }));
    const named = people.filter((p) => p.fullName);
    const times: number[] = [];
    await Promise.all(pages.map(async (page, k) => {
      for (let i = k; i < named.length; i += pages.length) {
        const p = named[i];
        const expected = [p.rank, p.fullName].filter(Boolean).join(' ');
        times.push(await page.evaluate(async ({ code, expected }) => {
          const box = document.querySelector<HTMLInputElement>('[data-testid="desk-box"]')!;
          const card = document.querySelector('[data-testid="desk-feedback"]')!;
          const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
          const shown = () => card.classList.contains('ok') && (card.querySelector('[data-testid="feedback-title"]')?.textContent ?? '') === expected;
          const t0 = performance.now();
          setValue.call(box, code);
          box.dispatchEvent(new Event('input', { bubbles: true }));
          box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
          await new Promise<void>((resolve) => {
            if (shown()) return resolve();
            const obs = new MutationObserver(() => { if (shown()) { obs.disconnect(); resolve(); } });
            obs.observe(card, { childList: true, subtree: true, characterData: true, attributes: true });
            setTimeout(() => { obs.disconnect(); resolve(); }, 5000);
          });
          // Painted: the frame after the card is in the DOM.
          await new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
          return shown() ? performance.now() - t0 : 5000;
        }, { code: p.code, expected }));
      }
    }));
    const n = pages.length === 1 ? '1 desk' : `${pages.length} desks at once`;
    record(`desk scan → green card painted, ${n} (Chromium), p50`, pct(times, 50), 'ms', null);
    record(`desk scan → green card painted, ${n} (Chromium), p95`, pct(times, 95), 'ms', 50);
    return times;
  } finally {
    await browser.close();
  }
}
