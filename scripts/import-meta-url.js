// Injected by tsup.config.ts into the CLI's CommonJS files: `import.meta.url` as Node gives it for the file.
export const __importMetaUrl = require("node:url").pathToFileURL(__filename).href;
