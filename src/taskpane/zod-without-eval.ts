import { z } from "zod";

// zod compiles parsers with `new Function` when it may, and probes for that on first use; a
// page with a strict Content-Security-Policy (the preview has one, and an add-in host may)
// reports the probe as a violation even though zod catches it. The rulebook is parsed once
// per session, so the interpreted parser costs nothing noticeable. Import this first.
z.config({ jitless: true });
