// Formats: being written.
