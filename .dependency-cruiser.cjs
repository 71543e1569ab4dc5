/**
 * The architecture rules of ThuKy (issue #10, /work/shared/ARCHITECTURE.md). Checked by `npm run lint`
 * and by tests/unit/system-architecture.test.ts. Areas are the folders under electron/services/ (one per
 * contract area); kernel/ is plumbing with no area logic.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'area-through-index',
      comment: "An area uses another area only through that area's index.ts (what it chose to share).",
      severity: 'error',
      from: { path: '^electron/services/([^/]+)/' },
      to: {
        path: '^electron/services/[^/]+/',
        pathNot: ['^electron/services/$1/', '^electron/services/kernel/', '^electron/services/[^/]+/index\\.ts$'],
      },
    },
    {
      name: 'kernel-imports-no-area',
      comment: 'kernel/ is plumbing: it knows no area.',
      severity: 'error',
      from: { path: '^electron/services/kernel/' },
      to: { path: '^electron/services/(?!kernel/)' },
    },
    {
      name: 'services-not-core',
      comment: 'electron/core is the composition root: services never import it (handler types are in shared/api/).',
      severity: 'error',
      from: { path: '^electron/services/' },
      to: { path: '^electron/core/' },
    },
    {
      name: 'electron-only-in-main-and-preload',
      comment: 'Only electron/main and electron/preload import Electron; the core also runs as the HTTP host.',
      severity: 'error',
      from: { pathNot: '^electron/(main|preload)/' },
      to: { path: ['^electron$', '(^|/)node_modules/electron/'] },
    },
    {
      name: 'renderer-not-db-or-electron',
      comment: 'The renderer reaches the core only through the API (shared/api): never db/ or electron/.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^(db|electron)/' },
    },
    {
      name: 'shared-and-db-stay-below',
      comment: 'shared/ and db/ are lower layers: they import no electron/ or renderer/ code.',
      severity: 'error',
      from: { path: '^(shared|db)/' },
      to: { path: '^(electron|renderer)/' },
    },
    {
      name: 'no-value-cycles',
      comment: 'No cycle of value imports (type-only imports vanish at run time and may loop).',
      severity: 'error',
      from: { path: '^(shared|db|electron|renderer)/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'Every import resolves (a typo in a moved path fails here, not at run time).',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^dist/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
