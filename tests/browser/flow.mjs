// flow.mjs: the web application in a real browser (Debian's Chromium, driven
// by playwright-core), as its users go through it, with axe-core checking
// every page it visits for accessibility.  Run by tests/check/64-web-browser.sh,
// which starts the server and passes:
//   node flow.mjs URL USER PASSWORD DOCUMENT ARTEFACTS
// Prints one line per step, "PASS browser:<step>" or "FAIL browser:<step>"
// with the reason on the next line; screenshots of each page go to ARTEFACTS.
// The expectations are what a person sees: the Kirklees direction of
// 25 January 2018, its clause 7.e (a partnership agreement due 2018-04-25).
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const [url, user, password, doc, artefacts] = process.argv.slice(2);
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
let failed = 0;

function report(step, ok, why) {
	console.log(`${ok ? "PASS" : "FAIL"} browser:${step}`);
	if (!ok) {
		failed++;
		if (why) console.log(`  ${why}`);
	}
}

// The caller as the server sees it, asked from inside the page (with its cookies).
async function whoami(page) {
	return page.evaluate(async () => (await fetch("/api/v1/whoami")).json());
}

async function step(name, fn) {
	try {
		const why = await fn();
		report(name, !why, why);
	} catch (e) {
		report(name, false, String(e).split("\n")[0]);
	}
}

// No serious or critical axe violation on the page (WCAG 2.1 AA rules).
async function accessible(page, name) {
	await page.screenshot({ path: `${artefacts}/${name}.png`, fullPage: true });
	await page.addScriptTag({ content: axeSource });
	const result = await page.evaluate(async () =>
		await window.axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] }));
	const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
	return bad.length ? bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} nodes`).join("; ") : null;
}

const browser = await chromium.launch({
	executablePath: "/usr/bin/chromium",
	args: ["--no-sandbox", "--disable-dev-shm-usage"],
});
// bypassCSP: only so the test can inject axe-core; the pages themselves run no script.
const context = await browser.newContext({ bypassCSP: true });
const page = await context.newPage();

await step("home", async () => {
	const r = await page.goto(url);
	if (r.status() !== 200) return `status ${r.status()}`;
	return accessible(page, "home");
});
await step("login-page", async () => {
	await page.goto(`${url}login`);
	if (!(await page.getByRole("heading", { name: "Sign in" }).isVisible())) return "no Sign in heading";
	return accessible(page, "login");
});
await step("login-wrong-password-shows-error", async () => {
	await page.getByLabel("User name").fill(user);
	await page.getByLabel("Password").fill("not the password");
	await page.getByRole("button", { name: "Sign in" }).click();
	if (!(await page.getByText("The user name or password is not right").isVisible())) return "no error summary";
	return accessible(page, "login-error");
});
await step("login", async () => {
	await page.goto(`${url}login`);
	await page.getByLabel("User name").fill(user);
	await page.getByLabel("Password").fill(password);
	await page.getByRole("button", { name: "Sign in" }).click();
	await page.waitForURL(url);
	const me = await whoami(page);
	return me.role === "dfe_admin" ? null : `signed in as ${JSON.stringify(me)}`;
});
await step("upload-form", async () => {
	await page.goto(`${url}upload`);
	return accessible(page, "upload");
});
await step("upload-and-review", async () => {
	await page.setInputFiles("input[type=file]", doc);
	await page.getByRole("button", { name: "Read it" }).click();
	await page.waitForURL(/\/upload\/[0-9a-f]{64}$/);
	const body = await page.textContent("main");
	for (const want of ["Kirklees Council", "2018-01-25", "7.e", "2018-04-25", "bi-monthly"])
		if (!body.includes(want)) return `the review page lacks '${want}'`;
	return accessible(page, "review");
});
await step("ingest", async () => {
	await page.getByRole("button", { name: "Put it in the register" }).click();
	if (!(await page.getByRole("heading", { name: "In the register" }).isVisible())) return "no confirmation";
	return accessible(page, "ingested");
});
await step("provenance-page", async () => {
	await page.getByRole("link", { name: "See each duty where it was read" }).click();
	await page.waitForURL(/\/instruments\/[0-9a-f]{64}$/);
	// 19 duties (tests/golden/read/), two of them (7.g/2 and 7.g/3) read from the
	// same sentence: 18 marks
	const marks = await page.locator("mark").count();
	if (marks !== 18) return `${marks} passages marked in the text, want 18`;
	const numbers = await page.locator("mark sup a").allTextContents();
	for (let k = 1; k <= 19; k++)
		if (!numbers.includes(`[${k}]`)) return `duty [${k}] is not linked from the text`;
	// clause 7.e, the partnership agreement, is marked where it is written and its card shows the date
	const mark = page.locator("mark", { hasText: "Within three calendar months of the date of this direction" });
	if ((await mark.count()) !== 1) return "7.e is not marked in the text";
	const link = mark.locator("a").first();
	await link.click();
	const card = page.locator(await link.getAttribute("href"));
	const text = await card.textContent();
	if (!text.includes("2018-04-25") || !text.includes("2018-01-25 + 3 calendar months")) return `7.e's card: ${text}`;
	return accessible(page, "provenance");
});
await step("dashboard", async () => {
	await page.goto(`${url}dashboard?in=intervention`);
	const row = page.locator("#councils tbody tr", { hasText: "Kirklees" });
	if ((await row.count()) !== 1) return "Kirklees is not listed among the councils in intervention";
	const text = await row.textContent();
	// the direction of 25 January 2018 orders a partnership with Leeds (alternative
	// delivery); nothing has ended it in this register
	if (!text.includes("Alternative delivery") || !text.includes("2018-01-25")) return `Kirklees row: ${text}`;
	return accessible(page, "dashboard");
});
await step("council-page", async () => {
	await page.getByRole("link", { name: "Kirklees" }).click();
	await page.waitForURL(/\/councils\/382$/);
	const duty = page.locator("table tr", { hasText: "enter into a strategic partnership agreement" });
	if ((await duty.count()) !== 1) return "7.e is not among the duties due and overdue";
	if (!(await duty.textContent()).includes("overdue")) return "7.e is not overdue before any evidence";
	return accessible(page, "council");
});
await step("calendar-download", async () => {
	const href = await page.getByRole("link", { name: "Download the calendar (ICS)" }).getAttribute("href");
	// fetched by the page, with its session (a Secure cookie, which the browser sends to 127.0.0.1)
	const r = await page.evaluate(async (h) => {
		const x = await fetch(h);
		return { type: x.headers.get("content-type"), body: await x.text() };
	}, href);
	const body = r.body;
	if (!r.type.startsWith("text/calendar")) return `content-type ${r.type}`;
	if (!body.startsWith("BEGIN:VCALENDAR") || !body.includes("DTSTART;VALUE=DATE:20180425")) return "no 7.e event on 2018-04-25";
	return null;
});
await step("record-evidence-turns-met", async () => {
	await page.locator("table tr", { hasText: "enter into a strategic partnership agreement" }).getByRole("link").first().click();
	await page.waitForURL(/\/occurrences\/[0-9]+$/);
	if ((await page.locator("#status").textContent()) !== "overdue") return "not overdue before";
	if ((await accessible(page, "occurrence"))) return accessible(page, "occurrence");
	await page.getByLabel("The date it was met (YYYY-MM-DD)").fill("2018-04-20");
	await page.getByLabel("What shows it").fill("Partnership agreement with Leeds signed");
	await page.getByRole("button", { name: "Record evidence" }).click();
	await page.waitForURL(/\/occurrences\/[0-9]+$/);
	const status = await page.locator("#status").textContent();
	if (status !== "met") return `status after evidence: ${status}`;
	if (!(await page.locator("#evidence").textContent()).includes("2018-04-20")) return "the evidence is not listed";
	return accessible(page, "occurrence-met");
});
await step("pdf-report", async () => {
	const r = await page.evaluate(async () => {
		const x = await fetch("/councils/382/reports/board?as_of=2020-05-01&format=pdf");
		const b = new Uint8Array(await x.arrayBuffer());
		return { status: x.status, type: x.headers.get("content-type"), head: String.fromCharCode(...b.slice(0, 5)), n: b.length };
	});
	if (r.status !== 200) return `status ${r.status}`;
	if (r.type !== "application/pdf" || r.head !== "%PDF-") return `not a PDF: ${r.type} ${r.head}`;
	return r.n > 20000 ? null : `a PDF of only ${r.n} bytes`;
});
await step("report-page", async () => {
	const r = await page.goto(`${url}councils/382/reports/board?as_of=2020-05-01`);
	if (r.status() !== 200) return `status ${r.status()}`;
	if (!(await page.getByRole("heading", { name: "Objectives slow to progress" }).isVisible())) return "no slow objectives";
	return accessible(page, "board-report");
});
await step("review-queue", async () => {
	await page.goto(`${url}review`);
	const n = await page.getByRole("button", { name: "Confirm as read" }).count();
	if (n < 1) return "the direction, read with warnings, is not in the queue";
	return accessible(page, "review-queue");
});
await step("logout", async () => {
	const me = await whoami(page);
	const status = await page.evaluate(async (csrf) => (await fetch("/logout", {
		method: "POST", redirect: "manual",
		headers: { "Content-Type": "application/x-www-form-urlencoded" },
		body: new URLSearchParams({ csrf }),
	})).status, me.csrf);
	if (status !== 0 && status !== 303) return `status ${status}`; /* 0: an opaque redirect */
	const after = await whoami(page);
	return after.role === "public" ? null : `still ${after.role}`;
});

await browser.close();
process.exit(failed ? 1 : 0);
