import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { preloadConnectHub } from '../components/provider-screen.js';

// The provider screen's code loads on demand in a page; here it is loaded before the tests, so a
// click on a provider shows its screen at once (provider-screen.test.tsx covers the loading).
beforeAll(() => preloadConnectHub());

afterEach(() => {
  cleanup();
});
