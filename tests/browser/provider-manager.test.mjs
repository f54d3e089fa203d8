// Drives the ProviderService provider manager page in Debian's headless Chromium (playwright-core):
// add a provider, rotate its key, delete it; check the headers the browser saw, that no response the
// page received carries a key, and that the CSP blocks an injected inline script.
// Usage: BASE_URL=http://127.0.0.1:5080 node provider-manager.test.mjs   (exit code 0 = pass)
import { chromium } from "playwright-core";
import { randomBytes } from "node:crypto";

const baseUrl = process.env.BASE_URL;
const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
if (!baseUrl) throw new Error("Set BASE_URL to the ProviderService address.");

// Keys are made at run time; nothing key-shaped is committed.
const firstKey = `test-${randomBytes(24).toString("base64url")}`;
const secondKey = `test-${randomBytes(24).toString("base64url")}`;
const failures = [];
const check = (condition, message) => { if (!condition) failures.push(message); };

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"],
});

try {
  const page = await browser.newPage();
  const bodies = [];
  page.on("response", async (response) => {
    if (response.url().includes("/providers")) {
      try { bodies.push(await response.text()); } catch { /* 204 has no body */ }
    }
  });
  const violations = [];
  await page.exposeFunction("reportViolation", (directive) => violations.push(directive));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => window.reportViolation(e.violatedDirective));
  });

  const main = await page.goto(baseUrl, { waitUntil: "networkidle" });
  const headers = main.headers();
  check(headers["content-security-policy"] === "default-src 'self' data: blob:", `CSP was ${headers["content-security-policy"]}`);
  check(headers["x-frame-options"] === "DENY", `X-Frame-Options was ${headers["x-frame-options"]}`);
  check(headers["referrer-policy"] === "strict-origin-when-cross-origin", `Referrer-Policy was ${headers["referrer-policy"]}`);
  check(headers["x-content-type-options"] === "nosniff", `X-Content-Type-Options was ${headers["x-content-type-options"]}`);
  check((headers["strict-transport-security"] || "").startsWith("max-age="), `HSTS was ${headers["strict-transport-security"]}`);

  // Add a provider through the form.
  await page.fill("#create-name", "browser-openai");
  await page.fill("#create-kind", "openai");
  await page.fill("#create-key", firstKey);
  await page.click("#create-form button[type=submit]");
  const row = page.locator("#providers tr", { hasText: "browser-openai" });
  await row.waitFor();
  const firstFingerprint = await row.locator("code.fingerprint").textContent();
  check(/^[0-9a-f]{16}$/.test(firstFingerprint || ""), `fingerprint shown was ${firstFingerprint}`);

  // Rotate its key (PATCH with If-Match).
  await row.locator("input.rotate-key").fill(secondKey);
  await row.locator(".rotate-form button").click();
  await page.locator("#providers tr", { hasText: "browser-openai" }).locator("td", { hasText: /^2$/ }).waitFor();
  const secondFingerprint = await page.locator("#providers tr", { hasText: "browser-openai" }).locator("code.fingerprint").textContent();
  check(secondFingerprint !== firstFingerprint, "the fingerprint did not change after rotating");
  const status = await page.textContent("#status");
  check((status || "").includes(firstFingerprint), `status did not name the old fingerprint to revoke: ${status}`);

  // The CSP blocks an injected inline script.
  const ran = await page.evaluate(async () => {
    const script = document.createElement("script");
    script.textContent = "window.__inlineRan = true;";
    document.body.append(script);
    await new Promise((resolve) => setTimeout(resolve, 200));
    return window.__inlineRan === true;
  });
  check(!ran, "an injected inline script ran: the CSP did not block it");
  check(violations.some((d) => d.startsWith("script-src") || d.startsWith("default-src")), `no CSP violation was reported (${violations.join(", ")})`);

  // Delete it.
  await page.locator("#providers tr", { hasText: "browser-openai" }).locator("button.delete").click();
  await page.locator("#providers tr", { hasText: "browser-openai" }).waitFor({ state: "detached" });

  // Nothing the page received contains a key.
  const received = bodies.join("\n") + (await page.content());
  check(!received.includes(firstKey) && !received.includes(secondKey), "a response or the page contains an API key");
  check(bodies.length >= 4, `expected the page to call the API at least 4 times, saw ${bodies.length}`);
} finally {
  // playwright-core gives each launch a new, empty profile directory and removes it on close.
  await browser.close();
}

if (failures.length > 0) {
  console.error("FAIL\n" + failures.map((f) => `  - ${f}`).join("\n"));
  process.exit(1);
}
console.log("PASS provider manager: add, rotate, delete; headers; CSP blocks inline script; no key in any response");
