// pdf.js (Node build) loads this package for drawing pages; Rating Matrix only reads their text.
// It also copies DOMMatrix, ImageData and Path2D from it when Node lacks them, and prints a warning
// on stdout when they are missing, which would spoil `import --json`. They are here so that it
// finds them; anything that actually tries to draw is told plainly that it cannot.
"use strict";

function notInstalled(name) {
  return class {
    constructor() {
      throw new Error(`${name}: drawing PDF pages is not available; Rating Matrix installs no canvas library (it only reads text).`);
    }
  };
}

module.exports = {
  DOMMatrix: notInstalled("DOMMatrix"),
  ImageData: notInstalled("ImageData"),
  Path2D: notInstalled("Path2D"),
  createCanvas() {
    throw new Error("createCanvas: drawing PDF pages is not available; Rating Matrix installs no canvas library (it only reads text).");
  },
};
