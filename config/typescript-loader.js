/**
 * The webpack rule both builds (the add-in and the browser preview) compile TypeScript with.
 * Types are checked by `npm run typecheck`; the builds only transpile.
 */
const typescriptRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: {
    loader: "ts-loader",
    options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: true } },
  },
};

module.exports = { typescriptRule };
