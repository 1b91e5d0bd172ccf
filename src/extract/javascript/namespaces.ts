import type { NamePattern } from './event-names.js';

/** A Socket.IO namespace that could not be read at all (`io.of(name)` with an unknown `name`). */
export const UNKNOWN_NAMESPACE = '*';

/** `scheme://host[:port]` or `//host`; the host may hold unknown parts (`http://*`). */
const ORIGIN = /^([a-z][a-z\d+.-]*:)?\/\/[^/?#]*/i;
/** An unknown part at the start (the base URL) with what follows it up to the path (`*:3000`). */
const UNKNOWN_BASE = /^\*[^/]*/;

/** Socket.IO's own rule: the default namespace is `/`, which a site leaves unset. */
function namespaceOrDefault(path: string): string | undefined {
  return path === '' || path === '/' ? undefined : path;
}

/**
 * The namespace a `Server.of(name)` call selects: `/admin`; `admin` → `/admin` (Socket.IO adds the
 * slash); `/tenant-*` when part of it is dynamic; `*` when none of it is known.
 */
export function selectedNamespace(name: NamePattern): string | undefined {
  if (name.text === '*') return UNKNOWN_NAMESPACE;
  return namespaceOrDefault(name.text.startsWith('/') ? name.text : `/${name.text}`);
}

/**
 * The namespace of a client connection, from the path of its URL when that path is literal:
 * `/admin`, `http://host:3000/admin`, `URL + '/admin'`, `` `${URL}/admin` ``. A URL whose path is
 * unknown (`io(URL)`) connects to the default namespace; a query or fragment is not part of it.
 */
export function urlNamespace(url: NamePattern): string | undefined {
  let rest = url.text;
  for (let previous = ''; rest !== previous; ) {
    previous = rest;
    rest = rest.replace(ORIGIN, '').replace(UNKNOWN_BASE, '');
  }
  // `io('localhost:3000/chat')`: without a scheme, the first segment is still the host.
  const path = rest.startsWith('/') ? rest : rest.replace(/^[^/]*/, '');
  return namespaceOrDefault(path.replace(/[?#][\s\S]*$/, ''));
}
