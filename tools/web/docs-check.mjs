// Checks the served API documentation against a real `offertracker serve` on loopback (SQLite in a temp dir):
//   node docs-check.mjs validate <offertracker binary>  — /openapi.json passes an OpenAPI 3.1 validator, and real
//                                                        responses (success, 404, 422) match its response schemas
//   node docs-check.mjs browser <offertracker binary>   — headless Chromium opens /docs, authorizes through the
//                                                        OAuth2 password form and runs one request from the page
// Exits non-zero with a message on the first failure. Never leaves loopback.
import SwaggerParser from "@apidevtools/swagger-parser";
import Ajv2020 from "ajv/dist/2020.js";
import { chromium } from "playwright-core";
import { startServer } from "./offertracker-server.mjs";

const [mode, binary] = process.argv.slice(2);
if (!["validate", "browser"].includes(mode) || !binary) {
  console.error("usage: node docs-check.mjs validate|browser <offertracker binary>");
  process.exit(2);
}

function fail(message) {
  throw new Error(message);
}

async function validate(base) {
  const response = await fetch(`${base}/openapi.json`);
  if (!response.ok) fail(`GET /openapi.json answered ${response.status}`);
  const document = await response.json();
  if (document.openapi !== "3.1.0") fail(`openapi is ${document.openapi}, not 3.1.0`);
  await SwaggerParser.validate(structuredClone(document));  // throws with the validator's findings; it dereferences
  const operations = Object.values(document.paths).flatMap((item) => Object.keys(item)).length;
  console.log(`openapi: valid OpenAPI 3.1, ${Object.keys(document.paths).length} paths, ${operations} operations`);
  const checked = await checkResponses(base, document);
  console.log(`openapi: ${checked} real responses match their documented schemas`);
}

// OpenAPI 3.1 schemas are JSON Schema 2020-12: the named ones go in as one schema's $defs, so a response schema
// (named or inline, e.g. an array of a named one) compiles with its "#/components/schemas/X" refs resolved there.
// Every object that lists its properties is closed here, so a field the server sends but the document does not
// name fails too (the document's own schemas stay open, as clients should read them).
function responseValidator(document) {
  const root = "urn:offertracker:openapi";
  const rebase = (v) => {
    if (Array.isArray(v)) return v.map(rebase);
    if (v === null || typeof v !== "object") return v;
    const out = Object.fromEntries(Object.entries(v).map(([k, x]) =>
      [k, k === "$ref" && typeof x === "string" ? x.replace("#/components/schemas/", `${root}#/$defs/`) : rebase(x)]));
    if (out.type === "object" && out.properties && !("additionalProperties" in out)) out.additionalProperties = false;
    return out;
  };
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  ajv.addFormat("date", /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat("date-time", /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
  ajv.addFormat("binary", true);
  ajv.addSchema({ $id: root, $defs: rebase(document.components.schemas) });
  // The schema of one documented response; fails when the operation does not document that status as JSON.
  return (method, path, status) => {
    const operation = document.paths[path]?.[method.toLowerCase()];
    if (!operation) fail(`${method} ${path} is not in the document`);
    const schema = operation.responses[String(status)]?.content?.["application/json"]?.schema;
    if (!schema) fail(`${method} ${path} does not document a JSON ${status} response`);
    return ajv.compile(rebase(schema));
  };
}

// Runs real requests and checks each answer against the schema the document gives its operation and status.
async function checkResponses(base, document) {
  const schemaFor = responseValidator(document);
  let checked = 0;
  let token = "";
  const call = async (method, template, { params = {}, body, status }) => {
    const path = template.replace(/\{(\w+)\}/g, (_, name) => encodeURIComponent(params[name]));
    const headers = token ? { Authorization: `Bearer ${token}` } : {};
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const response = await fetch(`${base}${path}`, {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (response.status !== status) fail(`${method} ${path} answered ${response.status}, not ${status}: ${text}`);
    if (!(response.headers.get("content-type") || "").startsWith("application/json"))
      fail(`${method} ${path} answered ${response.headers.get("content-type")}, not JSON`);
    const json = JSON.parse(text);
    const validate = schemaFor(method, template, status);
    if (!validate(json))
      fail(`${method} ${path} ${status} does not match its documented schema: ${JSON.stringify(validate.errors)}\n${text}`);
    checked++;
    return json;
  };

  const api = "/api/v1";
  const session = await call("POST", `${api}/auth/register`, {
    status: 201, body: { email: "schema@example.com", username: "schemauser", password: "schema-password" },
  });
  token = session.access_token;
  await call("GET", `${api}/users/me`, { status: 200 });
  const application = await call("POST", `${api}/applications/`, {
    status: 201,
    body: { company_name: "Acme", role_title: "Engineer", status: "Applied", job_type: "Full-time", salary_min: 90000 },
  });
  const id = application.id;
  // A stage and an outcome, so that the list below carries the nested models too.
  await call("POST", `${api}/applications/{id}/stages`, {
    params: { id }, status: 201, body: { stage_name: "Phone Screen", questions_asked: ["Why us?"] },
  });
  await call("POST", `${api}/applications/{id}/outcome`, { params: { id }, status: 201, body: { salary: 100000 } });
  const list = await call("GET", `${api}/applications/`, { status: 200 });
  if (list.length !== 1 || list[0].stages.length !== 1 || !list[0].outcome)
    fail(`GET ${api}/applications/ did not list the application with its stage and outcome`);
  await call("POST", `${api}/applications/`, { status: 422, body: { role_title: 7 } });
  await call("GET", `${api}/applications/{id}`, { params: { id: "00000000-0000-4000-8000-000000000000" }, status: 404 });
  return checked;
}

async function browse(base) {
  const password = "docs-check-password";
  const register = await fetch(`${base}/api/v1/auth/register`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email: "docs@example.com", username: "docsuser", password }),
  });
  if (register.status !== 201) fail(`register answered ${register.status}`);

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
           "--disable-component-update", "--disable-sync"],
  });
  try {
    const page = await browser.newPage();
    const outside = [];
    page.on("request", (r) => { if (!r.url().startsWith(base)) outside.push(r.url()); });
    const problems = [];
    page.on("pageerror", (e) => problems.push(e.message));
    page.on("console", (m) => { if (m.type() === "error") problems.push(m.text()); });

    await page.goto(`${base}/docs`);
    await page.waitForSelector(".swagger-ui .information-container .title", { timeout: 15000 });

    // Authorize: the OAuth2 password flow posts username (the email) and password to the login route.
    await page.click(".auth-wrapper button.authorize");
    const dialog = page.locator(".dialog-ux .modal-ux");
    await dialog.locator("#oauth_username").fill("docs@example.com");
    await dialog.locator("#oauth_password").fill(password);
    await dialog.locator("button.modal-btn.authorize").click();
    // Once the token came back, the same button offers to log out.
    await dialog.getByRole("button", { name: "Remove authorization" }).waitFor({ timeout: 10000 });
    await dialog.locator("button.btn-done").first().click();

    // One authenticated request from the page: list the contacts. With every surface in one document, Swagger UI
    // renders the operations below the fold only as the page scrolls, as a reader's would.
    const block = page.locator(".opblock-get", { has: page.locator('[data-path="/api/v1/contacts/"]') }).first();
    for (let i = 0; i < 100 && (await block.count()) === 0; ++i) {
      await page.evaluate(() => window.scrollBy(0, window.innerHeight));
      await page.waitForTimeout(100);
    }
    await block.locator(".opblock-summary").click();
    await block.locator("button.try-out__btn").click();
    await block.locator("button.execute").click();
    const status = block.locator(".live-responses-table .response .response-col_status").first();
    await status.waitFor({ timeout: 10000 });
    const code = (await status.innerText()).trim();
    if (!code.startsWith("200")) fail(`the request from /docs answered ${code}`);
    const body = await block.locator(".live-responses-table .response-col_description pre").first().innerText();
    if (body.trim() !== "[]") fail(`the request from /docs returned ${body}`);

    if (outside.length) fail(`/docs fetched from outside this server: ${outside.join(", ")}`);
    if (problems.length) fail(`/docs reported errors: ${problems.join(" | ")}`);
    console.log("docs: Swagger UI loaded from this server, authorized, and GET /api/v1/contacts/ answered 200 []");
  } finally {
    await browser.close();
  }
}

const server = await startServer(binary, { name: "docs-check" });
try {
  if (mode === "validate") await validate(server.base);
  else await browse(server.base);
} catch (error) {
  console.error(`docs-check ${mode}: ${error.message}\n--- the server's log:\n${server.log()}`);
  process.exitCode = 1;
} finally {
  server.stop();
}
