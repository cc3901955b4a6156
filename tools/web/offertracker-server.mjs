// A real `offertracker serve` on a free loopback port with a temporary data directory (SQLite), for the node
// checks of tools/web. Its log is kept, to be shown only when something fails.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

// Resolves to { base, stop, log, ended } once GET / answers (ended: how the process ended, "" while it runs);
// throws when the server exits or stays silent for 10 s.
export async function startServer(binary, { name = "check", args = [] } = {}) {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), `offertracker-${name}-`));
  const child = spawn(binary, ["serve", "--listen", `127.0.0.1:${port}`, "--data-dir", dataDir, ...args], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, OFFERTRACKER_TOKEN_SECRET: `${name}-secret-0123456789abcdef-0123456789` },
  });
  let log = "";
  child.stdout.on("data", (d) => { log += d; });
  child.stderr.on("data", (d) => { log += d; });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`offertracker exited with ${child.exitCode}:\n${log}`);
    try {
      if ((await fetch(`${base}/`)).ok) {
        const stop = () => { child.kill("SIGTERM"); rmSync(dataDir, { recursive: true, force: true }); };
        const ended = () => (child.signalCode ? `killed by ${child.signalCode}` :
                             child.exitCode !== null ? `exited with ${child.exitCode}` : "");
        return { base, stop, log: () => log, ended };
      }
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill("SIGKILL");
  rmSync(dataDir, { recursive: true, force: true });
  throw new Error("offertracker did not answer GET / within 10 s");
}
