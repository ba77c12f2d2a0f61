/**
 * Each command's options: the one table `main.ts` gives node:util's `parseArgs`, and the type of the values each
 * command reads (`CommandContext<"report">["values"]`), so that a command reading an option it does not have, or a
 * misspelt one, does not compile.
 *
 * @internal
 * @module
 */

/** Options of every command. */
const COMMON = {
  help: { type: "boolean", short: "h" },
  lang: { type: "string" },
  "no-color": { type: "boolean" },
  plan: { type: "string" },
} as const;

/** The options of each command, as `parseArgs` takes them. @internal */
export const COMMAND_OPTIONS = {
  report: {
    ...COMMON,
    "as-of": { type: "string" },
    method: { type: "string" },
    region: { type: "string" },
    format: { type: "string" },
    out: { type: "string" },
    bom: { type: "boolean" },
    layout: { type: "string" },
    sheet: { type: "string" },
    view: { type: "string" },
  },
  validate: {
    ...COMMON,
    region: { type: "string" },
    layout: { type: "string" },
    sheet: { type: "string" },
    format: { type: "string" },
  },
  indicators: { ...COMMON, format: { type: "string" }, headline: { type: "boolean" }, bom: { type: "boolean" } },
  schema: { ...COMMON },
  desk: { ...COMMON, out: { type: "string" } },
  draft: {
    ...COMMON,
    out: { type: "string" },
    diff: { type: "string" },
    score: { type: "boolean" },
    review: { type: "string" },
    format: { type: "string" },
  },
  template: {
    ...COMMON,
    layout: { type: "string" },
    region: { type: "string" },
    years: { type: "string" },
    format: { type: "string" },
    out: { type: "string" },
  },
} as const;

/** A command's name. @internal */
export type CommandName = keyof typeof COMMAND_OPTIONS;

/** What `parseArgs` gives for an option: a string, or `true` for a flag; absent when not given. */
type ValueOf<O> = O extends { readonly type: "boolean" } ? boolean : string;

/**
 * The option values of a command (or, for a union of commands, of the options they all have), keyed by option
 * name. @internal
 */
export type OptionValues<C extends CommandName> = {
  readonly [K in keyof (typeof COMMAND_OPTIONS)[C]]?: ValueOf<(typeof COMMAND_OPTIONS)[C][K]>;
};
