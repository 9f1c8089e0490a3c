/**
 * A webpack plugin for the development servers: once the first build succeeds, prints
 * `message()` (where to open what was built), after the server's own start-up lines.
 */
class PrintWhenServedPlugin {
  constructor(message) {
    this.message = message;
  }

  apply(compiler) {
    let shown = false;
    compiler.hooks.done.tap("PrintWhenServedPlugin", (stats) => {
      if (shown || stats.hasErrors()) return;
      shown = true;
      setImmediate(() => console.log(this.message()));
    });
  }
}

module.exports = { PrintWhenServedPlugin };
