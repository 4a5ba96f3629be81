import { StackOneHub } from '@stackone/hub';
import { mountHost } from '../shell/shell';

// @stackone/hub reads its catalogue from its API (https://api.stackone.com by default); the
// runner answers it with fixtures of the session's catalogue size (bench/lib/fixtures.mjs).
mountHost(<StackOneHub token="bench-session-token" mode="integration-picker" />);
