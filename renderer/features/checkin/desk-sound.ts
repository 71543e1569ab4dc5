/** Short beeps for the desk (switchable): one high for a check-in, two mid for a repeat, low for unknown. */
const KEY = 'thuky.desk.sound';
export const soundOn = () => localStorage.getItem(KEY) !== 'off';
export const setSoundOn = (on: boolean) => localStorage.setItem(KEY, on ? 'on' : 'off');

let ctx: AudioContext | null = null;

/**
 * Opens the audio output when the desk opens: creating it takes 60–130 ms of the page's main thread,
 * which the first person scanned would otherwise wait for before the green card shows.
 */
export function warmUpSound() {
  if (!soundOn() || ctx) return;
  try {
    ctx = new AudioContext();
  } catch {
    /* no audio device: silent */
  }
}

export function beep(tone: 'ok' | 'repeat' | 'error') {
  if (!soundOn()) return;
  try {
    ctx ??= new AudioContext();
    // Opened before any key was pressed, the browser may hold it until a gesture (a scan is one).
    if (ctx.state === 'suspended') void ctx.resume();
    const plan =
      tone === 'ok'
        ? [[880, 0]]
        : tone === 'repeat'
          ? [
              [660, 0],
              [660, 0.16],
            ]
          : [[220, 0]];
    for (const [f, at] of plan) {
      const o = ctx.createOscillator();
      const g = ctx.createGain();
      o.frequency.value = f;
      g.gain.value = 0.15;
      o.connect(g).connect(ctx.destination);
      o.start(ctx.currentTime + at);
      o.stop(ctx.currentTime + at + (tone === 'error' ? 0.35 : 0.12));
    }
  } catch {
    /* no audio device: silent */
  }
}
