import { rmSync } from "node:fs";

export default async function globalTeardown(): Promise<void> {
  const preview = (globalThis as { ratingMatrixPreview?: { server: { close: () => Promise<void> }; dist: string } }).ratingMatrixPreview;
  if (!preview) return;
  await preview.server.close();
  rmSync(preview.dist, { recursive: true, force: true });
}
