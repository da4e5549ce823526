/* eslint-disable */
// Build of the browser playground (README "Playground"): playground.html + playground.js in
// dist-playground/. A config of its own, apart from webpack.config.js, so that HyperFormula (GPL-3.0,
// used by the embedded host) never enters the add-in bundle in dist/ that Excel loads.
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");
// webpack's own minimizer plugin, with esbuild instead of terser: the bundle is large (the formula
// engine, the grid, Fluent UI) and terser takes minutes on a 2-core machine, esbuild seconds.
const MinimizerPlugin = require(
  require.resolve("minimizer-webpack-plugin", { paths: [require.resolve("webpack")] }),
);

module.exports = async (env, options) => {
  const production = options.mode !== "development";
  // The English function descriptions, generated from the JSDoc exactly as the add-in build does,
  // inlined for the formula autocomplete (no request at run time).
  const generated = await generateCustomFunctionsMetadata(
    [path.resolve(__dirname, "src/functions/functions.ts")],
    false,
  );
  if (generated.errors.length) throw new Error(generated.errors.join("\n"));

  return {
    mode: production ? "production" : "development",
    devtool: production ? false : "eval-cheap-module-source-map",
    entry: { playground: "./src/playground/index.tsx" },
    output: {
      path: path.resolve(__dirname, "dist-playground"),
      filename: "[name].js",
      // The task pane's chunk (loaded once the grid shows the sample) and exceljs's (loaded when a
      // file is first opened or downloaded, src/host/embedded/_lib/excelJs.ts).
      chunkFilename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, configFile: "tsconfig.json" } },
        },
      ],
    },
    optimization: {
      minimizer: [
        new MinimizerPlugin({
          minify: MinimizerPlugin.esbuildMinify,
          // UTF-8 output: the Chinese tables stay characters, not six-byte \u escapes.
          minimizerOptions: { target: "es2021", charset: "utf8" },
        }),
      ],
    },
    // The page's script holds everything the first view needs (React, Fluent UI, the engine, the
    // grid); the task pane and exceljs (files in and out) come in chunks of their own when first
    // used. Their sizes are known.
    performance: { hints: false },
    plugins: [
      new webpack.DefinePlugin({ CREDITKIT_FUNCTIONS_JSON: generated.metadataJson }),
      new HtmlWebpackPlugin({
        filename: "playground.html",
        template: "./src/playground/playground.html",
        chunks: ["playground"],
        scriptLoading: "defer",
        // Served beside the page, so the browser's favicon request does not fail.
        favicon: "./assets/icon-32.png",
      }),
    ],
  };
};
