import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, renderGithub } from '../../src/report/github.js';
import { expectGolden } from '../helpers/golden.js';
import { runCli } from '../helpers/run-cli.js';
import { at, dashboardResult, event, makeResult } from './make-result.js';

const render = (result: ReturnType<typeof makeResult>) => renderGithub(result, { color: false });

describe('renderGithub', () => {
  it('writes one workflow command per finding, its level by the check\'s severity', () => {
    expect(render(dashboardResult()).split('\n')).toEqual([
      "::notice file=backend/backend_simple.py,line=300,col=5,title=Dynamic event name::The backend sends an event whose name is computed; ws-gap knows it only as the pattern 'training_*'.",
      "::error file=backend/backend_simple.py,line=653,col=5,title=Unhandled event::The backend sends 'prediction_volume', but no frontend code handles it.",
      "::error file=backend/backend_simple.py,line=903,col=5,title=Unhandled event::The backend sends 'model_deployed', but no frontend code handles it.%0Abackend/backend_simple.py:950:9: the helper that names the event is called here",
      '::notice file=backend/broken.py,line=1,col=1,title=File not analysed::ws-gap could not analyse this file (Unexpected token (12:4)), so the events it sends or handles are missing from the results.',
      "::warning file=static/js/pages/dashboard.js,line=40,col=5,title=Dead handler::The frontend handles 'deployment_status', but the backend never sends it.",
      "::error file=static/js/pages/dashboard.js,line=50,col=5,title=Unhandled client event::The frontend sends 'request_refresh', but no backend code handles it.",
      '',
    ]);
  });

  it('writes nothing when there is nothing to report', () => {
    expect(render(makeResult([event('ok', { sent: [at('a.py', 1)], handled: [at('b.js', 2)] })]))).toBe('');
  });

  it('escapes a hostile event name and file so neither can end the command or add one', () => {
    const result = makeResult([
      event('50%\r\n::error::pwned', {
        status: 'unhandled',
        sent: [at('odd,dir/a:b%.py', 7, { column: 3 }), at('odd,dir/a:b%.py', 9, { column: 3 })],
      }),
    ]);
    expect(render(result)).toBe(
      '::error file=odd%2Cdir/a%3Ab%25.py,line=7,col=3,title=Unhandled event::' +
        "The backend sends '50%25\\x0d\\x0a::error::pwned', but no frontend code handles it. It is sent from 2 places." +
        '%0Aodd,dir/a:b%25.py:9:3: also sent here\n',
    );
    expect(render(result).split('\n')).toHaveLength(2);
  });
});

describe('GitHub escaping', () => {
  it('escapes %, CR and LF in a message', () => {
    expect(escapeData('100% done\r\nnext: a,b')).toBe('100%25 done%0D%0Anext: a,b');
  });

  it('also escapes : and , in a property', () => {
    expect(escapeProperty('C:\\x,y%\n')).toBe('C%3A\\x%2Cy%25%0A');
  });
});

describe('golden GitHub annotations', () => {
  it('matches test/golden/mlops-dashboard.github.txt for the reference fixture', () => {
    const run = runCli(['scan', 'fixtures/mlops-dashboard/backend', 'fixtures/mlops-dashboard/static', '--format', 'github']);
    expect(run.code).toBe(0);
    expectGolden('mlops-dashboard.github.txt', run.stdout);
  });
});
