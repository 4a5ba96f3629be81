import { version as reactVersion } from 'react';
import { version as reactDomVersion } from 'react-dom';
import { version as serverVersion } from 'react-dom/server';
import { describe, expect, inject, it } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The React major a vitest project runs against (vite.config.ts `test.projects`). */
    reactMajor: string;
  }
}

// Guards the React 18 project's aliases: if one silently failed, the "React 18" run would test React 19.
describe('given the vitest project for one React major', () => {
  const major = inject('reactMajor');

  it('renders with that major of react, react-dom and react-dom/server', () => {
    expect(reactVersion.split('.')[0]).toBe(major);
    expect(reactDomVersion.split('.')[0]).toBe(major);
    expect(serverVersion.split('.')[0]).toBe(major);
  });
});
