import { z } from 'zod';

type Undefault<S> = S extends z.ZodDefault<infer I> ? I : S;
export type PatchShape<T extends z.ZodRawShape> = { [K in keyof T]: z.ZodOptional<Undefault<T[K]>> };

/**
 * A patch schema: every field optional and WITHOUT its default. (zod 4's `.partial()` keeps
 * `.default()`, so a missing key would be filled with "" and blank the stored value.)
 * @example const ConferencePatch = patchOf(ConferenceFields);
 */
export function patchOf<T extends z.ZodRawShape>(schema: z.ZodObject<T>): z.ZodObject<PatchShape<T>> {
  const shape: Record<string, z.ZodType> = {};
  for (const [k, v] of Object.entries(schema.shape)) {
    const inner = v instanceof z.ZodDefault ? (v.unwrap() as z.ZodType) : (v as z.ZodType);
    shape[k] = inner.optional();
  }
  return z.object(shape) as unknown as z.ZodObject<PatchShape<T>>;
}
