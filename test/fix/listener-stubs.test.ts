import { describe, expect, it } from 'vitest';
import { handledAt, handlerAt, planFor, unhandled } from './fix-result.js';

const PAGE = `const Page = {
    setup() {
        wsManager.on('a', (data) => {
            show(data.x);
        });

        wsManager.on('b', onB); // b arrives rarely
    },
};
`;

describe('stubs for listener-style handlers', () => {
  it('go after the last registration statement, indented like it and spaced like its neighbours, by event name', () => {
    const plan = planFor({ 'static/page.js': PAGE }, [
      handledAt('a', handlerAt('static/page.js', PAGE, "'a'")),
      handledAt('b', handlerAt('static/page.js', PAGE, "'b'")),
      unhandled('d', 20),
      unhandled('c', 12, ['id', 'user-id', 'data.pipeline_id']),
    ]);
    expect(plan.notes).toEqual([]);
    expect(plan.fixes.map(({ file, events, byteOrderMark }) => ({ file, events, byteOrderMark }))).toEqual([
      { file: 'static/page.js', events: ['c', 'd'], byteOrderMark: false },
    ]);
    expect(plan.fixes[0]!.before).toBe(PAGE);
    expect(plan.fixes[0]!.after).toBe(`const Page = {
    setup() {
        wsManager.on('a', (data) => {
            show(data.x);
        });

        wsManager.on('b', onB); // b arrives rarely

        wsManager.on('c', (data) => {
            // Sent by backend/app.py:12 with: data.pipeline_id, id, user-id
            console.log('c', data.data.pipeline_id, data.id, data['user-id']);
        });

        wsManager.on('d', (data) => {
            // Sent by backend/app.py:20
            console.log('d', data);
        });
    },
};
`);
  });

  it('join the statement list holding most registrations, with no blank line when there is none', () => {
    const source = `function other(socket) {
  socket.on('z', onZ);
}
function setup(socket) {
  socket.on('a', onA);
  socket.on('b', onB);
  socket.connect();
}
`;
    const plan = planFor({ 'src/socket.js': source }, [
      handledAt('z', handlerAt('src/socket.js', source, "'z'", 'socket.on')),
      handledAt('a', handlerAt('src/socket.js', source, "'a'", 'socket.on')),
      handledAt('b', handlerAt('src/socket.js', source, "'b'", 'socket.on')),
      unhandled('new', 3, ['id']),
    ]);
    expect(plan.fixes[0]!.after).toBe(`function other(socket) {
  socket.on('z', onZ);
}
function setup(socket) {
  socket.on('a', onA);
  socket.on('b', onB);
  socket.on('new', (data) => {
    // Sent by backend/app.py:3 with: id
    console.log('new', data.id);
  });
  socket.connect();
}
`);
  });

  it('go before a registration that is returned, so they are not unreachable', () => {
    const source = `export function subscribe(socket) {
  return socket.on('a', onA);
}
`;
    const plan = planFor({ 'src/a.js': source }, [
      handledAt('a', handlerAt('src/a.js', source, "'a'", 'socket.on')),
      unhandled('b', 7),
    ]);
    expect(plan.fixes[0]!.after).toBe(`export function subscribe(socket) {
  socket.on('b', (data) => {
    // Sent by backend/app.py:7
    console.log('b', data);
  });
  return socket.on('a', onA);
}
`);
  });

  it('are not written where no registration is a statement of its own (an arrow returning the call)', () => {
    const source = `useEffect(() => socket.on('a', onA), []);\n`;
    const plan = planFor({ 'src/a.js': source }, [
      handledAt('a', handlerAt('src/a.js', source, "'a'", 'socket.on')),
      unhandled('b', 7),
    ]);
    expect(plan).toEqual({ fixes: [], notes: [{ kind: 'no-insertion-point', event: 'b', file: 'src/a.js', via: 'socket.on' }] });
  });

  it('are not written for a site that is not the first argument of a call (a registry assignment)', () => {
    const source = `handlers.a = onA;\n`;
    const plan = planFor({ 'src/a.js': source }, [
      handledAt('a', handlerAt('src/a.js', source, 'a =', 'handlers.a')),
      unhandled('b', 7),
    ]);
    expect(plan).toEqual({ fixes: [], notes: [{ kind: 'no-insertion-point', event: 'b', file: 'src/a.js', via: 'handlers.a' }] });
  });
});
