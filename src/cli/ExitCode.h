#pragma once

// Exit codes of the headless commands; documented in README.md and `kkt-deploy --help`.
enum ExitCode : int
{
    ExitOk = 0,
    ExitFailure = 1,        // the operation ran and failed
    ExitUsage = 2,          // bad arguments, unreadable or invalid input
    ExitHostKeyUnknown = 3, // host key not on file and not accepted
    ExitHostKeyChanged = 4, // host key differs from the one on file or the pinned one
    ExitAuthFailed = 5,
    ExitUnreachable = 6,      // no route, refused or timed out
    ExitChecksumMismatch = 7, // a download or archive does not match its checksum
    ExitUnsafeArchive = 8,    // an archive is malformed or would escape its folder
    ExitLocked = 9,           // another deployment holds the server's lock
    ExitHealthFailed = 10,    // deployed, but a health check fails
    ExitCancelled = 11,       // cancelled by the user (Ctrl+C)
    ExitChecksFailed = 12,    // probe: connected, but at least one server fact fails
    ExitRolledBack = 13,      // update: failed, and rolled back automatically to the version before
};
