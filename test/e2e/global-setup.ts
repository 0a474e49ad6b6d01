import { buildPreview } from "./build-preview";
import { serveFolder } from "./static-server";

/**
 * Builds the preview once for every real-application suite and serves it from the jest process, so
 * each suite (run in its own worker) starts a browser against it instead of building again.
 */
export default async function globalSetup(): Promise<void> {
  const dist = await buildPreview();
  const server = await serveFolder(dist);
  process.env.RATING_MATRIX_PREVIEW_URL = server.url;
  process.env.RATING_MATRIX_PREVIEW_DIST = dist;
  (globalThis as { ratingMatrixPreview?: unknown }).ratingMatrixPreview = { server, dist };
}
