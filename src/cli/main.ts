/**
 * The `wuwei-sti-plan` command line. `main` takes the arguments and everything it touches outside itself (streams,
 * files, the terminal, the environment, today's date) so that tests can run it in-process; `bin.ts` wires it to
 * the real process. The CLI is the one place that reads the clock: the library's functions take `asOf`.
 *
 * @internal
 * @module
 */
import { parseArgs } from "node:util";
import { closest } from "../internal/closest.js";
import type { Plan } from "../model/definePlan.js";
import { wuwei14 } from "../plans/wuwei14/index.js";
import type { Lang } from "../report/types.js";
import type { CliIo, CommandContext } from "./context.js";
import { COMMAND_OPTIONS, type CommandName } from "./options.js";
import { fileFailure, UsageError } from "./usage.js";

export type { CliIo } from "./context.js";

// Each command's code is loaded only when it runs (a chunk of its own in the built CLI): a cold `report` never
// evaluates the drafter, the desk, the workbook writer or zod.
const reportCommand = async (ctx: CommandContext<"report">) => (await import("./commands.js")).reportCommand(ctx);
const validateCommand = async (ctx: CommandContext<"validate">) => (await import("./commands.js")).validateCommand(ctx);
const indicatorsCommand = async (ctx: CommandContext<"indicators">) =>
  (await import("./commands.js")).indicatorsCommand(ctx);
const schemaCommand = async (ctx: CommandContext<"schema">) => (await import("./commands.js")).schemaCommand(ctx);
const deskCommand = async (ctx: CommandContext<"desk">) => (await import("./desk.js")).deskCommand(ctx);
const draftCommand = async (ctx: CommandContext<"draft">) => (await import("./draft.js")).draftCommand(ctx);
const templateCommand = async (ctx: CommandContext<"template">) => (await import("./template.js")).templateCommand(ctx);
const helpText = async (command: string | undefined, lang: Lang) => (await import("./help.js")).helpText(command, lang);

declare const __PKG_VERSION__: string;

const COMMANDS = {
  report: { options: COMMAND_OPTIONS.report, maxPositionals: 1, run: reportCommand },
  validate: { options: COMMAND_OPTIONS.validate, maxPositionals: 1, run: validateCommand },
  indicators: { options: COMMAND_OPTIONS.indicators, maxPositionals: 0, run: indicatorsCommand },
  schema: { options: COMMAND_OPTIONS.schema, maxPositionals: 1, run: schemaCommand },
  desk: { options: COMMAND_OPTIONS.desk, maxPositionals: 0, run: deskCommand },
  draft: { options: COMMAND_OPTIONS.draft, maxPositionals: 1, run: draftCommand },
  template: { options: COMMAND_OPTIONS.template, maxPositionals: 0, run: templateCommand },
} as const satisfies { readonly [C in CommandName]: Command<C> };

/** A command: its options, how many file arguments it takes, and its code. */
interface Command<C extends CommandName> {
  readonly options: (typeof COMMAND_OPTIONS)[C];
  readonly maxPositionals: number;
  readonly run: (ctx: CommandContext<C>) => Promise<number>;
}

/** The `--lang` of the arguments, read before anything else so that even usage errors speak it. */
function langOf(argv: readonly string[]): Lang | string {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--lang") return argv[i + 1] ?? "";
    if (arg.startsWith("--lang=")) return arg.slice("--lang=".length);
  }
  return "zh";
}

/** The commands whose `--format json` makes usage errors JSON too. */
const JSON_COMMANDS: ReadonlySet<string> = new Set(["report", "validate", "indicators", "draft"]);

/** Whether the arguments ask for `--format json` (read from the arguments, as a parse error leaves no values). */
function jsonAsked(args: readonly string[]): boolean {
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "--") break;
    if (arg === "--format") json = args[++i] === "json";
    else if (arg.startsWith("--format=")) json = arg === "--format=json";
  }
  return json;
}

/** Run the CLI; returns the exit code (0 ok, 1 data errors, 2 usage errors). @internal */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const requested = langOf(argv);
  const lang: Lang = requested === "en" ? "en" : "zh";
  const usage = (error: UsageError, command?: string) => {
    // A --lang that is neither zh nor en is told in English: the user did not ask for Chinese.
    const message = error.text(error.code === "bad-lang" ? "en" : lang);
    if (command !== undefined && JSON_COMMANDS.has(command) && jsonAsked(argv)) {
      io.stderr(`${JSON.stringify({ code: error.code, params: error.params, message })}\n`);
      return 2;
    }
    const hint =
      lang === "zh"
        ? `运行 wuwei-sti-plan ${command ? `${command} ` : ""}--help 查看用法。`
        : `Run wuwei-sti-plan ${command ? `${command} ` : ""}--help for usage.`;
    io.stderr(`wuwei-sti-plan: ${message}\n${hint}\n`);
    return 2;
  };
  if (requested !== "zh" && requested !== "en") {
    return usage(new UsageError("bad-lang", { value: requested }));
  }

  const [first, ...rest] = argv;
  if (first === undefined || first === "-h" || first === "--help") {
    io.stdout(await helpText(undefined, lang));
    return 0;
  }
  if (first === "-v" || first === "--version") {
    io.stdout(`${__PKG_VERSION__}\n`);
    return 0;
  }
  if (!Object.hasOwn(COMMANDS, first)) {
    if (first.startsWith("-")) {
      // Common options before the command (`--lang en report …`) move after it.
      const lead: string[] = [];
      let i = 0;
      while (i < argv.length) {
        const arg = argv[i] ?? "";
        if (arg === "--lang") {
          lead.push(arg, argv[i + 1] ?? "");
          i += 2;
        } else if (arg.startsWith("--lang=") || arg === "--no-color") {
          lead.push(arg);
          i += 1;
        } else break;
      }
      if (lead.length > 0) {
        if (i >= argv.length) {
          io.stdout(await helpText(undefined, lang));
          return 0;
        }
        return main([...argv.slice(i), ...lead], io);
      }
      return usage(new UsageError("unknown-option", { option: first, suggestions: [] }));
    }
    return usage(
      new UsageError("unknown-command", { command: first, suggestions: closest(first, Object.keys(COMMANDS)) }),
    );
  }

  const name = first as CommandName;
  const command = COMMANDS[name];
  const parsed = tryParse(rest, command.options);
  if (parsed instanceof UsageError) return usage(parsed, name);
  if (parsed.values["help"]) {
    io.stdout(await helpText(name, lang));
    return 0;
  }
  if (parsed.positionals.length > command.maxPositionals) {
    const extra = parsed.positionals.slice(command.maxPositionals);
    return usage(new UsageError("unexpected-argument", { arguments: extra }), name);
  }
  try {
    const planFile = parsed.values["plan"];
    let plan: Plan = wuwei14;
    if (typeof planFile === "string") {
      const loaded = await loadPlan(planFile, io, lang);
      if (loaded === null) return 1;
      plan = loaded;
    }
    // parseArgs was given this command's own options (strict), so its values have this command's shape.
    const run = command.run as (ctx: CommandContext) => Promise<number>;
    return await run({ io, plan, lang, values: parsed.values, positionals: parsed.positionals });
  } catch (error) {
    if (error instanceof UsageError) return usage(error, name);
    throw error;
  }
}

/**
 * Read a plan written as JSON (`--plan FILE`) and check it with `safeDefinePlan`. Every problem goes to stderr with
 * its path; `null` means the plan is unusable (exit 1). A file that cannot be read is a usage error.
 */
async function loadPlan(path: string, io: CliIo, lang: Lang): Promise<Plan | null> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    throw new UsageError("cannot-read", { path, reason: fileFailure(error) });
  }
  let input: unknown;
  try {
    input = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, ""));
  } catch (error) {
    const reason = (error as Error).message;
    io.stderr(
      lang === "zh"
        ? `${path}：不是 UTF-8 编码的有效 JSON（${reason}）\n`
        : `${path}: not valid JSON in UTF-8 (${reason})\n`,
    );
    return null;
  }
  const { safeDefinePlan } = await import("../model/definePlan.js");
  const result = safeDefinePlan(input);
  if (result.success) return result.plan;
  const lines = result.issues.map(
    (issue) => `${path}: ${issue.code}: ${issue.path.join(".") || "(root)"}: ${issue.message[lang]}`,
  );
  const count = result.issues.length;
  lines.push(
    lang === "zh"
      ? `${path}：规划数据有 ${count} 个问题，无法使用`
      : `${path}: ${count} problem${count === 1 ? "" : "s"} in the plan; it cannot be used`,
  );
  io.stderr(`${lines.join("\n")}\n`);
  return null;
}

type Parsed = { values: Record<string, string | boolean | undefined>; positionals: string[] };

function tryParse(
  args: readonly string[],
  options: Record<string, { type: "string" | "boolean"; short?: string }>,
): Parsed | UsageError {
  try {
    const { values, positionals } = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
    return { values: values as Parsed["values"], positionals };
  } catch (error) {
    return parseError(error as Error & { code?: string }, Object.keys(options));
  }
}

/**
 * node:util's parseArgs speaks English only and names its own workarounds ("place it at the end of the command
 * after '--'"); say what went wrong in the user's language instead, with the closest known option.
 */
function parseError(error: Error & { code?: string }, known: readonly string[]): UsageError {
  const option = /'(-[^' ]+)/.exec(error.message)?.[1];
  if (option === undefined) return new UsageError("bad-arguments", { detail: error.message });
  if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const suggestions = closest(option.replace(/^-+/, ""), known).map((name) => `--${name}`);
    return new UsageError("unknown-option", { option, suggestions });
  }
  if (error.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    // "argument missing" at the end; "argument is ambiguous" when another option follows (`--as-of --lang en`).
    return / argument (missing|is ambiguous)/.test(error.message)
      ? new UsageError("missing-value", { option })
      : new UsageError("unexpected-value", { option });
  }
  return new UsageError("bad-arguments", { detail: error.message });
}
