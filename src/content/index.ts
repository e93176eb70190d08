// Placeholder until the coaching content script lands.
void 0;
