/**
 * `wuwei-sti-plan desk`: write the analyst's desk, the one-file offline page built into `dist/desk.html`, to a
 * file (or standard output). With `--plan FILE`, the page opens with that plan instead of the embedded one.
 *
 * @internal
 * @module
 */
import { fileURLToPath } from "node:url";
import type { Lang } from "../report/types.js";
import type { CommandContext } from "./context.js";
import { UsageError } from "./usage.js";

const t = (lang: Lang, zh: string, en: string) => (lang === "zh" ? zh : en);

/** The help of `desk`. @internal */
export const DESK_HELP: Readonly<Record<Lang, string>> = {
  zh: `用法：wuwei-sti-plan desk [--out 文件] [--plan 文件]

写出“监测工作台”：一个独立的 HTML 文件，用浏览器直接打开即可使用，不需要服务器，也不联网。
把填好的数据文件（CSV、TSV、JSON）拖进页面，即可查看数据问题、记分卡（可按地区、状态、章节、约束性筛选，
可选评估方法和评估日期）和图表，并下载 HTML、CSV、JSON 格式的报告。数据只在本机浏览器中处理。
  --out 文件          写入文件（默认写到标准输出）
  --plan 文件         页面打开时使用这部写成 JSON 的规划
`,
  en: `Usage: wuwei-sti-plan desk [--out FILE] [--plan FILE]

Writes the monitoring desk: one self-contained HTML file that works when opened in a browser, with no server and
no network. Drop a filled-in data file (CSV, TSV, JSON) on the page to see its problems, the scorecard (filtered by
region, status, chapter or binding indicators, for a chosen method and as-of date) and the chart, and download the
report as HTML, CSV or JSON. The data never leave the browser.
  --out FILE          write to FILE (default: standard output)
  --plan FILE         open the page with this plan, written as JSON
`,
};

/** The built page: `desk.html` beside the built CLI (`dist/`). */
const PAGE = new URL("./desk.html", import.meta.url);

/** Write the desk page; with `--plan`, the plan goes into the page as JSON that the app reads on start. @internal */
export async function deskCommand(ctx: CommandContext<"desk">): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = await ctx.io.readFile(fileURLToPath(PAGE));
  } catch {
    throw new UsageError("desk-page-missing", {});
  }
  let page = new TextDecoder().decode(bytes);
  if (typeof ctx.values["plan"] === "string") {
    // The plan was checked by `--plan` already; `<` is escaped so the JSON cannot end the script element.
    const json = JSON.stringify(ctx.plan).replace(/</g, "\\u003c");
    page = page.replace("<script>", () => `<script type="application/json" id="desk-plan">${json}</script>\n<script>`);
  }
  const out = ctx.values["out"];
  if (typeof out === "string") {
    try {
      await ctx.io.writeFile(out, page);
    } catch {
      throw new UsageError("cannot-write", { path: out, reason: null });
    }
    ctx.io.stderr(t(ctx.lang, `已写入 ${out}\n`, `wrote ${out}\n`));
  } else ctx.io.stdout(page);
  return 0;
}
