// Provider manager: talks to /providers. Keys go out once, in the request body; no response contains one.
"use strict";

const rows = document.getElementById("providers");
const statusLine = document.getElementById("status");

function show(message, isError) {
  statusLine.textContent = message;
  statusLine.className = isError ? "error" : "";
}

async function request(method, path, body, etag) {
  const headers = { "Accept": "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (etag) headers["If-Match"] = etag;
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const payload = response.status === 204 ? null : await response.json();
  if (!response.ok) throw new Error(payload && payload.detail ? payload.detail : `HTTP ${response.status}`);
  return { payload, etag: response.headers.get("ETag") };
}

function cell(text) {
  const td = document.createElement("td");
  td.textContent = text;
  return td;
}

function renderRow(provider) {
  const tr = document.createElement("tr");
  tr.dataset.id = provider.id;
  tr.append(cell(provider.name), cell(provider.kind));
  const fingerprint = cell("");
  const code = document.createElement("code");
  code.textContent = provider.fingerprint;
  code.className = "fingerprint";
  fingerprint.append(code);
  tr.append(fingerprint, cell(provider.keyId), cell(String(provider.secretVersion)));

  const rotate = document.createElement("td");
  const form = document.createElement("form");
  form.className = "rotate-form";
  const input = document.createElement("input");
  input.type = "password";
  input.name = "apiKey";
  input.required = true;
  input.className = "rotate-key";
  input.setAttribute("aria-label", `New API key for ${provider.name}`);
  const button = document.createElement("button");
  button.type = "submit";
  button.textContent = "Rotate";
  form.append(input, button);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      const { payload } = await request("PATCH", `/providers/${provider.id}`, { apiKey: input.value }, `"${provider.secretVersion}"`);
      input.value = "";
      show(`Rotated ${payload.name}: revoke the old key ${payload.previousFingerprint} at the provider.`, false);
      await refresh();
    } catch (error) {
      show(error.message, true);
    }
  });
  rotate.append(form);
  tr.append(rotate);

  const actions = document.createElement("td");
  const remove = document.createElement("button");
  remove.textContent = "Delete";
  remove.className = "delete";
  remove.addEventListener("click", async () => {
    try {
      await request("DELETE", `/providers/${provider.id}`, undefined, `"${provider.secretVersion}"`);
      show(`Deleted ${provider.name}.`, false);
      await refresh();
    } catch (error) {
      show(error.message, true);
    }
  });
  actions.append(remove);
  tr.append(actions);
  return tr;
}

async function refresh() {
  const { payload } = await request("GET", "/providers");
  rows.replaceChildren(...payload.map(renderRow));
}

document.getElementById("create-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const form = event.target;
  try {
    const { payload } = await request("POST", "/providers", {
      name: form.name.value,
      kind: form.kind.value,
      apiKey: form.apiKey.value,
    });
    form.reset();
    show(`Added ${payload.name} (fingerprint ${payload.fingerprint}).`, false);
    await refresh();
  } catch (error) {
    show(error.message, true);
  }
});

refresh().catch((error) => show(error.message, true));
