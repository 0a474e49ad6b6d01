import { render, screen } from "@testing-library/react";
import { lazy } from "react";
import type { WorkbookHost } from "../../src/core/workbook-host";
import { LazyView } from "../../src/taskpane/LazyView";
import { deferred, dummyHost } from "./dummy-host";

type ViewModule = { default: (props: { host: WorkbookHost }) => JSX.Element };

describe("LazyView", () => {
  it("says the view is opening until its code arrives, then shows it with the host", async () => {
    const code = deferred<ViewModule>();
    const View = lazy(() => code.promise);
    render(<LazyView label="Rate" host={dummyHost} view={View} />);
    expect(screen.getByRole("progressbar", { name: "Opening the Rate view…" })).toBeInTheDocument();
    code.resolve({ default: ({ host }) => <p>{host === dummyHost ? "Rate view, same host" : "other host"}</p> });
    expect(await screen.findByText("Rate view, same host")).toBeInTheDocument();
  });

  it("says so when the view's code cannot be downloaded, instead of blanking the pane", async () => {
    const quiet = jest.spyOn(console, "error").mockImplementation(() => {});
    try {
      const View = lazy(() => Promise.reject(new Error("Loading chunk 896 failed.")));
      render(<LazyView label="Rate" host={dummyHost} view={View} />);
      const alert = await screen.findByRole("alert", { name: "The Rate view could not be opened" });
      expect(alert).toHaveTextContent("Loading chunk 896 failed.");
      expect(alert).toHaveTextContent("nothing in the workbook was changed");
    } finally {
      quiet.mockRestore();
    }
  });
});
