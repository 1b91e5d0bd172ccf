import Table from 'cli-table3';

const NOT_MEASURED = 'n/a';
/** Plain borders and headings: the table is also pasted into docs and CI logs. */
const STYLE = { head: [], border: [] };

function cell(value, suffix = '') {
  return value === null || value === undefined ? NOT_MEASURED : `${value}${suffix}`;
}

function toolRow(label, measured, ratios) {
  if (!measured) return [label, NOT_MEASURED, NOT_MEASURED, NOT_MEASURED, NOT_MEASURED, NOT_MEASURED, NOT_MEASURED];
  return [
    label,
    cell(measured.median, ' s'),
    cell(ratios.toRipgrep, 'x'),
    cell(ratios.toAstGrep, 'x'),
    cell(measured.filesPerSecond),
    cell(measured.mbPerSecond),
    cell(measured.peakRssMb, ' MB'),
  ];
}

/** The benchmark's results as tables on stdout: the tools, then the targets. */
export function printReport(results) {
  const { corpus, machine, ratios } = results;
  const mb = (corpus.sourceBytes / 1e6).toFixed(1);
  process.stdout.write(
    `\nCorpus: ${corpus.sourceFiles} source files, ${mb} MB (seed ${corpus.seed}, ${corpus.eventFiles} with event code), ` +
      `plus ${corpus.skippedFiles} files (${(corpus.skippedBytes / 1e6).toFixed(1)} MB) every tool must skip\n`,
  );
  process.stdout.write(`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, ${machine.os}, Node ${machine.node}, load ${machine.loadAverageAtStart.join(' ')}\n`);
  process.stdout.write(`Medians of ${results.runs} alternating runs\n\n`);
  const tools = new Table({ head: ['tool', 'median', 'vs rg', 'vs ast-grep', 'files/s', 'MB/s', 'peak RSS'], style: STYLE });
  const wsGap = results.wsGap;
  tools.push(toolRow('ws-gap cold', wsGap, { toRipgrep: ratios.coldToRipgrep, toAstGrep: ratios.coldToAstGrep }));
  tools.push(toolRow('ws-gap warm (1 file changed)', results.warm, { toRipgrep: ratios.warmToRipgrep, toAstGrep: ratios.warmToAstGrep }));
  tools.push(toolRow('ripgrep (rg -c)', results.ripgrep, { toRipgrep: results.ripgrep ? 1 : null, toAstGrep: null }));
  tools.push(toolRow('ast-grep scan', results.astGrep, { toRipgrep: null, toAstGrep: results.astGrep ? 1 : null }));
  process.stdout.write(`${tools.toString()}\n`);
  process.stdout.write(`Reference fixture scan (mlops-dashboard, Node start-up included): median ${cell(results.fixture.median, ' s')}\n\n`);
  const goals = new Table({ head: ['target', 'measured', 'verdict'], style: STYLE });
  for (const target of results.targets) goals.push([target.target, cell(target.value), target.verdict]);
  process.stdout.write(`${goals.toString()}\n`);
  for (const missing of results.missingTools) process.stdout.write(`${missing.tool} was not found: ${missing.install}\n`);
}
