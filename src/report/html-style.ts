/** The report's stylesheet: system fonts only (no network), light and dark themes from the OS setting. */
export const HTML_STYLE = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --border: #d1d9e0; --panel: #f6f8fa; --hit: #fff8c5;
  --handled: #1a7f37; --unhandled: #cf222e; --dead-handler: #6e7781; --client-local: #9a6700;
  --library: #0969da; --contract-only: #8250df; --accent: #0969da;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --border: #3d444d; --panel: #151b23; --hit: #3b2e00;
    --handled: #3fb950; --unhandled: #f85149; --dead-handler: #9198a1; --client-local: #d29922;
    --library: #4493f8; --contract-only: #ab7df8; --accent: #4493f8;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 14px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; }
main { max-width: 1400px; margin: 0 auto; padding: 16px 24px 48px; }
h1 { font-size: 1.6em; margin: 0.3em 0; }
h2 { font-size: 1.3em; border-bottom: 1px solid var(--border); padding-bottom: 4px; margin-top: 2em; }
h3 { font-size: 1em; margin: 1em 0 0.4em; }
h4 { font-size: 0.95em; margin: 0.8em 0 0.3em; }
code, pre, .flow-diagram text { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; }
code { font-size: 0.92em; overflow-wrap: anywhere; }
a { color: var(--accent); }
.muted { color: var(--muted); }
.note { margin: 0.3em 0; }
.roots { color: var(--muted); margin: 0; }
.s-handled { --status: var(--handled); }
.s-unhandled { --status: var(--unhandled); }
.s-dead-handler { --status: var(--dead-handler); }
.s-client-local { --status: var(--client-local); }
.s-library { --status: var(--library); }
.s-contract-only { --status: var(--contract-only); }
.badge { display: inline-block; padding: 0 8px; border-radius: 10px; border: 1px solid var(--status); color: var(--status); font-size: 0.85em; white-space: nowrap; }
.tag { display: inline-block; padding: 0 6px; border-radius: 4px; background: var(--panel); border: 1px solid var(--border); font-size: 0.8em; color: var(--muted); }
.figure-groups { display: flex; flex-wrap: wrap; column-gap: 32px; row-gap: 4px; }
.figure-group { margin-bottom: 8px; }
.figures { display: flex; flex-wrap: wrap; gap: 8px; margin: 0; }
.figure { display: flex; flex-direction: column-reverse; min-width: 108px; padding: 4px 10px; border: 1px solid var(--border); border-radius: 6px; background: var(--panel); }
.figure dt { color: var(--muted); font-size: 0.85em; }
.figure dd { margin: 0; font-size: 1.4em; font-weight: 600; }
.figure.gap dd { color: var(--unhandled); }
.coverage { display: flex; align-items: center; gap: 8px; margin-top: 6px; }
.bar { flex: 0 0 220px; height: 10px; border-radius: 5px; background: color-mix(in srgb, var(--unhandled) 35%, var(--panel)); overflow: hidden; }
.bar span { display: block; height: 100%; background: var(--handled); }
.bar-text { font-size: 0.85em; color: var(--muted); white-space: nowrap; }
table { border-collapse: collapse; }
th, td { text-align: left; padding: 4px 10px; border-bottom: 1px solid var(--border); vertical-align: top; }
td.number { text-align: right; font-variant-numeric: tabular-nums; }
.category-coverage td .coverage { margin: 0; }
.flow { overflow-x: auto; border: 1px solid var(--border); border-radius: 6px; padding: 8px; background: var(--panel); }
.flow-diagram { display: block; }
.flow-diagram text { font-size: 12px; fill: var(--fg); dominant-baseline: central; }
.flow-diagram .column-title { font-weight: 700; fill: var(--muted); dominant-baseline: auto; }
.flow-diagram .category { fill: var(--muted); font-style: italic; }
.flow-diagram .node { cursor: pointer; outline: none; }
.flow-diagram .node rect { fill: var(--bg); stroke: var(--border); stroke-width: 1; }
.flow-diagram .node.event rect { stroke: var(--status); stroke-width: 1.5; }
.flow-diagram .node.s-unhandled rect { stroke-width: 2.5; }
.flow-diagram .node.s-dead-handler rect { stroke-dasharray: 4 3; }
.flow-diagram .node:focus-visible rect { stroke: var(--accent); stroke-width: 3; }
.flow-diagram .edge { fill: none; stroke: var(--status); stroke-width: 1.5; opacity: 0.75; }
.flow-diagram .edge.client { stroke-dasharray: 6 4; }
.flow-diagram .arrowhead { fill: var(--status); }
.flow-diagram.focused .edge, .flow-diagram.focused .node { opacity: 0.18; }
.flow-diagram.focused .lit { opacity: 1; }
.flow-diagram .edge.lit { stroke-width: 3; }
.flow-diagram .node.lit rect { stroke-width: 3; }
.flow-diagram .node.filtered { opacity: 0.3; }
.legend { display: flex; flex-wrap: wrap; gap: 14px; margin: 6px 0; font-size: 0.9em; }
.legend span::before { content: ""; display: inline-block; width: 18px; height: 0; border-top: 3px solid var(--status); margin-right: 6px; vertical-align: middle; }
.legend .client::before { border-top-style: dashed; border-top-color: var(--muted); }
.controls { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; margin: 8px 0; }
.controls[hidden] { display: none; }
.controls select, .controls input { font: inherit; color: inherit; background: var(--bg); border: 1px solid var(--border); border-radius: 4px; padding: 2px 6px; }
.events-table th button.sort { font: inherit; font-weight: 600; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; }
.events-table th[aria-sort="ascending"] button.sort::after { content: " ▲"; }
.events-table th[aria-sort="descending"] button.sort::after { content: " ▼"; }
.events-table tr.selected td { background: var(--hit); }
.event-detail { border: 1px solid var(--border); border-radius: 6px; margin: 6px 0; padding: 4px 10px; }
.event-detail[open] { background: var(--panel); }
.event-detail.selected { outline: 2px solid var(--accent); }
.event-detail summary { cursor: pointer; }
.sites { list-style: none; padding: 0; margin: 0; }
.site { margin: 6px 0 10px; }
.site-facts { color: var(--muted); font-size: 0.9em; }
.rule { font-size: 0.85em; }
.snippet { margin: 4px 0 0; padding: 6px 0; background: var(--bg); border: 1px solid var(--border); border-radius: 4px; overflow-x: auto; font-size: 12px; line-height: 1.45; tab-size: 4; }
.snippet .line { display: block; padding-right: 10px; white-space: pre; }
.snippet .line.hit { background: var(--hit); }
.snippet .ln { display: inline-block; width: 4.5em; padding-right: 1em; text-align: right; color: var(--muted); user-select: none; }
footer { margin-top: 3em; color: var(--muted); font-size: 0.85em; }
`;
