// Imported first by start-embedded.ts, before any library reads it: `npm start` runs as production
// unless NODE_ENV says otherwise.
process.env.NODE_ENV ??= 'production';
export {};
