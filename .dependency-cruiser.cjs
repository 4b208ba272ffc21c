/**
 * The directions imports may take, checked by `npm test` (`depcruise src scripts --config .dependency-cruiser.cjs`).
 * Data flows one way: boundary (read, validate) → src/core (pure analysis) → the Briefing model → pages, share
 * cards, feeds. Type-only imports count: a circle of types is still a circle a reader has to untangle.
 * `.astro` files are not read (dependency-cruiser has no Astro parser), so their imports go unchecked.
 */
/** Packages that tie code to Astro, the renderer of share images or the search index. */
const FRAMEWORK = '^astro(:|/|$)|(^|/)node_modules/(astro|@astrojs/[^/]+|satori|@resvg/[^/]+|pagefind)/';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import circles: move what both modules share into a module both import.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-stays-inside',
      comment: 'src/core is the pure analysis: it imports only itself and plain libraries, nothing else of the project.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^(src|scripts|test)/', pathNot: '^src/core/' },
    },
    {
      name: 'core-is-pure',
      comment: 'src/core imports no Astro, no satori or resvg, no pagefind: it runs anywhere, outside a build too.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: FRAMEWORK },
    },
    {
      name: 'core-no-node-builtins',
      comment: 'src/core imports no node built-ins (node:fs, node:path, ...): the caller reads and writes.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'boundary-looks-down',
      comment: 'src/boundary reads and validates input for the core; it knows nothing of the site, views or cards.',
      severity: 'error',
      from: { path: '^src/boundary/' },
      to: { path: '^src/(site|og|format|pages|components|layouts|integration)/' },
    },
    {
      name: 'format-is-a-leaf',
      comment: 'src/format holds small formatters (dates, URLs, excerpts, escaping, CSP): of the project it may read only the core.',
      severity: 'error',
      from: { path: '^src/format/' },
      to: { path: '^src/', pathNot: '^src/(format|core)/' },
    },
    {
      name: 'pages-sit-on-top',
      comment:
        'Views, page keys, cards and formatters serve the pages: they never import a page, component or layout (the site data reads what the build hands over, src/integration).',
      severity: 'error',
      from: { path: '^src/(site|og|format)/' },
      to: { path: '^src/(pages|components|layouts)/' },
    },
    {
      name: 'card-template-takes-content',
      comment: 'src/og/template draws card content (og/card-content.ts); of the core it may read only the model types.',
      severity: 'error',
      from: { path: '^src/og/template/' },
      to: { path: '^src/core/', pathNot: '^src/core/model\\.ts$' },
    },
    {
      name: 'nothing-imports-tests',
      comment: 'Tests and their helpers are not part of the product.',
      severity: 'error',
      from: { path: '^(src|scripts)/' },
      to: { path: '^test/' },
    },
    {
      name: 'src-does-not-import-scripts',
      comment: 'scripts/ are entry points that use src/; src/ never reaches back into them.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^scripts/' },
    },
    {
      name: 'imports-resolve',
      comment: 'Every import resolves, so no dependency escapes these rules (Astro virtual modules excepted).',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: '^astro:' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    // Packages such as astro expose their entry points only through `exports`.
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
