import { describe, expect, it } from 'vitest';
import { handledAt, handlerAt, planFor, unhandled } from './fix-result.js';

const VIA = 'switch (msg.type)';

function planSwitch(source: string, cases: string[]) {
  return planFor({ 'src/ws.js': source }, [
    ...cases.map((name) => handledAt(name, handlerAt('src/ws.js', source, `'${name}'`, VIA))),
    unhandled('new', 3, ['id']),
  ]);
}

describe('stubs for a switch on the message type', () => {
  it('are a new case before default:', () => {
    const source = `ws.onmessage = (event) => {
  const msg = JSON.parse(event.data);
  switch (msg.type) {
    case 'a':
      showA(msg);
      break;
    default:
      console.warn(msg.type);
  }
};
`;
    expect(planSwitch(source, ['a']).fixes[0]!.after).toBe(`ws.onmessage = (event) => {
  const msg = JSON.parse(event.data);
  switch (msg.type) {
    case 'a':
      showA(msg);
      break;
    case 'new': {
      // Sent by backend/app.py:3 with: id
      console.log('new', msg.id);
      break;
    }
    default:
      console.warn(msg.type);
  }
};
`);
  });

  it('go at the end of a switch without default: when its last case ends in a jump', () => {
    const source = `function onMessage(msg) {
  switch (msg.type) {
    case 'a': {
      showA(msg);
      return;
    }
  }
}
`;
    expect(planSwitch(source, ['a']).fixes[0]!.after).toBe(`function onMessage(msg) {
  switch (msg.type) {
    case 'a': {
      showA(msg);
      return;
    }
    case 'new': {
      // Sent by backend/app.py:3 with: id
      console.log('new', msg.id);
      break;
    }
  }
}
`);
  });

  it('go first when the clause they would follow falls through, so it still does what it did', () => {
    const source = `function onMessage(msg) {
  switch (msg.type) {
    case 'a':
      showA(msg);
      break;
    case 'b':
      showB(msg);
  }
}
`;
    expect(planSwitch(source, ['a', 'b']).fixes[0]!.after).toBe(`function onMessage(msg) {
  switch (msg.type) {
    case 'new': {
      // Sent by backend/app.py:3 with: id
      console.log('new', msg.id);
      break;
    }
    case 'a':
      showA(msg);
      break;
    case 'b':
      showB(msg);
  }
}
`);
  });

  it('go into the switch holding most of the cases', () => {
    const source = `function first(msg) {
  switch (msg.type) {
    case 'a': return showA(msg);
  }
}
function second(msg) {
  switch (msg.type) {
    case 'b': return showB(msg);
    case 'c': return showC(msg);
    default: return undefined;
  }
}
`;
    expect(planSwitch(source, ['a', 'b', 'c']).fixes[0]!.after).toBe(`function first(msg) {
  switch (msg.type) {
    case 'a': return showA(msg);
  }
}
function second(msg) {
  switch (msg.type) {
    case 'b': return showB(msg);
    case 'c': return showC(msg);
    case 'new': {
      // Sent by backend/app.py:3 with: id
      console.log('new', msg.id);
      break;
    }
    default: return undefined;
  }
}
`);
  });
});
