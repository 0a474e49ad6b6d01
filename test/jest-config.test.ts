import path from "node:path";
import { readConfigs } from "jest-config";

describe("the jest configuration", () => {
  it("gives every test the 30 s hang guard, where jest reads it (the global configuration, not a project's)", async () => {
    const { globalConfig } = await readConfigs({ $0: "jest", _: [] } as unknown as Parameters<typeof readConfigs>[0], [path.resolve(__dirname, "..")]);
    expect(globalConfig.testTimeout).toBe(30_000);
  });
});
