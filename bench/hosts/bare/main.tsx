import { mountHost } from '../shell/shell';

// The baseline: React 19 and the host shell, nothing else.
mountHost();
