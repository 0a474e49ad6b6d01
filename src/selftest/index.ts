import { mountSelfTestPage } from "./self-test-page";

const root = document.getElementById("root");
if (root) void mountSelfTestPage(root);
