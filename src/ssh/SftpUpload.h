#pragma once

#include "SshSession.h"

#include <QCoreApplication>

// One file to the server over an SshSession: written over SFTP to a temporary name next to the
// target (or to /tmp when root must put it in place), checked by SHA-256 when asked, then given its
// owner and mode and moved over the target in one step. Progress goes out through the session's
// uploadProgress signal; a failed or cancelled upload leaves no partial file behind.
class SftpUpload
{
    Q_DECLARE_TR_FUNCTIONS(SftpUpload)

public:
    explicit SftpUpload(SshSession& session);

    SshError run(const QString& localPath, const QString& remotePath,
                 const SshSession::UploadOptions& options);

private:
    // Removes a temporary file even after a cancel.
    void removeDespiteCancel(const QString& temp);

    SshSession& m_ssh;
};
