/**
 * Bytes: gzip sizes of built JavaScript, and the split of a bundle by where its code came from
 * (own code vs each npm package), read from the bundle's source map: every minified character is
 * attributed to the source file its mapping segment points at, the characters of each group are
 * concatenated in bundle order and gzipped on their own. The groups' gzip sizes are what each
 * would cost alone; they add up to a little more than the bundle's (gzip shares a dictionary).
 *
 * Node built-ins only, so the size-budget script can use it without the benchmark's dependencies.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** gzip size at level 9, as `npm pack`, CDNs and size-limit report it. */
export function gzipSize(text) {
  return gzipSync(typeof text === 'string' ? Buffer.from(text) : text, { level: 9 }).length;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUE = new Map([...BASE64].map((char, index) => [char, index]));

/** Decodes one segment's base64 VLQ fields. */
function decodeSegment(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64_VALUE.get(char);
    if (digit === undefined) throw new Error(`bad VLQ character ${char}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/**
 * For each generated line, the list of `[column, sourceIndex]` starts (sourceIndex -1: unmapped).
 * Source map v3 `mappings`; index maps (`sections`) are not produced by Vite and not handled.
 */
function decodeMappings(mappings) {
  const lines = [];
  let source = 0;
  for (const line of mappings.split(';')) {
    const starts = [];
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const fields = decodeSegment(segment);
      column += fields[0];
      if (fields.length >= 4) {
        source += fields[1];
        starts.push([column, source]);
      } else {
        starts.push([column, -1]);
      }
    }
    lines.push(starts);
  }
  return lines;
}

/**
 * The group a source path belongs to: the npm package (`react-dom`, `@tanstack/query-core`) when
 * it is under node_modules, else what `ownGroup(path)` says (e.g. "connect-hub (own code)").
 */
export function packageOf(path) {
  const marker = path.lastIndexOf('node_modules/');
  if (marker === -1) return undefined;
  const parts = path.slice(marker + 'node_modules/'.length).split('/');
  return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
}

/**
 * Splits `code` (a bundle) by `map` (its source map) into groups; returns
 * `[{ group, bytes, gzip }]`, largest gzip first. `groupOf(sourcePath)` names a source's group.
 */
export function splitBySourceMap(code, map, groupOf) {
  const sourceGroups = map.sources.map((source) => groupOf(source));
  const chunks = new Map();
  const add = (group, text) => {
    if (!text) return;
    const list = chunks.get(group) ?? [];
    list.push(text);
    chunks.set(group, list);
  };
  const codeLines = code.split('\n');
  const mapped = decodeMappings(map.mappings);
  codeLines.forEach((line, index) => {
    const starts = mapped[index] ?? [];
    if (starts.length === 0) {
      add('(unmapped)', line);
      return;
    }
    add('(unmapped)', line.slice(0, starts[0][0]));
    starts.forEach(([column, source], i) => {
      const end = i + 1 < starts.length ? starts[i + 1][0] : line.length;
      add(source === -1 ? '(unmapped)' : sourceGroups[source], line.slice(column, end));
    });
  });
  return [...chunks]
    .map(([group, parts]) => {
      const text = parts.join('');
      return { group, bytes: Buffer.byteLength(text), gzip: gzipSize(text) };
    })
    .sort((a, b) => b.gzip - a.gzip);
}

/**
 * Reads `file` and `file.map` and splits it (`groupOf` gets absolute source paths); merges into
 * `totals`, a Map of group → `{ bytes, gzip }`.
 */
export function splitFile(file, groupOf, totals = new Map()) {
  const code = readFileSync(file, 'utf8');
  let map;
  try {
    map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  } catch {
    const entry = totals.get('(no source map)') ?? { bytes: 0, gzip: 0 };
    entry.bytes += Buffer.byteLength(code);
    entry.gzip += gzipSize(code);
    totals.set('(no source map)', entry);
    return totals;
  }
  const base = resolve(dirname(file), map.sourceRoot ?? '');
  const absolute = { ...map, sources: map.sources.map((source) => (source.startsWith('\0') ? source : resolve(base, source))) };
  for (const part of splitBySourceMap(code, absolute, groupOf)) {
    const entry = totals.get(part.group) ?? { bytes: 0, gzip: 0 };
    entry.bytes += part.bytes;
    entry.gzip += part.gzip;
    totals.set(part.group, entry);
  }
  return totals;
}
