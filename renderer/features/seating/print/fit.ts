/**
 * Fitting a name into a box without overflowing: measured with a canvas in the page's own fonts
 * (fast: one measurement per text), one line first, then the best two-line split; the DOM is checked
 * afterwards (useFitGuard) and shrunk a little if the browser's layout disagrees.
 */
import { useLayoutEffect } from 'react';

export const MM = 96 / 25.4;

let ctx: CanvasRenderingContext2D | null = null;
function measure(text: string, font: string): number {
  ctx ??= document.createElement('canvas').getContext('2d')!;
  ctx.font = font;
  return ctx.measureText(text).width;
}

export interface Fit { fontPx: number; lines: string[] }

/**
 * @example fitText('Đại tá Nguyễn Văn An', { family: 'Tinos', weight: 700, widthPx: 900, heightPx: 200, maxPx: 110, minOneLinePx: 60 })
 *
 * `segments` (joined with spaces, they make `text`): two lines split only between them ("Thiếu tướng /
 * Nguyễn Hoàng Phương Đông Nam", "Đại diện lãnh đạo / Sở Tài chính"), never inside a name; one
 * segment alone shrinks on one line.
 */
export function fitText(text: string, o: { family: string; weight: number; widthPx: number; heightPx: number; maxPx: number; minOneLinePx: number; lineHeight?: number; segments?: string[] }): Fit {
  const lh = o.lineHeight ?? 1.15;
  const at100 = (t: string) => measure(t, `${o.weight} 100px ${o.family}`) / 100;
  const w1 = at100(text) || 1;
  const one = Math.min(o.maxPx, o.widthPx / w1, o.heightPx / lh);
  const words = o.segments ? o.segments.map((s) => s.trim()).filter(Boolean) : text.split(/\s+/).filter(Boolean);
  if (one >= o.minOneLinePx || words.length < 2) return { fontPx: Math.floor(one * 0.98 * 10) / 10, lines: [text] };
  let best = { w: Infinity, i: 1 };
  for (let i = 1; i < words.length; i++) {
    const w = Math.max(at100(words.slice(0, i).join(' ')), at100(words.slice(i).join(' ')));
    if (w < best.w) best = { w, i };
  }
  const two = Math.min(o.maxPx, o.widthPx / best.w, o.heightPx / (2 * lh));
  // Two lines only when they really give bigger letters.
  if (two <= one) return { fontPx: Math.floor(one * 0.98 * 10) / 10, lines: [text] };
  return { fontPx: Math.floor(two * 0.98 * 10) / 10, lines: [words.slice(0, best.i).join(' '), words.slice(best.i).join(' ')] };
}

/** True when an element's content spills out of its box. */
export const overflows = (el: HTMLElement) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;

/**
 * After render: shrink any `selector` element that still overflows by 4 % steps, then mark the
 * document ready for printing (body[data-print-ready]; the PDF tests wait for it).
 */
export function useFitGuard(selector: string, deps: unknown[], ready: boolean) {
  useLayoutEffect(() => {
    if (!ready) return;
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      for (let i = 0; i < 30 && overflows(el); i++) el.style.fontSize = `${parseFloat(getComputedStyle(el).fontSize) * 0.96}px`;
    }
    document.body.dataset.printReady = '1';
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, ...deps]);
}

/** Waits until the print fonts are loaded (they are bundled; the canvas must not measure a fallback). */
export async function loadPrintFonts(): Promise<void> {
  const sample = 'Nguyễn Đặng Thị Hường ĐẠI BIỂU';
  await Promise.all(['400', '700'].map((w) => document.fonts.load(`${w} 40px Tinos`, sample)));
  await Promise.all(['400', '700'].map((w) => document.fonts.load(`${w} 40px "Be Vietnam Pro"`, sample)));
  await document.fonts.ready;
}
