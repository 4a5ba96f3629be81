import axe from 'axe-core';
import { expect } from 'vitest';

const options: axe.RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  // jsdom has no layout or computed colours, so contrast cannot be measured here (Playwright does it).
  rules: { 'color-contrast': { enabled: false } },
  resultTypes: ['violations'],
};

function describeViolations(violations: axe.Result[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .map((node) => `    at ${node.target.join(' ')}\n      ${node.html}\n      ${node.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`)
        .join('\n');
      return `  [${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help}\n    ${violation.helpUrl}\n${nodes}`;
    })
    .join('\n\n');
}

/**
 * Runs axe-core's WCAG 2.2 A/AA rules on `container` and fails with a readable list of what
 * it found.
 *
 * @example
 * const { container } = renderHub();
 * await expectNoAxeViolations(container);
 */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  const results = await axe.run(container, options);
  const { violations } = results;
  if (violations.length > 0) {
    expect.fail(`Expected no axe violations, found ${violations.length}:\n\n${describeViolations(violations)}`);
  }
}
