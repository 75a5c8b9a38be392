// Types for the generated standalone validator (scripts/build-validators.mjs writes the .js).

/** One Ajv error: where in the value (a JSON Pointer), which keyword failed, and its parameters. */
export interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
  /** Set when the error is about a property's name (propertyNames), not its value. */
  propertyName?: string;
}

/** definition.schema.json compiled ahead of time: true when the value matches; errors otherwise. */
export interface SchemaValidator {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}

export const validate: SchemaValidator;
export default validate;
