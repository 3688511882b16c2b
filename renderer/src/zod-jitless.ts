/**
 * First import of the editor: zod 4 probes `new Function("")` to decide whether it may
 * compile fast parsers. Under the app's CSP (no 'unsafe-eval') the probe fails as intended
 * but is still reported as a CSP violation. `jitless` skips the probe.
 */
import { z } from 'zod';

z.config({ jitless: true });
