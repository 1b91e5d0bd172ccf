/**
 * Minified bundles for `node_modules/` and `dist/`: megabytes of one-line code full of `.on(`,
 * `.emit(` and `{type:...}`, which every tool must skip rather than parse.
 */

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Three different short names, as a minifier picks them (never a keyword: a letter and a number). */
function shortNames(random) {
  const letter = LETTERS[random.int(0, 25)];
  return ['e', 't', 'n'].map((prefix) => `${prefix}${letter}${random.int(0, 9)}`);
}

function moduleChunk(random, index) {
  const [a, b, c] = shortNames(random);
  const event = `evt${random.int(0, 400)}`;
  return (
    `${index}:function(${a},${b},${c}){"use strict";var ${b}=${c}(${random.int(1, 900)}),` +
    `${a}=${c}.n(${b});${a}.exports=function(t){return t.on("${event}",function(n){t.emit("ack",{type:"${event}",id:n.id})}),` +
    `t.socket&&t.socket.emit("${event}",{type:"x${random.int(0, 99)}"}),t.addEventListener("click",function(){return ${random.int(0, 1e6)}})}}`
  );
}

/** About `size` bytes of webpack-style minified JavaScript on a single line. */
export function minifiedBundle(random, size) {
  const parts = [];
  let length = 0;
  for (let index = 0; length < size; index += 1) {
    const chunk = moduleChunk(random, index);
    parts.push(chunk);
    length += chunk.length + 1;
  }
  return `!function(e){var t={};return e}({${parts.join(',')}});\n`;
}
