/**
 * Help texts of the CLI, in Chinese and English.
 *
 * @internal
 * @module
 */
import type { Lang } from "../report/types.js";
import { DESK_HELP } from "./desk.js";

type Texts = Readonly<Record<Lang, string>>;

const MAIN: Texts = {
  zh: `wuwei-sti-plan — 武威市“十四五”科技创新规划（武政办发〔2022〕9号）

用法：wuwei-sti-plan <命令> [选项]

命令：
  report [文件|-]     进展记分卡（给出 CSV/JSON 数据文件时），或规划目标与序时进度（不给文件时）
  validate <文件|->   检查数据文件，逐行列出问题
  indicators          指标目录：代码、名称、单位、方向、属性、口径、目标
  schema [plan]       一条上报数据（或整部规划）的 JSON Schema
  desk [--out 文件]   写出离线监测工作台（一个 HTML 文件，拖入数据即得记分卡）
  draft <文本文件>    从规划全文起草规划数据（JSON），列出待审核事项
  template            下发给县区的填报表（CSV 或 .xlsx）

通用选项：
  --lang zh|en        输出语言（默认 zh）
  --no-color          不使用颜色（也可设置环境变量 NO_COLOR）
  --plan 文件         使用写成 JSON 的另一部规划（例如“十五五”规划；格式见 schema plan），默认为内置的十四五规划
  -h, --help          显示帮助（wuwei-sti-plan <命令> --help 显示该命令的帮助）
  -v, --version       显示版本

口径：每个指标的数字是当年新增、累计新增（自基期年末起累计）或期末存量，见 indicators；数据文件可用“口径”列
或表头括号（2021年(累计)、2021年（当年）、数值(累计)）写明，读取时按指标自身口径精确换算。详见 report --help。

退出码：0 正常；1 数据有错误；2 用法错误（带 --format json 时，用法错误在标准错误上写成一行 JSON：
code、params、message）。
`,
  en: `wuwei-sti-plan — Wuwei City 14th Five-Year Plan for Science and Technology Innovation (武政办发〔2022〕9号)

Usage: wuwei-sti-plan <command> [options]

Commands:
  report [FILE|-]     progress scorecard (given a CSV or JSON data file), or the plan's targets and milestones (without)
  validate <FILE|->   check a data file and list its problems, one per line
  indicators          the indicator catalogue: id, names, unit, direction, attribute, basis (口径), targets
  schema [plan]       the JSON Schema of one reported figure (or of a whole plan)
  desk [--out FILE]   write the offline monitoring desk (one HTML file: drop a data file on it for the scorecard)
  draft <TEXT>        draft a plan as data (JSON) from its full text, with the items to review
  template            the form a city sends its counties to fill in (CSV or .xlsx)

Common options:
  --lang zh|en        output language (default zh)
  --no-color          no colours (so does the NO_COLOR environment variable)
  --plan FILE         use another plan written as JSON (the 15th plan, say; see schema plan) instead of the embedded one
  -h, --help          show help (wuwei-sti-plan <command> --help for a command)
  -v, --version       print the version

Basis (口径): each indicator's figures are new in the year (当年新增), a running total since the end of the base year
(累计新增) or the level at year end (期末存量), as indicators lists; a data file may state it in a 口径 / basis column
or in a header's brackets (2021年(累计), 2021年（当年）, 数值(累计)), and is converted exactly to the indicator's own.
See report --help.

Exit codes: 0 ok; 1 errors in the data; 2 usage errors (with --format json, one JSON line on stderr: code, params,
message).
`,
};

const REPORT: Texts = {
  zh: `用法：wuwei-sti-plan report [文件|-] [选项]

给出数据文件（CSV、TSV、JSON、JSON Lines 或 .xlsx，UTF-8、GBK/GB18030 或 UTF-16，长表或宽表；
- 表示从标准输入读取）时，校验数据并输出进展记分卡；
不给文件时，输出规划本身：每个目标的基期值、所需年均增速（复合）和逐年序时目标值（线性路径）。

选项：
  --as-of 日期        评估日期 YYYY-MM-DD（默认今天）
  --method 方法       schedule（序时进度，默认）| growth-ratio（增速比值）| projection（趋势外推）
  --region 地区       只看一个地区：wuwei 武威市、liangzhou 凉州区、minqin 民勤县、gulang 古浪县、tianzhu 天祝县；
                      文件中没有地区（无地区列、标题也未写明）的数据也算作这个地区
  --layout 版式       auto（默认，自动识别）| long（每行一个数据）| wide（每行一个指标、每年一列）
  --sheet 工作表      只读 .xlsx 的这个工作表（名称或序号，默认读所有可见工作表）
  --format 格式       text（默认）| markdown | csv | json | svg | html
                      | report（A4 评估报告 HTML）| pdf（评估报告 PDF，需无头浏览器和 --out）
                      | xlsx（工作簿：记分卡和数据问题两个工作表，需 --out）
                      报告各格式都附读取与校验情况（读入、使用、跳过、拒收的行及每个问题的位置）；
                      csv 另写 文件名.problems.csv
  --view 视图         scorecard（默认，逐项记分卡）| levels（分级记分卡：按省、市、县层级和地区汇总
                      状态与评估类别，各指标的地区排名（完成进度对比时间进度，领先与落后），地区 × 指标
                      热力表；格式 text、markdown、json、html、svg；需数据文件）
  --out 文件          写入文件而不是标准输出
  --bom               CSV 前加 BOM，便于 Excel 打开
  --lang zh|en        输出语言（默认 zh）
  --no-color          不使用颜色

累计目标一行的“最新值”是评估所用的累计数及其年份（如 累计 12 (2021-2023)），不是最后一年的数字。

口径：每个指标都有填报口径，说明一个数字的含义——当年新增（当年内新增的数量）、累计新增（自基期年末起的累计，
基期年为0，即“截至当年累计”）或期末存量（年末的水平；比重、强度为当年值）。indicators 和 template 列出每个指标的口径。
数据可逐行写明口径（“口径”“统计口径”“填报口径”“数据口径”或 basis 列：当年新增、本年新增、当年、累计、累计新增、
截至当年累计、期末、年末数、存量……），也可逐列写在表头括号里（2021年(累计)、2021年（当年）、2021年(期末)、
数值(累计)；数值(万元) 仍是单位，数值(累计,万元) 两者都有）；行内的口径优先于表头。写明的口径按指标自身口径精确换算
（累计逐年相减、当年新增逐年累加），同一组数据按哪种口径填报，评估结果都相同；没写明时按指标自身口径读取，
看起来像另一种口径的序列会给出警告。

数据有错误时，问题写到标准错误，记分卡只用有效数据，退出码为 1。
`,
  en: `Usage: wuwei-sti-plan report [FILE|-] [options]

Given a data file (CSV, TSV, JSON, JSON Lines or .xlsx; UTF-8, GBK/GB18030 or UTF-16; long or wide; - reads
standard input), validates it and prints the progress scorecard.
Without a file, prints the plan itself: each target's baseline, required compound annual growth and the value due
each year on the linear path.

Options:
  --as-of DATE        evaluation date YYYY-MM-DD (default: today)
  --method METHOD     schedule (default) | growth-ratio | projection
  --region ID         one region: wuwei, liangzhou, minqin, gulang, tianzhu; also the region of figures whose file
                      names none (no region column, none in the title)
  --layout LAYOUT     auto (default: found from the header) | long (a figure per row) | wide (a year per column)
  --sheet SHEET       read only this sheet of an .xlsx (name or number; default: every visible sheet)
  --format FORMAT     text (default) | markdown | csv | json | svg | html
                      | report (A4 evaluation report, HTML) | pdf (the report as PDF: a headless browser and --out)
                      | xlsx (a workbook: the scorecard and the data problems, needs --out)
                      Every format carries what was read (rows read, used, skipped, rejected, each problem's
                      place); csv writes them to FILE.problems.csv beside it
  --view VIEW         scorecard (default: a row per target) | levels (the scorecard by level: statuses and
                      classes by level — province, city, county — and by region, each indicator's regions
                      ranked by completion against time share with the leaders and laggards, and a region ×
                      indicator heat table; formats text, markdown, json, html, svg; needs a data file)
  --out FILE          write to FILE instead of standard output
  --bom               start CSV with a byte order mark, for Excel
  --lang zh|en        output language (default zh)
  --no-color          no colours

The latest-value cell of a cumulative target is the running total the judgement uses, with its years (total 12
(2021-2023)), not the last year's figure.

Basis (口径): every indicator says what one figure means — new in the year (当年新增), the running total since the
end of the base year (累计新增, 0 in that year: 截至当年累计) or the level at year end (期末存量; for a rate, the year's
value). indicators and template list each indicator's basis. A file may state it per row (a 口径, 统计口径, 填报口径,
数据口径 or basis column: 当年新增, 本年新增, 当年, 累计, 累计新增, 截至当年累计, 期末, 年末数, 存量, flow,
running-total, stock …) or per column in the header's brackets (2021年(累计), 2021年（当年）, 2021年(期末),
数值(累计); 数值(万元) stays a unit, 数值(累计,万元) is both); a row's own cell wins over its header. A stated basis is
converted exactly to the indicator's (running totals differenced, flows summed), so the same data in either
convention give the same assessment; without one, the indicator's own applies, and a series that looks like the
other reading is warned about.

When the data have errors, they go to standard error, the scorecard uses the valid figures, and the exit code is 1.
`,
};

const VALIDATE: Texts = {
  zh: `用法：wuwei-sti-plan validate <文件|-> [--region 地区] [--layout auto|long|wide] [--sheet 工作表] [--lang zh|en]

检查数据文件（CSV、TSV、JSON、JSON Lines 或 .xlsx，编码和版式自动识别；- 表示标准输入），每个问题一行，
带文件行号（工作簿为工作表和单元格）。跳过的标题行、空行、注释行和无数据单元格列为“提示”。
有错误时退出码为 1；只有警告或提示时为 0。
  --format json       输出 { observations, problems }，供其他程序使用
`,
  en: `Usage: wuwei-sti-plan validate <FILE|-> [--region ID] [--layout auto|long|wide] [--sheet SHEET] [--lang zh|en]

Checks a data file (CSV, TSV, JSON, JSON Lines or .xlsx; encoding and layout found from the bytes; - reads standard
input) and prints each problem on one line with its file line (sheet and cell for a workbook). Title lines, blank
lines, footnotes and cells without a figure that were skipped are listed as info.
Exits 1 when there are errors; warnings and info alone exit 0.
  --format json       print { observations, problems } for other programs
`,
};

const INDICATORS: Texts = {
  zh: `用法：wuwei-sti-plan indicators [--headline] [--format text|markdown|csv|json] [--bom] [--lang zh|en]

列出规划的指标：代码、中英文名称、单位、方向、属性、口径（当年新增、累计新增或期末存量）和目标。
  --headline          只列主要指标（表1）：中英文名称、单位、基期值、目标值、属性
  --bom               CSV 前加 BOM，便于 Excel 打开
`,
  en: `Usage: wuwei-sti-plan indicators [--headline] [--format text|markdown|csv|json] [--bom] [--lang zh|en]

Lists the plan's indicators: id, Chinese and English names, unit, direction, attribute, basis (new in the year,
running total since the base year or level at year end) and targets.
  --headline          the headline indicators only (Table 1): names, unit, baseline, target, attribute
  --bom               start CSV with a byte order mark, for Excel
`,
};

const SCHEMA: Texts = {
  zh: `用法：wuwei-sti-plan schema [observation|plan]

输出 JSON Schema：observation（默认）为一条上报数据（JSON 数组中的一个对象）；plan 为写成数据的整部规划
（例如用 JSON 写成的“十五五”规划）。
`,
  en: `Usage: wuwei-sti-plan schema [observation|plan]

Prints a JSON Schema: observation (the default) for one reported figure (an object of a JSON data file's array);
plan for a whole plan written as data (the 15th plan written as JSON, say).
`,
};

const DRAFT: Texts = {
  zh: `用法：wuwei-sti-plan draft <文本文件|-> [--out plan.json] [--review review.json] [--diff reviewed.json] [--score] [--format text|json] [--lang zh|en]

从规划全文（UTF-8 或 GB18030 纯文本）起草规划数据：元数据、章节、专栏与任务、指标表、正文中的目标，
每个数字带原文行号和引文。草稿 JSON 写到标准输出（或 --out 文件），待审核事项写到标准错误（或 --review 文件）。
  --diff 文件         列出审核后的规划相对草稿改了什么
  --score             草稿与 --plan 的规划（默认为内置的十四五规划）对照：各类内容的召回率和精确率
`,
  en: `Usage: wuwei-sti-plan draft <TEXT|-> [--out plan.json] [--review review.json] [--diff reviewed.json] [--score] [--format text|json] [--lang zh|en]

Drafts a plan as data from its full text (UTF-8 or GB18030 plain text): metadata, chapters, boxes and tasks,
indicator tables and the targets of the body, each figure with its line and quote. The draft (JSON) goes to
standard output (or --out FILE), the items to review to standard error (or --review FILE).
  --diff FILE         list what a reviewed plan changed against the draft
  --score             measure the draft against the --plan plan (default: the embedded 14th plan): recall and precision
`,
};

const TEMPLATE: Texts = {
  zh: `用法：wuwei-sti-plan template [--layout wide|long] [--region 地区] [--years 2021-2025] [--format csv|xlsx] [--out 文件]

输出下发给县区的填报表：该地区适用的每个指标、单位、口径（当年新增、累计新增或期末存量）、各年份的空白单元格
和填报说明（含各口径的含义）。手头数据是另一种口径时，改写该行的“口径”即可，读取时精确换算。
填好的表可直接用 validate 和 report 读取，无需任何选项。

选项：
  --layout 版式       wide（默认：每行一个指标、每年一列）| long（每行一个数据）
  --region 地区       地区（默认武威市）：wuwei、liangzhou、minqin、gulang、tianzhu，或其名称
  --years 年份        起止年份，如 2021-2025（默认规划期）
  --format 格式       csv（默认，带 BOM，Excel 可直接打开）| xlsx（需要 --out）
  --out 文件          写入文件而不是标准输出
  --lang zh|en        表头和说明的语言（默认 zh）
`,
  en: `Usage: wuwei-sti-plan template [--layout wide|long] [--region ID] [--years 2021-2025] [--format csv|xlsx] [--out FILE]

Prints the form a city sends its counties: every indicator that applies to the region, its unit, its basis (new in
the year, running total since the base year or level at year end), an empty cell per year, and instructions (what
each basis means). Figures kept in another basis: change the row's basis; they are converted exactly when read. A filled-in form reads back with validate and report, no options needed.

Options:
  --layout LAYOUT     wide (default: an indicator per row, a year per column) | long (a figure per row)
  --region ID         the region (default: the city): wuwei, liangzhou, minqin, gulang, tianzhu, or its name
  --years YEARS       first and last year, such as 2021-2025 (default: the plan period)
  --format FORMAT     csv (default, with a byte order mark for Excel) | xlsx (needs --out)
  --out FILE          write to FILE instead of standard output
  --lang zh|en        language of the headers and instructions (default zh)
`,
};

/** The help of a command, or the main help. @internal */
export function helpText(command: string | undefined, lang: Lang): string {
  const texts: Texts =
    command === "report"
      ? REPORT
      : command === "validate"
        ? VALIDATE
        : command === "indicators"
          ? INDICATORS
          : command === "schema"
            ? SCHEMA
            : command === "desk"
              ? DESK_HELP
              : command === "draft"
                ? DRAFT
                : command === "template"
                  ? TEMPLATE
                  : MAIN;
  return texts[lang];
}
