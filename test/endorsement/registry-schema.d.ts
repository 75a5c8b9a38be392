/** Served by scripts/trusted-publishers.mjs: registry.schema.json compiled by Ajv (formats included) when the test runs. */
declare module 'ldc-registry-schema' {
  const validate: ((data: unknown) => boolean) & { errors?: unknown[] | null };
  export default validate;
}
