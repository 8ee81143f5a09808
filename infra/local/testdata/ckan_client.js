// A harvest by CKAN's own JavaScript client (npm's ckan, by the Open
// Knowledge Foundation), as a CKAN harvester would do it: status_show,
// every package through package_search's start and rows, package_show of
// each, the organizations and the tags. It prints what it read as JSON
// for the Go test to compare with Plaza's own API. With a third argument
// "page-only" it pages through package_search and stops there.
"use strict";
const CKAN = require("ckan");
const endpoint = process.argv[2];
const rows = Number(process.argv[3] || "7");
const client = new CKAN.Client(endpoint);

function action(name, data) {
  return new Promise((resolve, reject) => {
    client.action(name, data, (err, body) => {
      if (err) { reject(new Error(String(err))); return; }
      if (!body || body.success !== true) { reject(new Error(name + ": " + JSON.stringify(body))); return; }
      resolve(body.result);
    });
  });
}

function failure(name, data) {
  return new Promise((resolve) => {
    client.action(name, data, (err, body) => resolve({ err: err ? String(err) : null, body: body }));
  });
}

(async () => {
  const out = {};
  out.status = await action("status_show", {});
  const ids = [];
  let count = -1;
  for (let start = 0; count < 0 || start < count; start += rows) {
    const page = await action("package_search", { q: "*:*", rows: rows, start: start, sort: "metadata_modified desc" });
    count = page.count;
    page.results.forEach((p) => ids.push(p.id));
    if (page.results.length === 0) break;
  }
  out.count = count;
  out.ids = ids;
  if (process.argv[4] === "page-only") {
    // A harvest's listing alone (the deep-paging test reads 10,000+).
    process.stdout.write(JSON.stringify(out));
    return;
  }
  out.packages = [];
  for (const id of ids) {
    const p = await action("package_show", { id: id });
    out.packages.push({ id: p.id, name: p.name, title: p.title, organization: p.organization.name,
      groups: p.groups.map((g) => g.name), resources: p.resources.map((r) => r.url),
      access: (p.extras.find((e) => e.key === "access_rights") || {}).value });
  }
  out.organizations = await action("organization_list", { all_fields: true });
  out.tags = await action("tag_list", {});
  out.facets = (await action("package_search", { rows: 0, "facet.field": ["organization", "grade"] })).facets;
  out.missing = await failure("package_show", { id: "6110000:NO-SUCH-DOCUMENT" });
  process.stdout.write(JSON.stringify(out));
})().catch((e) => { process.stderr.write(String(e.stack || e) + "\n"); process.exit(1); });
