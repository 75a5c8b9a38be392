/** Served by scripts/all-stories-plugin.mjs: every stories file, keyed by its path. */
declare module 'ldc-all-stories' {
  const modules: Record<string, Record<string, unknown>>;
  export default modules;
}
