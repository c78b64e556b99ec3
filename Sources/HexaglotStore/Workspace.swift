// Store: being written.
