package dev.plumb.cli;

/** How {@code check} and {@code generate --dry-run} print their report: plain text or Markdown for a PR comment. */
enum ReportFormat {
    TEXT, MARKDOWN
}
