import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/report/markdown.js';
import { mermaidLabel } from '../../src/report/mermaid-escape.js';
import { MAX_EDGES_PER_DIAGRAM } from '../../src/report/mermaid.js';
import { at, dashboardResult, event, makeResult } from './make-result.js';

/** The lines of every ```mermaid block, one array per block. */
function mermaidBlocks(markdown: string): string[][] {
  const blocks: string[][] = [];
  let current: string[] | undefined;
  for (const line of markdown.split('\n')) {
    if (line === '```mermaid') current = [];
    else if (line === '```' && current !== undefined) {
      blocks.push(current);
      current = undefined;
    } else current?.push(line);
  }
  return blocks;
}

/** `count` handled server events in `category`, each sent from its own backend line and handled in one file: two edges each. */
function handledEvents(count: number, category: string) {
  return Array.from({ length: count }, (_, index) =>
    event(`${category.toLowerCase()}_${String(index).padStart(2, '0')}`, {
      category,
      sent: [at('backend/app.py', index + 1)],
      handled: [at(`static/${category.toLowerCase()}.js`, index + 1)],
    }),
  );
}

describe('Mermaid event flow in the Markdown report', () => {
  it('draws backend file → event → frontend file, client events dotted, gaps marked', () => {
    const markdown = renderMarkdown(dashboardResult(), { color: false });
    expect(mermaidBlocks(markdown)).toEqual([
      [
        'flowchart LR',
        '  subgraph backend["Backend"]',
        '    b0["backend_simple.py"]',
        '  end',
        '  subgraph frontend["Frontend"]',
        '    f0["dashboard.js"]',
        '    f1["pipeline.js"]',
        '  end',
        '  e0(["🪦 deployment_status"])',
        '  e1(["❌ model_deployed"])',
        '  e2(["pipeline_progress"])',
        '  e3(["pipeline_status"])',
        '  e4(["❌ prediction_volume"])',
        '  e5(["❌ request_refresh"])',
        '  e6(["subscribe"])',
        '  e7(["system_stats"])',
        '  e8(["training_* (dynamic)"])',
        '  e9(["training_started"])',
        '  e0 --> f0',
        '  b0 --> e1',
        '  b0 --> e2',
        '  e2 --> f1',
        '  b0 --> e3',
        '  e3 --> f1',
        '  b0 --> e4',
        '  f0 -.-> e5',
        '  f1 -.-> e6',
        '  e6 -.-> b0',
        '  b0 --> e7',
        '  e7 --> f0',
        '  b0 --> e8',
        '  e8 --> f1',
        '  b0 --> e9',
        '  e9 --> f1',
        '  classDef unhandled fill:#ffebe9,stroke:#cf222e,color:#82071e,stroke-width:2px',
        '  class e1,e4,e5 unhandled',
        '  classDef dead fill:#eaeef2,stroke:#6e7781,color:#424a53,stroke-dasharray:4 3',
        '  class e0 dead',
      ],
    ]);
  });

  it('puts the diagram right under Implementation Status, after one line that explains it', () => {
    const lines = renderMarkdown(dashboardResult(), { color: false }).split('\n');
    const heading = lines.indexOf('## Implementation Status');
    expect(lines.slice(heading + 1, heading + 5)).toEqual([
      '',
      'Event flow: backend file → event → frontend file (dotted: frontend → event → backend). ' +
        '❌ marks an event no code handles, 🪦 a handler for an event nothing sends.',
      '',
      '```mermaid',
    ]);
  });

  it('leaves the diagram out with mermaid: false, and when no event crosses the socket', () => {
    expect(renderMarkdown(dashboardResult(), { color: false, mermaid: false })).not.toContain('```mermaid');
    const clientLocalOnly = makeResult([
      event('connected', { direction: 'client-local', status: 'client-local', sent: [at('static/ws.js', 3)], handled: [at('static/app.js', 9)] }),
    ]);
    expect(renderMarkdown(clientLocalOnly, { color: false })).not.toContain('Event flow');
  });

  it(`draws one diagram up to ${MAX_EDGES_PER_DIAGRAM} edges, and one per category above`, () => {
    const sixty = makeResult([...handledEvents(15, 'Alpha'), ...handledEvents(15, 'Beta')]);
    expect(mermaidBlocks(renderMarkdown(sixty, { color: false }))).toHaveLength(1);

    const sixtyTwo = makeResult([...handledEvents(16, 'Alpha'), ...handledEvents(15, 'Beta')]);
    const markdown = renderMarkdown(sixtyTwo, { color: false });
    const blocks = mermaidBlocks(markdown);
    expect(blocks).toHaveLength(2);
    expect(blocks.map((block) => block.filter((line) => line.includes('-->')).length)).toEqual([32, 30]);
    expect(blocks[1]).toContain('    f0["beta.js"]');
    expect(markdown).toContain('**Alpha**\n\n```mermaid\nflowchart LR');
    expect(markdown).toContain('**Beta**\n\n```mermaid\nflowchart LR');
  });

  it('escapes hostile names so they cannot close the label, the fence or inject markup', () => {
    const result = makeResult([
      event('a"b<img src=x>`#;\u001b```', { status: 'unhandled', sent: [at('backend/[x] (y).py', 1)] }),
    ]);
    const block = mermaidBlocks(renderMarkdown(result, { color: false }))[0]!;
    expect(block).toContain('    b0["[x] (y).py"]');
    expect(block).toContain('  e0(["❌ a#34;b#60;img src=x#62;#96;#35;#59;#92;x1b#96;#96;#96;"])');
  });

  it('escapes every character Mermaid or Markdown could read as syntax', () => {
    expect(mermaidLabel('job_*:done/1.2 (ns) [x] é')).toBe('"job_*:done/1.2 (ns) [x] é"');
    expect(mermaidLabel('"<>&#;`|{}\\\n\u202e')).toBe('"#34;#60;#62;#38;#35;#59;#96;#124;#123;#125;#92;#92;x0a#92;u202e"');
  });
});
