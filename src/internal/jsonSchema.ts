import * as z from "zod";

/**
 * A JSON Schema (draft 2020-12) generated from a zod schema, with the package's `$id`, a title and a description
 * placed after `$schema`.
 *
 * @internal
 */
export function toJsonSchema(
  schema: z.ZodType,
  meta: {
    readonly file: string;
    readonly title: string;
    readonly description: string;
    readonly io?: "input" | "output";
  },
): Record<string, unknown> {
  const generated = z.toJSONSchema(schema, { target: "draft-2020-12", io: meta.io ?? "output" }) as Record<
    string,
    unknown
  >;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: `https://unpkg.com/@wuwei/sti-plan/schemas/${meta.file}`,
    title: meta.title,
    description: meta.description,
    ...rest,
  };
}
