// The self-test page on the office-js fake, bundled for a real browser by selftest-page.e2e.ts:
// what a tester sees in Excel, without Excel. The platform comes from the page's query string.
import { mountSelfTestPage } from "../../src/selftest/self-test-page";
import { createFakeExcel, installFakeOffice } from "../office-fake";

const platform = new URLSearchParams(location.search).get("platform") === "web" ? "OfficeOnline" : "PC";
installFakeOffice(createFakeExcel({ platform }));
const root = document.getElementById("root");
if (root) void mountSelfTestPage(root);
