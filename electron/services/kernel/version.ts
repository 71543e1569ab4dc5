/** Replaced at build time by scripts/build.mjs; the fallback serves tests run from source. */
declare const __THUKY_VERSION__: string | undefined;
export const APP_VERSION: string = typeof __THUKY_VERSION__ === 'string' ? __THUKY_VERSION__ : '0.1.0-dev';
