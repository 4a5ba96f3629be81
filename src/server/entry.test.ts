// @vitest-environment node
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));

/** Every module the entry reaches (relative imports), and every bare import among them. */
function importGraph(entry: string): { files: string[]; bare: Set<string> } {
  const files: string[] = [];
  const bare = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (files.includes(file)) continue;
    files.push(file);
    const source = readFileSync(file, 'utf8');
    for (const [, specifier] of source.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+'([^']+)'/g)) {
      if (!specifier) continue;
      if (specifier.startsWith('.')) pending.push(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
      else bare.add(specifier);
    }
  }
  return { files, bare };
}

describe('the connect-hub/server entry', () => {
  const { files, bare } = importGraph(resolve(here, 'index.ts'));

  it('imports nothing but zod: no React, no Node modules', () => {
    expect([...bare]).toEqual(['zod/mini']);
  });

  it('reaches no component, dev or test module', () => {
    const outside = files.filter((file) => /\/(components|dev|test|testing)\/|\.tsx$/.test(file));
    expect(outside).toEqual([]);
  });

  it('is exported under its public names', async () => {
    const entry = await import('./index.js');
    expect(Object.keys(entry)).toEqual(
      expect.arrayContaining(['createConnectHandler', 'builtInVerifiers', 'toNodeHandler', 'MemoryIdempotencyStore', 'builtInProviders', 'connectRequestSchema']),
    );
  });
});
