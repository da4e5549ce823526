/* eslint-disable */
// After CustomFunctionsMetadataPlugin has generated functions.json (English, from the JSDoc in
// src/functions/functions.ts), this plugin writes functions.zh-CN.json and functions.zh-TW.json
// from the one translation table, points helpUrls at the deployed reference page, and renders
// reference.html. Any mismatch between the metadata and the table fails the build.
const { sources, WebpackError, Compilation } = require("webpack");
const tsx = require("tsx/cjs/api");
const { DEV_BASE_URL } = require("./manifest-urls");

const PLUGIN = "FunctionMetadataPlugin";

class FunctionMetadataPlugin {
  constructor(options) {
    this.source = options.source;
    this.baseUrl = options.baseUrl || DEV_BASE_URL;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap({ name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const asset = compilation.getAsset(this.source);
        if (!asset) {
          compilation.errors.push(new WebpackError(`${PLUGIN}: ${this.source} was not generated`));
          return;
        }
        const meta = tsx.require("../../src/functions/metadata/build.ts", __filename);
        const result = meta.buildFunctionAssets(asset.source.source().toString(), DEV_BASE_URL, this.baseUrl);
        if (!result.ok) {
          for (const e of result.errors) compilation.errors.push(new WebpackError(`${PLUGIN}: ${e}`));
          return;
        }
        for (const [name, text] of Object.entries(result.assets)) {
          const raw = new sources.RawSource(text);
          if (compilation.getAsset(name)) compilation.updateAsset(name, raw);
          else compilation.emitAsset(name, raw);
        }
      });
    });
  }
}

module.exports = FunctionMetadataPlugin;
