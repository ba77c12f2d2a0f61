/**
 * The HTML shell of the analyst's desk (`desk.html`): markup and styles, with the bundled app inlined by
 * `scripts/build-desk.mjs`. Everything the page needs is inside the one file: no request leaves it, and its
 * Content-Security-Policy says so to the browser (`default-src 'none'`; inline script and styles only; images only
 * from `data:` and `blob:`).
 *
 * @internal
 * @module
 */

/** The page's styles: screen and print. @internal */
export const DESK_CSS = `
:root { --ink:#1b1f24; --muted:#57606a; --line:#d0d7de; --bg:#f6f8fa; --accent:#0b5cad; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 "Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",system-ui,sans-serif; color: var(--ink); }
header { padding: 16px 24px; background: var(--bg); border-bottom: 1px solid var(--line); }
header h1 { margin: 0 0 4px; font-size: 20px; }
.offline { margin: 0; color: var(--muted); font-size: 13px; }
main { padding: 16px 24px 48px; max-width: 1400px; }
section { margin: 0 0 24px; }
h2 { font-size: 17px; margin: 0 0 8px; }
.drop { display: block; border: 2px dashed var(--line); border-radius: 8px; padding: 20px; text-align: center; cursor: pointer; }
.drop.over, .drop:focus-within { border-color: var(--accent); background: #eef5fc; }
.drop input { display: block; margin: 8px auto 0; }
.row { display: flex; flex-wrap: wrap; gap: 12px 20px; align-items: end; }
.row label { display: flex; flex-direction: column; font-size: 13px; color: var(--muted); gap: 2px; }
.row label.check { flex-direction: row; align-items: center; gap: 6px; }
select, input[type=date], button { font: inherit; padding: 4px 8px; }
button { border: 1px solid var(--line); background: #fff; border-radius: 6px; cursor: pointer; }
button:hover, button:focus-visible { border-color: var(--accent); }
:focus-visible { outline: 3px solid #f0b400; outline-offset: 2px; }
#status { min-height: 1.5em; color: var(--muted); }
#problems ol { margin: 0; padding-left: 1.5em; max-height: 320px; overflow: auto; }
#problems li.error { color: #a40e26; }
#problems li.warning { color: #7d4e00; }
#problems li.info { color: var(--muted); }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: var(--bg); position: sticky; top: 0; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.tone-achieved { color: #1a7f37; } .tone-good { color: #0b5cad; } .tone-warn { color: #7d4e00; }
.tone-behind, .tone-missed { color: #a40e26; } .tone-worse { color: #6e0a1e; } .tone-none { color: var(--muted); }
.summary { display: flex; flex-wrap: wrap; gap: 8px; margin: 0 0 8px; padding: 0; list-style: none; }
.summary li { background: var(--bg); border: 1px solid var(--line); border-radius: 6px; padding: 2px 10px; }
#chart svg { max-width: 100%; height: auto; }
.trends { display: flex; flex-wrap: wrap; gap: 12px; }
.trends figure { margin: 0; border: 1px solid var(--line); border-radius: 6px; padding: 4px; break-inside: avoid; }
[hidden] { display: none !important; }
@media print { header .offline, #input, #controls, #downloads { display: none; } th { position: static; } }
`;

/**
 * The page around the app: `lang` on the root, a strict Content-Security-Policy, the app's script inline.
 *
 * @param script - the bundled app (an IIFE), inlined as the page's only script
 * @returns the whole HTML document
 * @internal
 */
export function deskShell(script: string): string {
  // A `</script` inside the bundle would end the element early: escape it.
  const safe = script.replace(/<\/(script)/gi, "<\\/$1");
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; connect-src 'none'; form-action 'none'; base-uri 'none'">
<title>科技创新规划监测工作台 · S&amp;T plan monitoring desk</title>
<style>${DESK_CSS}</style>
</head>
<body>
<div id="app"><noscript>本页需要启用 JavaScript。This page needs JavaScript.</noscript></div>
<script>${safe}</script>
</body>
</html>
`;
}
