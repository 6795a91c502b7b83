// Vite bundles the stylesheets imported for their side effect; TypeScript only needs to accept them.
declare module '*.css';
