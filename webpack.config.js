/* eslint-disable */
// Build of the add-in that Excel loads: one shared-runtime page (taskpane.html) that hosts the
// task pane, the custom functions and the ribbon commands. See README "Project layout".
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const FunctionMetadataPlugin = require("./scripts/webpack/function-metadata-plugin");
const { rewriteManifestUrls, normalizeBaseUrl, DEV_BASE_URL } = require("./scripts/webpack/manifest-urls");

/** The dev server's HTTPS certificate comes from office-addin-dev-certs, and only when serving. */
async function httpsServerOptions() {
  const devCerts = require("office-addin-dev-certs");
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

module.exports = async (env, options) => {
  const production = options.mode === "production";
  const serving = process.env.WEBPACK_SERVE === "true";
  const baseUrl = normalizeBaseUrl(production ? process.env.ADDIN_BASE_URL || DEV_BASE_URL : DEV_BASE_URL);

  return {
    devtool: production ? "source-map" : "eval-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
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
    performance: { maxAssetSize: 2_500_000, maxEntrypointSize: 2_500_000 },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new FunctionMetadataPlugin({ source: "functions.json", baseUrl }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions", "commands"],
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => rewriteManifestUrls(content.toString(), baseUrl),
          },
        ],
      }),
    ],
    devServer: serving
      ? {
          port: 3000,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await httpsServerOptions() },
          static: { directory: path.resolve(__dirname, "dist") },
        }
      : undefined,
  };
};
