// The interview-prep web with a model provider, end to end: the real `offertracker serve` (SQLite, a temporary data
// dir) with --provider-url pointing at an OpenAI-compatible stand-in this script serves on 127.0.0.1. Checks that the
// composition hands the web the provider's chat model (its question is asked, with the configured model name and
// key), that a provider failure falls back to the offline interviewer, and that the model writes the feedback.
//   node prep-model-check.mjs <offertracker binary>
// Exits 0 when every check passed, 1 otherwise (with the server's log). Never leaves loopback.
import { createServer } from "node:http";
import { startServer } from "./offertracker-server.mjs";

const binary = process.argv[2];
if (!binary) {
  console.error("usage: node prep-model-check.mjs <offertracker binary>");
  process.exit(2);
}

// ---- the stand-in provider: POST /v1/chat/completions, scripted -----------------------------------------

const received = [];
let failing = false;
let asked = 0;
const provider = createServer((req, res) => {
  let body = "";
  req.on("data", (d) => { body += d; });
  req.on("end", () => {
    const request = { path: req.url, auth: req.headers.authorization, body: JSON.parse(body || "{}") };
    received.push(request);
    if (failing || req.url !== "/v1/chat/completions") {
      res.writeHead(500, { "Content-Type": "application/json" }).end('{"error":"down"}');
      return;
    }
    const wantsFeedback = request.body.messages?.[0]?.content?.includes("giving feedback");
    const content = wantsFeedback
      ? { score: 7, strengths: ["Concrete results in every answer."], weaknesses: ["Few numbers."],
          cv_improvements: ["Name Kubernetes in your CV."] }
      : { question: `Model question ${++asked}: what did you ship last quarter?` };
    res.writeHead(200, { "Content-Type": "application/json" })
      .end(JSON.stringify({ choices: [{ index: 0, message: { role: "assistant", content: JSON.stringify(content) } }] }));
  });
});
await new Promise((resolve) => provider.listen(0, "127.0.0.1", resolve));
const providerUrl = `http://127.0.0.1:${provider.address().port}/v1`;

process.env.OFFERTRACKER_PROVIDER_API_KEY = "sk-stand-in-key";  // reaches the child through its environment
const server = await startServer(binary, {
  name: "prep-model",
  args: ["--provider-url", providerUrl, "--provider-chat-model", "stand-in-chat", "--provider-timeout-ms", "5000"],
});

function check(condition, message) {
  if (!condition) throw new Error(message);
}

let cookie = "";
async function call(method, path, body) {
  const headers = { Accept: "application/json" };
  if (cookie) headers.Cookie = cookie;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const res = await fetch(`${server.base}${path}`, { method, headers, redirect: "manual",
                                                     body: body === undefined ? undefined : JSON.stringify(body) });
  const setCookie = res.headers.get("set-cookie");
  if (setCookie) cookie = setCookie.split(";")[0];
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : null };
}

try {
  const signup = await call("POST", "/signup", { email: "model@example.com", username: "modeltest",
                                                 password: "model-secret-1" });
  check(signup.status === 200 && cookie.startsWith("session="), `signup: ${signup.status} ${JSON.stringify(signup.json)}`);
  const created = await call("POST", "/session/create", { job_title: "Platform Engineer", company_name: "Initech" });
  check(created.status === 200, `create: ${created.status}`);
  const id = created.json.session_id;

  const opened = await call("GET", `/session/${id}/interview`);
  check(opened.status === 200, `interview: ${opened.status}`);
  check(opened.json.question?.source === "model", `the first question is not the model's: ${JSON.stringify(opened.json)}`);
  check(opened.json.question.text === "Model question 1: what did you ship last quarter?", "the model's text changed");
  const first = received[0];
  check(first.path === "/v1/chat/completions", `the provider was called at ${first.path}`);
  check(first.body.model === "stand-in-chat", `the chat model sent was ${first.body.model}`);
  check(first.auth === "Bearer sk-stand-in-key", "the provider's key was not sent as a bearer token");
  check(JSON.stringify(first.body.messages).includes("Platform Engineer"), "the brief lacks the job title");

  failing = true;
  const next = await call("POST", `/session/${id}/message`, { answer: "I shipped a deploy pipeline that cut release time by half." });
  check(next.status === 200, `message: ${next.status}`);
  check(next.json.question && next.json.question.source !== "model",
        `a failing provider did not fall back to the offline interviewer: ${JSON.stringify(next.json.question)}`);

  failing = false;
  const third = await call("POST", `/session/${id}/message`, { answer: "I led the on-call rota and we halved pages in a month." });
  check(third.json.question?.source === "model", "the provider's questions did not resume after it recovered");
  const done = await call("POST", `/session/${id}/complete`);
  check(done.status === 200, `complete: ${done.status} ${JSON.stringify(done.json)}`);
  const feedback = await call("GET", `/session/${id}/feedback`);
  check(feedback.json.written_by === "model" && feedback.json.score === 7,
        `the feedback is not the model's: ${JSON.stringify(feedback.json)}`);
  check(feedback.json.answers.length === 2, "the rubric's notes per answer are missing");
  check(server.log().includes("interview model:"), "the provider failure was not logged");
  console.log(`prep-model-check: passed (${received.length} provider calls)`);
} catch (error) {
  console.error(`prep-model-check: ${error.message}\n--- server log ---\n${server.log()}`);
  process.exitCode = 1;
} finally {
  server.stop();
  provider.close();
}
