/**
 * The name of the port that carries requests to the background (see REQUEST_PORT in protocol.ts).
 * A module of its own so the content script opens it without bundling the protocol's schemas.
 */
export const REQUEST_PORT = 'requests';
