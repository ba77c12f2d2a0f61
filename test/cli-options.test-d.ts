/**
 * Each command reads its options from a typed bag made from the one table main.ts parses with (issue 11): an option
 * a command does not take, or a misspelt one, does not compile; flags are booleans and the rest strings.
 */
import { describe, expectTypeOf, it } from "vitest";
import type { CommandContext } from "../src/cli/context.js";
import type { CommandName, OptionValues } from "../src/cli/options.js";

describe("CLI option values", () => {
  it("are typed per command: strings for options with a value, booleans for flags, absent when not given", () => {
    expectTypeOf<OptionValues<"report">["as-of"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<OptionValues<"report">["bom"]>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<OptionValues<"indicators">["headline"]>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<OptionValues<"template">["years"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<CommandContext<"draft">["values"]["score"]>().toEqualTypeOf<boolean | undefined>();
  });

  it("have exactly the command's options, and the common ones", () => {
    expectTypeOf<keyof OptionValues<"schema">>().toEqualTypeOf<"help" | "lang" | "no-color" | "plan">();
    expectTypeOf<keyof OptionValues<"desk">>().toEqualTypeOf<"help" | "lang" | "no-color" | "plan" | "out">();
    expectTypeOf<CommandName>().toEqualTypeOf<
      "report" | "validate" | "indicators" | "schema" | "desk" | "draft" | "template"
    >();
  });

  it("do not compile for an option the command lacks or a misspelt one", () => {
    const report = (ctx: CommandContext<"report">) => {
      // @ts-expect-error misspelt: the option is --as-of
      ctx.values["asof"];
      return ctx.values["as-of"];
    };
    const validate = (ctx: CommandContext<"validate">) => {
      // @ts-expect-error validate takes no --as-of
      ctx.values["as-of"];
      // @ts-expect-error validate writes to standard output only: no --out
      ctx.values["out"];
      return ctx.values["sheet"];
    };
    expectTypeOf(report).returns.toEqualTypeOf<string | undefined>();
    expectTypeOf(validate).returns.toEqualTypeOf<string | undefined>();
  });

  it("of several commands are the options they share", () => {
    expectTypeOf<keyof OptionValues<"report" | "validate">>().toEqualTypeOf<
      "help" | "lang" | "no-color" | "plan" | "region" | "layout" | "sheet" | "format"
    >();
  });
});
