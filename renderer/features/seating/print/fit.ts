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

export interface Fit {
  fontPx: number;
  lines: string[];
}

/**
 * @example fitText('Đại tá Nguyễn Văn An', { family: 'Tinos', weight: 700, widthPx: 900, heightPx: 200, maxPx: 110, minOneLinePx: 60 })
 *
 * `segments` (joined with spaces, they make `text`): two lines split only between them ("Thiếu tướng /
 * Nguyễn Hoàng Phương Đông Nam", "Đại diện lãnh đạo / Sở Tài chính"), never inside a name; one
 * segment alone shrinks on one line.
 */
export function fitText(
  text: string,
  o: {
    family: string;
    weight: number;
    widthPx: number;
    heightPx: number;
    maxPx: number;
    minOneLinePx: number;
    lineHeight?: number;
    segments?: string[];
  },
): Fit {
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
  return {
    fontPx: Math.floor(two * 0.98 * 10) / 10,
    lines: [words.slice(0, best.i).join(' '), words.slice(best.i).join(' ')],
  };
}

/** The cut of `words` into `k` lines whose widest line is narrowest (few words: every cut is tried). */
function bestSplit(words: string[], k: number, width: (t: string) => number): string[] {
  if (k <= 1 || words.length <= 1) return [words.join(' ')];
  let best: { w: number; lines: string[] } = { w: Infinity, lines: [words.join(' ')] };
  for (let i = 1; i <= words.length - k + 1; i++) {
    const head = words.slice(0, i).join(' ');
    const rest = bestSplit(words.slice(i), k - 1, width);
    const w = Math.max(width(head), ...rest.map(width));
    if (w < best.w) best = { w, lines: [head, ...rest] };
  }
  return best.lines;
}

/**
 * The biggest letters for `text` on 1 to `maxLines` lines split between words (never inside one);
 * fewer lines unless more give clearly bigger letters. With `floorPx`, letters never go below it:
 * a text too wide at the floor is narrowed instead (`scaleX` < 1, drawn with a horizontal scale),
 * which keeps it readable where shrinking would not. Used for the seat boxes (SeatCell, the chart).
 * @example fitLines('Nguyễn Thị Thảo', { family: 'Tinos', weight: 400, widthPx: 30, heightPx: 28, maxPx: 10, maxLines: 3, floorPx: 7 })
 */
export function fitLines(
  text: string,
  o: {
    family: string;
    weight: number;
    widthPx: number;
    heightPx: number;
    maxPx: number;
    maxLines: number;
    lineHeight?: number;
    floorPx?: number;
  },
): Fit & { scaleX: number } {
  const lh = o.lineHeight ?? 1.15;
  const floor = o.floorPx ?? 0;
  const width = (t: string) => measure(t, `${o.weight} 100px ${o.family}`) / 100;
  // Split at plain spaces only: a no-break space (inside a rank) holds its words together.
  const words = text.split(/ +/).filter(Boolean);
  let best = { score: -1, px: 0, scaleX: 1, lines: [text] };
  for (let k = 1; k <= Math.min(o.maxLines, Math.max(1, words.length)); k++) {
    const lines = bestSplit(words, k, width);
    const byHeight = o.heightPx / (k * lh);
    const byWidth = o.widthPx / (Math.max(...lines.map(width)) || 1);
    if (k > 1 && byHeight < floor) break;
    const px = Math.max(floor, Math.min(o.maxPx, byWidth, byHeight));
    const scaleX = Math.min(1, byWidth / px);
    // How wide the letters look: a narrowed text counts as smaller.
    const score = px * scaleX;
    if (score > best.score * 1.05) best = { score, px, scaleX, lines };
  }
  return {
    fontPx: Math.max(floor, Math.floor(best.px * 0.98 * 10) / 10),
    lines: best.lines,
    scaleX: Math.floor(best.scaleX * 100) / 100,
  };
}

/** True when an element's content spills out of its box. */
export const overflows = (el: HTMLElement) =>
  el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;

/**
 * After render: shrink any `selector` element that still overflows by 4 % steps, then mark the
 * document ready for printing (body[data-print-ready]; the PDF tests wait for it).
 */
export function useFitGuard(selector: string, deps: unknown[], ready: boolean) {
  useLayoutEffect(() => {
    if (!ready) return;
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      for (let i = 0; i < 30 && overflows(el); i++)
        el.style.fontSize = `${parseFloat(getComputedStyle(el).fontSize) * 0.96}px`;
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
