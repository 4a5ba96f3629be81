import * as z from 'zod/mini';

// zod compiles object parsers with `new Function` unless told not to; strict host CSPs
// (no 'unsafe-eval') block that. The setting is global to the zod instance, and only
// trades a little parse speed. https://zod.dev/packages/core#jitless
z.config({ jitless: true });

export { z };
