import { describe, expect, it } from 'vitest';
import { handledAt, handlerAt, planFor, unhandled } from './fix-result.js';

const VIA = 'data.type ===';

function planIf(source: string, names: string[]) {
  return planFor({ 'src/ws.js': source }, [
    ...names.map((name) => handledAt(name, handlerAt('src/ws.js', source, `'${name}'`, VIA))),
    unhandled('new', 3, ['id']),
  ]);
}

describe('stubs for an if on the message type', () => {
  it('are a new if after the last one', () => {
    const source = `socket.addEventListener('message', (event) => {
  const data = JSON.parse(event.data);
  if (data.type === 'a') {
    showA(data);
    return;
  }
  if (data.type === 'b') showB(data);
  render();
});
`;
    expect(planIf(source, ['a', 'b']).fixes[0]!.after).toBe(`socket.addEventListener('message', (event) => {
  const data = JSON.parse(event.data);
  if (data.type === 'a') {
    showA(data);
    return;
  }
  if (data.type === 'b') showB(data);
  if (data.type === 'new') {
    // Sent by backend/app.py:3 with: id
    console.log('new', data.id);
  }
  render();
});
`);
  });

  it('are an else if before the final else of an else-if chain, which handles what no branch does', () => {
    const source = `function onMessage(data) {
  if (data.type === 'a') {
    showA(data);
  } else if (data.type === 'b') {
    showB(data);
  } else {
    console.warn('unknown', data.type);
  }
}
`;
    expect(planIf(source, ['a', 'b']).fixes[0]!.after).toBe(`function onMessage(data) {
  if (data.type === 'a') {
    showA(data);
  } else if (data.type === 'b') {
    showB(data);
  } else if (data.type === 'new') {
    // Sent by backend/app.py:3 with: id
    console.log('new', data.id);
  } else {
    console.warn('unknown', data.type);
  }
}
`);
  });

  it('go after an else-if chain without a final else', () => {
    const source = `function onMessage(data) {
  if (data.type === 'a') showA(data);
  else if (data.type === 'b') showB(data);
}
`;
    expect(planIf(source, ['a', 'b']).fixes[0]!.after).toBe(`function onMessage(data) {
  if (data.type === 'a') showA(data);
  else if (data.type === 'b') showB(data);
  if (data.type === 'new') {
    // Sent by backend/app.py:3 with: id
    console.log('new', data.id);
  }
}
`);
  });
});
