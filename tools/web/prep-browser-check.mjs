// The interview-prep web surface as a person uses it, in headless Chromium against a real server on loopback:
// sign up, create an OfferTracker application through the JSON API, prepare a session from it, upload a PDF CV,
// paste the job description, answer 8 questions, finish, read the feedback, sign out. Every page is saved as a
// screenshot and checked by axe-core: any "serious" or "critical" violation fails the run.
//   node prep-browser-check.mjs <offertracker binary> <artifact dir>   — starts the server itself (SQLite, temp dir)
//   node prep-browser-check.mjs --base-url <url> <artifact dir>        — against a server already running
// Exits 0 when every step passed, 1 on the first failure (with the server's log) and when Chromium or the npm
// tools are missing (scripts/setup installs them: a check that did not run never passes).
// Never leaves loopback: a request from a page to anywhere else fails the run.
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { startServer } from "./offertracker-server.mjs";

const args = process.argv.slice(2);
const remote = args[0] === "--base-url";
const [target, artifacts] = remote ? args.slice(1) : args;
if (!target || !artifacts) {
  console.error("usage: node prep-browser-check.mjs (<offertracker binary> | --base-url <url>) <artifact dir>");
  process.exit(2);
}

function fail(message) {
  throw new Error(message);
}

// What the run needs beyond node: Chromium from Debian, playwright-core and axe-core from npm (tools/web).
const chromiumPath = process.env.CHROMIUM || "/usr/bin/chromium";
let chromium;
let axeSource;
try {
  if (!existsSync(chromiumPath)) throw new Error(`no Chromium at ${chromiumPath}`);
  ({ chromium } = await import("playwright-core"));
  axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
} catch (error) {
  console.error(`prep-browser-check: failed: ${error.message} (scripts/setup installs Chromium and tools/web)`);
  process.exit(1);
}

// ---- a CV as a real PDF: one page of Helvetica text, built here so its words are known ------------------

function pdfString(text) {
  return `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

function makePdf(lines) {
  const content = ["BT /F1 11 Tf 72 740 Td 15 TL", ...lines.map((l) => `${pdfString(l)} Tj T*`), "ET"].join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`,
  ];
  let out = "%PDF-1.4\n";
  const offsets = objects.map((body, i) => {
    const at = Buffer.byteLength(out, "latin1");
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const at of offsets) out += `${String(at).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

const cvLines = [
  "Jordan Example - Backend Engineer",
  "Experience: six years building payment services in Python and PostgreSQL.",
  "Led the migration of the billing platform to Docker, cutting deploy time by 40 percent.",
  "Mentored four engineers; introduced code review and on-call runbooks.",
  "Skills: Python, PostgreSQL, Docker, REST APIs, Git.",
];

const role = { title: "Backend Engineer", company: "Acme Payments" };
const jobDescription =
  "Acme Payments is hiring a Backend Engineer to build and run our payment APIs. You will design services in " +
  "Python and Go, own PostgreSQL schemas and queries, deploy with Docker and Kubernetes, and work closely with " +
  "product and support. We value clear communication, ownership of incidents, and mentoring other engineers.";

const answers = [
  "In my last role the billing service failed nightly (situation). I was asked to make it reliable (task). I " +
    "added retries, alerting and a PostgreSQL index, and wrote a runbook (action). Failures dropped from 12 a " +
    "month to 1 and on-call pages fell by 80 percent (result).",
  "Two teammates disagreed about an API design. I set up a meeting, wrote both options down with their costs, " +
    "and we agreed on a versioned endpoint. We shipped two weeks later and support tickets fell by a third.",
  "I own incidents end to end: when our payments queue stalled I led the response, restored service in 25 " +
    "minutes, and then wrote the postmortem with three fixes that we delivered the same sprint.",
  "I moved our deployments to Docker. I planned the rollout service by service, trained the team, and cut the " +
    "deploy time from 30 minutes to 18, which let us release daily instead of weekly.",
  "When requirements were unclear on a reporting project, I interviewed five users, wrote a one-page spec, and " +
    "got sign-off in two days. The report launched on time and became the most used page of the tool.",
  "I failed to estimate a migration once: it took six weeks instead of three. I learned to split work into " +
    "small milestones, and my next two projects landed within 10 percent of the estimate.",
  "I mentored a junior engineer through weekly pairing. Within four months she was leading her own feature and " +
    "her pull requests needed half as many review rounds.",
  "To tune a slow PostgreSQL query I read the EXPLAIN ANALYZE plan, added a composite index and rewrote a " +
    "subquery as a join. The endpoint went from 900 ms to 40 ms at the 95th percentile.",
];

// ---- the checks run on every page ----------------------------------------------------------------------

let shots = 0;

// A screenshot, then axe-core on the page as rendered: serious and critical violations fail, all are printed.
// Then the page at a phone's width: nothing may be wider than the screen.
async function audit(page, name) {
  const file = join(artifacts, `${String(++shots).padStart(2, "0")}-${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await page.evaluate(axeSource);
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  const blocking = [];
  for (const v of results.violations) {
    const where = v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("; ");
    console.log(`  axe ${name}: ${v.impact} ${v.id}: ${v.help} (${v.nodes.length}: ${where})`);
    if (v.impact === "serious" || v.impact === "critical") blocking.push(`${v.id} (${v.impact})`);
  }
  if (blocking.length) fail(`${page.url()}: axe found ${blocking.join(", ")}`);

  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 375, height: 740 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  await page.setViewportSize(viewport);
  if (overflow > 1) fail(`${page.url()}: the page is ${overflow} px wider than a 375 px phone screen`);
  console.log(`page ${String(shots).padStart(2, "0")} ${name}: ${page.url()} ` +
              `(axe: ${results.violations.length} minor)`);
}

async function expectPath(page, pattern, what) {
  await page.waitForURL((url) => pattern.test(url.pathname), { timeout: 10000 }).catch(() => {});
  const path = new URL(page.url()).pathname;
  if (!pattern.test(path)) fail(`${what}: the browser is at ${page.url()}, not ${pattern}`);
  return path.match(pattern);
}

async function api(base, method, path, { token, body } = {}) {
  const headers = { Accept: "application/json" };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(`${base}${path}`, { method, headers, body: body && JSON.stringify(body) });
  const text = await response.text();
  let json = null;
  try { json = JSON.parse(text); } catch { /* reported through the status and the text */ }
  return { status: response.status, json, text };
}

// ---- the flow -------------------------------------------------------------------------------------------

async function run(base) {
  const account = { email: "prep-browser@example.com", username: "prepbrowser", password: "prep-browser-pass-1" };
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
           "--disable-component-update", "--disable-sync"],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const outside = [];
  page.on("request", (r) => { if (!r.url().startsWith(base) && !r.url().startsWith("data:")) outside.push(r.url()); });
  const problems = [];
  page.on("pageerror", (e) => problems.push(e.message));
  // Chromium asks every site for /favicon.ico; this one has none, and that is not a fault of a page.
  const favicon = (url) => new URL(url, base).pathname === "/favicon.ico";
  page.on("console", (m) => {
    if (m.type() === "error" && !favicon(m.location().url || base)) problems.push(m.text());
  });
  page.on("response", (r) => {
    if (r.status() >= 400 && !favicon(r.url()))
      problems.push(`${r.request().method()} ${r.url()} answered ${r.status()}`);
  });
  try {
    await page.goto(`${base}/`);
    await audit(page, "landing");

    // Sign up: the form signs the new account in and sends it to the dashboard.
    await page.goto(`${base}/signup`);
    await audit(page, "signup");
    await page.getByLabel("Email", { exact: true }).fill(account.email);
    await page.getByLabel("Username", { exact: true }).fill(account.username);
    await page.getByLabel("Password", { exact: true }).fill(account.password);
    await page.getByRole("button", { name: "Create account" }).click();
    await expectPath(page, /^\/dashboard$/, "after signing up");
    const cookie = (await context.cookies()).find((c) => c.name === "session");
    if (!cookie) fail("signing up set no `session` cookie");
    if (!cookie.httpOnly || cookie.sameSite !== "Lax") fail(`the session cookie is not HttpOnly and SameSite=Lax`);
    await audit(page, "dashboard");

    // The same account through the OfferTracker API: an application with a description.
    const login = await api(base, "POST", "/api/v1/auth/login", {
      body: { email: account.email, password: account.password },
    });
    if (login.status !== 200) fail(`POST /api/v1/auth/login answered ${login.status}: ${login.text}`);
    const created = await api(base, "POST", "/api/v1/applications/", {
      token: login.json.access_token,
      body: { company_name: role.company, role_title: role.title, status: "Applied", description: jobDescription },
    });
    if (created.status !== 201) fail(`POST /api/v1/applications/ answered ${created.status}: ${created.text}`);

    // Prepare: the create form comes prefilled from the application.
    await page.goto(`${base}/session/new?application_id=${encodeURIComponent(created.json.id)}`);
    await audit(page, "session-new");
    const title = await page.getByLabel("Job title", { exact: true }).inputValue();
    const company = await page.getByLabel("Company name", { exact: true }).inputValue();
    if (title !== role.title || company !== role.company)
      fail(`the prepared form holds "${title}" at "${company}", not the application's role and company`);
    await page.getByRole("button", { name: "Create session" }).click();
    const [, id] = await expectPath(page, /^\/session\/(\d+)\/upload$/, "after creating the session");
    await audit(page, "upload");

    // The CV as a PDF through the file input, then the job description.
    await page.getByLabel("CV file")
      .setInputFiles({ name: "cv.pdf", mimeType: "application/pdf", buffer: makePdf(cvLines) });
    await page.getByRole("button", { name: "Upload CV" }).click();
    await expectPath(page, new RegExp(`^/session/${id}/upload$`), "after uploading the CV");
    await page.getByText("Uploaded: cv.pdf").waitFor({ timeout: 5000 }).catch(() => fail("the CV upload is not shown"));
    const extract = await page.locator("details", { hasText: "Text read from your CV" }).textContent();
    if (!extract.includes(cvLines[4])) fail("the text read from the PDF CV is not shown");
    await audit(page, "cv-uploaded");

    await page.getByRole("textbox", { name: /^Job description/ }).fill(jobDescription);
    await page.getByRole("button", { name: "Save job description" }).click();
    await expectPath(page, new RegExp(`^/session/${id}/upload$`), "after saving the job description");
    const saved = await page.getByRole("textbox", { name: /^Job description/ }).inputValue();
    if (saved.trim() !== jobDescription) fail("the saved job description is not shown back in its field");
    await audit(page, "job-description");

    // The interview: 8 questions, one at a time, each with its progress.
    await page.goto(`${base}/session/${id}/interview`);
    for (let n = 1; n <= 8; n++) {
      await page.getByRole("heading", { name: `Question ${n} of 8` })
        .waitFor({ timeout: 10000 })
        .catch(() => fail(`question ${n} of 8 is not shown at ${page.url()}`));
      await audit(page, `question-${n}`);
      await page.getByLabel("Your answer", { exact: true }).fill(answers[n - 1]);
      await page.getByRole("button", { name: "Send answer" }).click();
      await expectPath(page, new RegExp(`^/session/${id}/interview$`), `after answering question ${n}`);
    }
    if (await page.getByLabel("Your answer", { exact: true }).count()) fail("a ninth question was offered");
    await page.getByText("All questions are answered.").waitFor({ timeout: 5000 })
      .catch(() => fail("the interview does not say it is complete"));
    await audit(page, "interview-complete");

    await page.getByRole("button", { name: "Finish and get feedback" }).click();
    await expectPath(page, new RegExp(`^/session/${id}/feedback$`), "after finishing");
    const scoreText = await page.locator(".score").innerText();
    const score = Number(/Score:\s*(\d+)\s*\/\s*10/.exec(scoreText)?.[1]);
    if (!(score >= 1 && score <= 10)) fail(`the feedback shows no score of 1 to 10 ("${scoreText}")`);
    for (const heading of ["Strengths", "To work on", "CV improvements"])
      if (!(await page.getByRole("heading", { name: heading }).count())) fail(`the feedback has no "${heading}"`);
    await audit(page, "feedback");
    console.log(`feedback: score ${score}/10`);

    // Sign out: the server forgets the session, so even the old cookie no longer opens the dashboard.
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForLoadState();
    await audit(page, "signed-out");
    await page.goto(`${base}/dashboard`);
    await expectPath(page, /^\/login$/, "the dashboard after signing out");
    await audit(page, "login");
    const replay = await fetch(`${base}/dashboard`,
                               { redirect: "manual", headers: { Cookie: `session=${cookie.value}` } });
    const location = replay.headers.get("location") || "";
    if (replay.status < 300 || replay.status > 399 || new URL(location, base).pathname !== "/login")
      fail(`the old session cookie still opens /dashboard (${replay.status} ${location})`);

    if (outside.length) fail(`pages fetched from outside this server: ${outside.join(", ")}`);
    if (problems.length) fail(`pages reported errors: ${problems.join(" | ")}`);
    console.log(`prep-browser: the whole flow passed; ${shots} screenshots in ${artifacts}`);
  } catch (error) {
    await page.screenshot({ path: join(artifacts, "failure.png"), fullPage: true }).catch(() => {});
    throw error;
  } finally {
    await browser.close();
  }
}

rmSync(artifacts, { recursive: true, force: true });
mkdirSync(artifacts, { recursive: true });
let server = null;
try {
  server = remote
    ? { base: target.replace(/\/+$/, ""), stop: () => {}, log: () => "(not started here)", ended: () => "" }
    : await startServer(target, { name: "prep-browser" });
  await run(server.base);
} catch (error) {
  const cause = error.cause ? ` (${error.cause.code || ""} ${error.cause.message || error.cause})` : "";
  const ended = server?.ended() ? ` (the server ${server.ended()})` : "";
  const log = server ? `\n--- the server's log:\n${server.log()}` : "";
  console.error(`prep-browser-check: ${error.message}${cause}${ended}${log}`);
  process.exitCode = 1;
} finally {
  server?.stop();
}
